/// The languages `detectLanguage` can tell apart.
export type DetectedLanguage = 'fr' | 'en' | 'de' | 'es' | 'it';

// Frequent short words that are common in one language and rare in the others; words shared by
// two of them ("a", "de", "la", "in", "die"…) are left out so that each hit is evidence.
const stopWords: Readonly<Record<DetectedLanguage, readonly string[]>> = {
  fr: [
    'le',
    'les',
    'des',
    'et',
    'est',
    'une',
    'du',
    'que',
    'qui',
    'pour',
    'dans',
    'sur',
    'pas',
    'au',
    'aux',
    'avec',
    'ce',
    'il',
    'elle',
    'sont',
    'mais',
    'ont',
    'été',
    'cette',
    'leur',
    'plus',
    'nous',
    'vous',
    'où',
    'à',
    'selon',
    'après',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'that',
    'for',
    'it',
    'with',
    'was',
    'on',
    'as',
    'are',
    'be',
    'this',
    'have',
    'from',
    'by',
    'they',
    'which',
    'has',
    'but',
    'not',
    'were',
    'their',
    'said',
    'would',
    'been',
    'will',
    'an',
    'at',
    'or',
  ],
  de: [
    'der',
    'und',
    'den',
    'das',
    'ist',
    'mit',
    'sich',
    'des',
    'auf',
    'für',
    'nicht',
    'ein',
    'eine',
    'dem',
    'zu',
    'auch',
    'es',
    'an',
    'werden',
    'aus',
    'er',
    'hat',
    'dass',
    'sie',
    'nach',
    'wird',
    'bei',
    'einer',
    'um',
    'noch',
    'wie',
    'über',
  ],
  es: [
    'el',
    'los',
    'las',
    'y',
    'en',
    'por',
    'con',
    'para',
    'una',
    'es',
    'lo',
    'como',
    'más',
    'pero',
    'sus',
    'ya',
    'o',
    'fue',
    'este',
    'ha',
    'sí',
    'porque',
    'esta',
    'entre',
    'cuando',
    'muy',
    'sin',
    'sobre',
    'también',
    'hasta',
    'del',
  ],
  it: [
    'il',
    'di',
    'che',
    'e',
    'per',
    'un',
    'una',
    'sono',
    'con',
    'non',
    'gli',
    'della',
    'nel',
    'alla',
    'anche',
    'come',
    'più',
    'ma',
    'dei',
    'delle',
    'questo',
    'è',
    'ha',
    'dal',
    'nella',
    'essere',
    'sul',
    'degli',
    'ancora',
    'perché',
    'già',
    'lo',
  ],
};

const languages = Object.keys(stopWords) as DetectedLanguage[];
const lookup = new Map<string, DetectedLanguage[]>();
for (const language of languages) {
  for (const word of stopWords[language]) lookup.set(word, [...(lookup.get(word) ?? []), language]);
}

/// Fewest words for a verdict: a headline alone says too little.
export const minWordsForLanguage = 20;
const sampleWords = 5000;

/// The language of `text` by a cheap stop-word count over its first few thousand words (a word
/// on two languages' lists counts for both); null when the text is too short or no language
/// clearly leads (the best must reach 5 % of the words and beat the runner-up by half again).
export function detectLanguage(text: string): DetectedLanguage | null {
  const words =
    text
      .slice(0, sampleWords * 12)
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, sampleWords) ?? [];
  if (words.length < minWordsForLanguage) return null;
  const scores = new Map<DetectedLanguage, number>(languages.map((language) => [language, 0]));
  for (const word of words) {
    for (const language of lookup.get(word) ?? []) scores.set(language, (scores.get(language) ?? 0) + 1);
  }
  const [best, runnerUp] = [...scores].sort((a, b) => b[1] - a[1]);
  if (best === undefined || runnerUp === undefined) return null;
  const [language, score] = best;
  return score >= words.length * 0.05 && score >= runnerUp[1] * 1.5 ? language : null;
}
