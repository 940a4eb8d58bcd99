const apostrophes = /[’'ʼ‘`´]/g;
const spaces = /[\s\u00a0\u202f\u2007\u2009\u200a\u2000-\u2006\u2008\u205f\u3000]+/g;
const combiningMarks = /[\u0300-\u036f]/g;

/// The form two French terms are compared in: lower case, no accents, one apostrophe, single
/// plain spaces, trimmed. "Pékin" and "PEKIN" fold alike.
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(apostrophes, "'")
    .replace(spaces, ' ')
    .trim()
    .toLocaleLowerCase('fr');
}
