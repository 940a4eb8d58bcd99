import { closestLanguage } from './closestLanguage';

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
  const words = text.slice(0, sampleCharacters).match(/\p{L}+/gu) ?? [];
  if (words.length < minWordsForLanguage) return null;
  // No margin over the runner-up is asked: franc rescales its scores by the text's length, so
  // close languages (French, Spanish, Italian) score within a few per cent on a long article.
  const language = closestLanguage(words.join(' '));
  if (language === 'und') return null;
  // franc names languages by ISO 639-3 (`fra`, `cmn`); the canonical BCP 47 form is the short one.
  return Intl.getCanonicalLocales(language)[0] ?? null;
}
