/// One token of a text: where it lies (UTF-16 offsets into the text) and what it reads.
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Elided words written before an apostrophe: "l’Élysée", "d’Alibaba", "qu’il", "jusqu’à".
const elisions = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'ç',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
]);
// Words whose apostrophe belongs to them, kept whole.
const apostropheWords = new Set(['aujourd', 'prud', 'presqu', 'quelqu', 'entr']);
/// Titles written before a name, whose full stop ends neither the word nor the name: "M.", "Mme", "Pr.".
export const frenchTitleAbbreviations: readonly string[] = [
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'mlles',
  'dr',
  'pr',
  'me',
  'mgr',
  'st',
  'ste',
];
// Abbreviations that keep their full stop: the titles, "art.", "etc.".
const abbreviations = new Set([
  ...frenchTitleAbbreviations,
  'art',
  'etc',
  'cf',
  'av',
  'bd',
  'n°',
  'no',
  'p',
  'pp',
  'vol',
  'chap',
  'fig',
  'env',
  'min',
  'max',
  'hab',
  'av. j.-c',
  'j.-c',
  'apr',
  'janv',
  'févr',
  'fév',
  'sept',
  'oct',
  'nov',
  'déc',
  'ex',
  'éd',
  'coll',
  'dir',
  'trad',
]);

// A word: letters and digits, joined by hyphens ("Jean-Luc", "Saint-Denis", "-t-il" stays with
// its verb), by an apostrophe, or by a decimal separator between digits ("3,3", "49.3"); or an
// acronym with full stops ("S.N.C.F."); or one other visible character.
const tokenPattern =
  /(?:\p{L}\.){2,}|[\p{L}\p{N}\p{M}]+(?:(?:[-‑'’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*\.?|[^\s\p{L}\p{N}]/gu;

/// Splits French text into tokens as the CoNLL export writes them: white space (no-break spaces
/// included) separates; punctuation marks are tokens of their own; an elided article or pronoun
/// is its own token with its apostrophe ("d’" + "Alibaba", "l’" + "Élysée", "qu’" + "il"), while
/// "aujourd’hui" stays whole; hyphenated names stay whole ("Jean-Luc", "Saint-Denis"); decimal
/// numbers stay whole ("3,3", "49.3"); a known abbreviation keeps its full stop ("M.", "art.")
/// and an acronym its stops ("S.N.C.F."), while a sentence's final full stop is a token.
export function frenchTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const start = match.index;
    const word = match[0];
    // The full stop stays only on an abbreviation or an acronym.
    if (word.length > 1 && word.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(word)) {
      const bare = word.slice(0, -1);
      // "l’art." is "l’" + the abbreviation "art.".
      if (!abbreviations.has(bare.toLowerCase().replace(/^.*['’]/, ''))) {
        pushWord(tokens, start, bare);
        tokens.push({ start: start + bare.length, end: start + word.length, text: '.' });
        continue;
      }
    }
    pushWord(tokens, start, word);
  }
  return tokens;
}

// Splits the elisions off the front of a word: "jusqu’à" → "jusqu’" + "à", "l’Élysée" → "l’" +
// "Élysée"; hyphenated and other words stay whole.
function pushWord(tokens: Token[], start: number, word: string): void {
  let offset = 0;
  for (;;) {
    const apostrophe = /['’]/.exec(word.slice(offset));
    if (apostrophe === null) break;
    const head = word.slice(offset, offset + apostrophe.index);
    const lowered = head.toLowerCase();
    if (!elisions.has(lowered) || apostropheWords.has(lowered)) break;
    const cut = offset + apostrophe.index + 1;
    tokens.push({ start: start + offset, end: start + cut, text: word.slice(offset, cut) });
    offset = cut;
  }
  if (offset < word.length)
    tokens.push({ start: start + offset, end: start + word.length, text: word.slice(offset) });
}
