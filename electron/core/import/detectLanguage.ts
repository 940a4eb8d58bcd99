import { eld } from 'eld/extrasmall';

// eld (Nito-ELD, Apache-2.0, no dependencies) replaces a hand-made stop-word count of five
// languages. Measured on windows cut from ../shared/corpus with the French UI strings (121 of
// 20 words, 81 of 30) and from the English design docs (161 and 107): with the same 20-word
// minimum, this function names 80/121 and 81/81 windows French and 102/161 and 106/107 English
// (the others too short to judge, one English window taken for French) and never a third
// language; the old count named 71/121 and 73/81 French and called two French windows Spanish or
// Italian and two English ones Italian. franc-min, the other candidate, called one English window
// German and one Italian. eld's extra-small data set scored as its larger ones here; it costs each
// import worker about 0.5 s and 30 MB to load once (franc-min: 35 ms and 6 MB), knows 60
// languages and reads only the first 1,000 characters of a text.

/// Fewest words for a verdict: a headline alone says too little.
export const minWordsForLanguage = 20;

// eld looks no further than this; the word count is taken over the same stretch.
const sampleChars = 1000;

/// The language of `text` as an ISO 639-1 code (`fr`, `en`, `de`…), from eld's n-gram detector
/// over the start of the text; null when that start holds fewer than `minWordsForLanguage` words
/// or eld does not call its answer reliable.
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, sampleChars);
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  if (words < minWordsForLanguage) return null;
  const result = eld.detect(sample);
  return result.language !== '' && result.isReliable() ? result.language : null;
}
