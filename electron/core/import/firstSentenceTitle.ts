/// The longest title made from a first sentence, ellipsis included.
export const maxSentenceTitleLength = 120;

// A full stop after a lone letter is an initial or "M." (Monsieur), not the end of a sentence.
const sentenceEnd = /(?<!(?:^|[\s(«"“])\p{L})[.!?](?=\s|$)|…/u;

/// A title made from the first sentence of `text` (cut after its final punctuation), shortened
/// at a word boundary with "…" when it is longer than `maxLength`; null when there is no text.
export function firstSentenceTitle(text: string, maxLength = maxSentenceTitleLength): string | null {
  // Only ordinary white space is folded: the NBSP of French typography stays in the title.
  // The title never needs more than the start of the text, however long its first line.
  const flat = text
    .trimStart()
    .slice(0, maxLength * 8)
    .replace(/[ \t\n]+/g, ' ')
    .trim();
  if (flat === '') return null;
  const end = sentenceEnd.exec(flat);
  const sentence = end === null ? flat : flat.slice(0, end.index + end[0].length);
  if (sentence.length <= maxLength) return sentence;
  const room = sentence.slice(0, maxLength - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > maxLength / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}
