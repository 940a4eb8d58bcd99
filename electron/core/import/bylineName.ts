// "Par …", "By …", "Texte : …" introduce the name; a dash, a bar or "publié le" ends it.
const leadIn = /^(?:par|by|texte|auteur|auteure|author)(?:\s*:)?(?:\s+|$)/i;
const tail = /\s+[—–|·-]\s+.*$|,?\s+(?:publié|mis à jour|le \d+|published|updated)(?=\s|$).*$/isu;

/// The author's name from a byline's text: "Par Claire Lemoine — publié le 12 mars" gives
/// "Claire Lemoine". Null when nothing is left.
export function bylineName(text: string): string | null {
  const name = text
    .replace(/[ \t\n]+/g, ' ')
    .trim()
    .replace(leadIn, '')
    .replace(tail, '')
    .trim();
  return name === '' ? null : name;
}
