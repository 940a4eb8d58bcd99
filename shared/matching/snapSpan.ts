/// Elided articles and pronouns that are never part of an entity span (DESIGN.md §1).
export const elisions = ['jusqu', 'lorsqu', 'puisqu', 'qu', 'l', 'd', 's', 'n', 'j', 'm', 't', 'c'] as const;

const wordChar = /[\p{L}\p{N}]/u;
const apostrophe = /[’'ʼ]/u;
const figureSign = /[%‰€$£°]/u;
const elided = new RegExp(`^(?:${elisions.join('|')})[’'ʼ](?=[\\p{L}\\p{N}])`, 'iu');

function isWord(text: string, index: number): boolean {
  return index >= 0 && index < text.length && wordChar.test(text[index]!);
}

/// Whether the hyphen at `index` joins two words ("Jean-Pierre", "Saint-Sever").
function isJoiningHyphen(text: string, index: number): boolean {
  return text[index] === '-' && isWord(text, index - 1) && isWord(text, index + 1);
}

/// Whether the character at `index` is a unit sign a claim's figure needs ("23 %", "3 €").
function isFigureSign(text: string, index: number): boolean {
  return index >= 0 && index < text.length && figureSign.test(text[index]!);
}

/// The selected span of `text` widened to whole words (hyphenated names count as one) and
/// trimmed of surrounding spaces and punctuation; `keep` says which other characters may stay
/// at its edges. Null when no word is left.
function wholeWords(
  text: string,
  start: number,
  end: number,
  keep: (text: string, index: number) => boolean,
): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && !isWord(text, from) && !keep(text, from)) from++;
  while (to > from && !isWord(text, to - 1) && !keep(text, to - 1)) to--;
  if (from >= to) return null;
  while (isWord(text, from - 1) || isJoiningHyphen(text, from - 1)) from--;
  while (isWord(text, to) || isJoiningHyphen(text, to)) to++;
  // Surrogate pairs: \p{L} is tested per code unit above, so never end inside a pair.
  if (to < text.length && /[\udc00-\udfff]/.test(text[to]!)) to++;
  return { start: from, end: to };
}

/// Snaps a selected span of `text` to what an entity can be: whole words (hyphenated names
/// count as one), without surrounding spaces or punctuation, and without a leading elided
/// article or pronoun ("d’Alibaba" → "Alibaba"). Returns null when no word is left.
export function snapSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  const words = wholeWords(text, start, end, () => false);
  if (!words) return null;
  let from = words.start;
  const match = elided.exec(text.slice(from, words.end));
  if (match && apostrophe.test(match[0].slice(-1))) from += match[0].length;
  return from < words.end ? { start: from, end: words.end } : null;
}

/// Snaps a selected span of `text` to what a claim can be: whole words, without surrounding
/// spaces, quotation marks or punctuation, but keeping a leading elision ("jusqu’à 400 000 GPU")
/// and the unit signs of a figure at its edges ("23 %", "€"). Returns null when no word is left.
export function snapClaimSpan(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const words = wholeWords(text, start, end, isFigureSign);
  if (!words || ![...text.slice(words.start, words.end)].some((char) => wordChar.test(char))) return null;
  return words;
}

/// The words an entity named by the span of `text` is called by: the snapped span's text ("d’Alibaba"
/// → "Alibaba"), or the span's own trimmed text when no word is left to snap to.
export function entityWords(text: string, start: number, end: number): string {
  const snapped = snapSpan(text, start, end);
  return (snapped ? text.slice(snapped.start, snapped.end) : text.slice(start, end)).trim();
}
