/// How many words `text` has, as translation progress counts them: each unbroken run of letters
/// and digits (`\p{L}`, `\p{N}`) is one word, so "aujourd’hui" counts two, "400 000" two and
/// "49.3" two. Simple and the same for every article, which is what a progress figure needs.
export function countWords(text: string): number {
  let words = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) words += 1;
  return words;
}
