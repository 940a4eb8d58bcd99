import { closestLanguageOfWords, hasSurrogate } from './closestLanguage';

// franc-min (trigram profiles of the 82 languages with 8 million speakers or more; 150 kB, no
// native code, loads in ~50 ms in each import worker) replaces a hand-written stop-word count
// that knew five languages and called Portuguese and Dutch "Spanish". On this project's texts
// (the corpus, the tests' 30–40-word French and English paragraphs) it agrees with the old count
// wherever the old count was right. eld and tinyld were as accurate but ship 9 and 12 MB of
// profiles, and eld's smallest took 0.6 s to load in each worker. Its verdict is computed by
// `closestLanguage` (the same answer, several times faster), since it ran on every imported file.

/// Fewest words for a verdict: a headline alone says too little.
export const minWordsForLanguage = 20;
// franc reads the first 2,048 characters it is given; about 150 words are plenty for a verdict (the
// corpus and 300 generated articles get the same one from 1,024 characters as from 4,096), and
// half the sample halves the cost of the check every imported file pays (0.43 to 0.24 ms).
const sampleCharacters = 1024;

/// The language of `text` as a BCP 47 tag (`en`, `pt`, `zh`: the two-letter code where ISO 639-1
/// has one), franc's best match over its first few hundred words; null when the text is too short
/// to tell or franc cannot say.
export function detectLanguage(text: string): string | null {
  // Words only: figures, punctuation and symbols say nothing about the language.
  const words = letterRuns(text.slice(0, sampleCharacters));
  if (words.length < minWordsForLanguage) return null;
  // No margin over the runner-up is asked: franc rescales its scores by the text's length, so
  // close languages (French, Spanish, Italian) score within a few per cent on a long article.
  const language = closestLanguageOfWords(words.join(' '));
  if (language === 'und') return null;
  // franc names languages by ISO 639-3 (`fra`, `cmn`); the canonical BCP 47 form is the short one.
  let tag = tagByCode.get(language);
  if (tag === undefined) {
    tag = Intl.getCanonicalLocales(language)[0] ?? null;
    tagByCode.set(language, tag);
  }
  return tag;
}

const tagByCode = new Map<string, string | null>();
// Whether each UTF-16 code unit outside the surrogates is a letter (\p{L}): 1 or 0, -1 until asked.
const letterByUnit = new Int8Array(0x10000).fill(-1);
const oneLetter = /^\p{L}$/u;

/// `text.match(/\p{L}+/gu)`, the text's runs of letters, found with a table of the code units
/// already seen (twice as fast on an article); text with surrogate pairs goes to the expression.
export function letterRuns(text: string): string[] {
  if (hasSurrogate(text)) return text.match(/\p{L}+/gu) ?? [];
  const runs: string[] = [];
  let start = -1;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    let letter = letterByUnit[unit] ?? 0;
    if (letter === -1) {
      letter = oneLetter.test(String.fromCharCode(unit)) ? 1 : 0;
      letterByUnit[unit] = letter;
    }
    if (letter === 1) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      runs.push(text.slice(start, index));
      start = -1;
    }
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs;
}
