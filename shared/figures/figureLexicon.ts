/// The languages whose figures `extractFigures` reads.
export type FigureLanguage = 'fr' | 'en';

/// How a qualifier word bends the figure after it ("moins de 10 %", "up to 400,000").
export type FigureQualifierKind =
  'less-than' | 'more-than' | 'at-least' | 'at-most' | 'up-to' | 'approximately';

/// A measurement unit as compared: the base unit and the factor that brings a value to it.
export interface UnitMeaning {
  readonly unit: string;
  readonly factor: number;
}

/// Everything one language's figure reader needs to know about its words. Word keys are lower
/// case with straight apostrophes; abbreviation keys keep their case ("MW" is not "mW").
export interface FigureLexicon {
  readonly months: ReadonlyMap<string, number>;
  /// Month names that are a date alone, without a day or a year ("en mars", "in March").
  readonly monthAlone: (word: string) => boolean;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly ordinalWords: ReadonlyMap<string, number>;
  /// Words for one that only count before a scale or a round-number noun ("un million", "a dozen").
  readonly oneWords: ReadonlySet<string>;
  /// Scale words after a number, as powers of ten ("milliards" 9, "billion" 9 or 12).
  readonly scaleWords: ReadonlyMap<string, number>;
  /// Scale abbreviations glued to a number, or before a currency sign ("€2m", "3,3 Md€").
  readonly scaleAbbreviations: ReadonlyMap<string, number>;
  /// Round-number nouns, an approximate count ("une dizaine de", "a dozen").
  readonly roundNouns: ReadonlyMap<string, { value: number; approximate: boolean }>;
  readonly currencyWords: ReadonlyMap<string, string>;
  readonly unitWords: ReadonlyMap<string, UnitMeaning>;
  readonly ordinalSuffixes: ReadonlySet<string>;
  readonly percentPhrases: readonly (readonly string[])[];
  readonly pointPhrases: readonly (readonly string[])[];
  readonly multiplierWords: ReadonlySet<string>;
  readonly centuryWords: ReadonlySet<string>;
  readonly rangeWords: ReadonlySet<string>;
  /// "et" / "and" join a range only after "entre" / "between".
  readonly rangeAndWord: string;
  readonly rangeOpener: string;
  readonly referenceWords: ReadonlySet<string>;
  /// Words before an hour that make "14 h" a time of day rather than a count of hours.
  readonly timeCues: ReadonlySet<string>;
  readonly qualifiers: readonly { readonly words: readonly string[]; readonly kind: FigureQualifierKind }[];
}

/// Currency signs, the same in both languages.
export const currencySigns: ReadonlyMap<string, string> = new Map([
  ['€', 'EUR'],
  ['$', 'USD'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
]);

/// Currency codes, the same in both languages.
export const currencyCodes: ReadonlyMap<string, string> = new Map(
  ['EUR', 'USD', 'GBP', 'CNY', 'JPY', 'CHF'].map((code) => [code, code]),
);

const u = (unit: string, factor = 1): UnitMeaning => ({ unit, factor });

/// Unit abbreviations after a number, both languages (case-sensitive): "km", "MW", "°C" is read
/// from "°" + "C". Keys with "²" are read from a glued "²" or "2".
export const unitAbbreviations: ReadonlyMap<string, UnitMeaning> = new Map([
  ['km', u('m', 1e3)],
  ['cm', u('m', 1e-2)],
  ['mm', u('m', 1e-3)],
  ['km²', u('m²', 1e6)],
  ['m²', u('m²')],
  ['ha', u('m²', 1e4)],
  ['kg', u('g', 1e3)],
  ['g', u('g')],
  ['t', u('g', 1e6)],
  ['kt', u('g', 1e9)],
  ['Mt', u('g', 1e12)],
  ['W', u('W')],
  ['kW', u('W', 1e3)],
  ['MW', u('W', 1e6)],
  ['GW', u('W', 1e9)],
  ['TW', u('W', 1e12)],
  ['Wh', u('Wh')],
  ['kWh', u('Wh', 1e3)],
  ['MWh', u('Wh', 1e6)],
  ['GWh', u('Wh', 1e9)],
  ['TWh', u('Wh', 1e12)],
  ['l', u('l')],
  ['L', u('l')],
  ['km/h', u('km/h')],
  ['°C', u('°C')],
  ['°F', u('°F')],
]);

function unitWordMap(entries: Record<string, UnitMeaning>): ReadonlyMap<string, UnitMeaning> {
  return new Map(Object.entries(entries));
}

const frenchUnits = unitWordMap({
  m: u('m'),
  kilomètre: u('m', 1e3),
  kilomètres: u('m', 1e3),
  mètre: u('m'),
  mètres: u('m'),
  kilogramme: u('g', 1e3),
  kilogrammes: u('g', 1e3),
  kilos: u('g', 1e3),
  gramme: u('g'),
  grammes: u('g'),
  tonne: u('g', 1e6),
  tonnes: u('g', 1e6),
  hectare: u('m²', 1e4),
  hectares: u('m²', 1e4),
  litre: u('l'),
  litres: u('l'),
  kilowatt: u('W', 1e3),
  kilowatts: u('W', 1e3),
  mégawatt: u('W', 1e6),
  mégawatts: u('W', 1e6),
  gigawatt: u('W', 1e9),
  gigawatts: u('W', 1e9),
  degré: u('°C'),
  degrés: u('°C'),
});

const englishUnits = unitWordMap({
  kilometre: u('m', 1e3),
  kilometres: u('m', 1e3),
  kilometer: u('m', 1e3),
  kilometers: u('m', 1e3),
  metre: u('m'),
  metres: u('m'),
  meter: u('m'),
  meters: u('m'),
  kilogram: u('g', 1e3),
  kilograms: u('g', 1e3),
  kilogramme: u('g', 1e3),
  kilogrammes: u('g', 1e3),
  kilos: u('g', 1e3),
  gram: u('g'),
  grams: u('g'),
  tonne: u('g', 1e6),
  tonnes: u('g', 1e6),
  ton: u('g', 1e6),
  tons: u('g', 1e6),
  hectare: u('m²', 1e4),
  hectares: u('m²', 1e4),
  litre: u('l'),
  litres: u('l'),
  liter: u('l'),
  liters: u('l'),
  kilowatt: u('W', 1e3),
  kilowatts: u('W', 1e3),
  megawatt: u('W', 1e6),
  megawatts: u('W', 1e6),
  gigawatt: u('W', 1e9),
  gigawatts: u('W', 1e9),
  degree: u('°C'),
  degrees: u('°C'),
});

const frenchUnits1to16 = [
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
];
const frenchTens = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/// French number words from 2 to 99, hyphenated as the 1990 spelling and the older one write
/// them ("vingt-et-un" and "vingt et un" are read as "vingt-et-un").
function frenchNumberWords(): Map<string, number> {
  const words = new Map<string, number>();
  const name = (n: number): string[] => {
    if (n <= 16) return [frenchUnits1to16[n - 1]!];
    if (n < 20) return [`dix-${frenchUnits1to16[n - 11]!}`];
    if (n < 70) {
      const ten = frenchTens[Math.floor(n / 10)]!;
      const unit = n % 10;
      if (unit === 0) return [ten];
      if (unit === 1) return [`${ten}-et-un`, `${ten}-un`];
      return [`${ten}-${frenchUnits1to16[unit - 1]!}`];
    }
    if (n < 80) {
      if (n === 71) return ['soixante-et-onze', 'soixante-onze'];
      return name(n - 60).map((rest) => `soixante-${rest}`);
    }
    if (n === 80) return ['quatre-vingts', 'quatre-vingt'];
    return name(n - 80).map((rest) => `quatre-vingt-${rest}`);
  };
  for (let n = 2; n < 100; n++) for (const word of name(n)) words.set(word, n);
  words.set('cent', 100);
  words.set('mille', 1000);
  return words;
}

/// French ordinal words from "deuxième" to "quatre-vingt-dix-neuvième", and "second(e)".
/// "premier" is left out: "Premier ministre" and "d’abord" ↔ "first" make it a poor figure.
function frenchOrdinalWords(numbers: ReadonlyMap<string, number>): Map<string, number> {
  const ordinals = new Map<string, number>();
  for (const [word, n] of numbers) {
    if (n >= 100) continue;
    let stem = word.replace(/vingts$/, 'vingt');
    if (stem.endsWith('cinq')) stem += 'u';
    else if (stem.endsWith('neuf')) stem = `${stem.slice(0, -1)}v`;
    else if (stem.endsWith('e')) stem = stem.slice(0, -1);
    ordinals.set(`${stem}ième`, n);
  }
  for (const word of ['second', 'seconde', 'seconds', 'secondes']) ordinals.set(word, 2);
  return ordinals;
}

const englishUnits1to19 = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const englishTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const englishOrdinals1to19 = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/// English number words (or ordinals) from 2 to 99: "six", "twenty-five" ("twenty five" is read
/// as one word too).
function englishWords(units: readonly string[], ordinal: boolean): Map<string, number> {
  const words = new Map<string, number>();
  for (let n = 2; n < 100; n++) {
    const ten = Math.floor(n / 10);
    const unit = n % 10;
    let word: string;
    if (n < 20) word = units[n - 1]!;
    else if (unit === 0) word = ordinal ? `${englishTens[ten]!.slice(0, -1)}ieth` : englishTens[ten]!;
    else word = `${englishTens[ten]!}-${units[unit - 1]!}`;
    words.set(word, n);
  }
  if (!ordinal) words.set('hundred', 100);
  return words;
}

const frenchNumbers = frenchNumberWords();

const frenchMonths = new Map<string, number>(
  [
    ['janvier'],
    ['février', 'fevrier'],
    ['mars'],
    ['avril'],
    ['mai'],
    ['juin'],
    ['juillet'],
    ['août', 'aout'],
    ['septembre'],
    ['octobre'],
    ['novembre'],
    ['décembre', 'decembre'],
  ].flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])),
);

const englishMonthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const englishMonths = new Map<string, number>([
  ...englishMonthNames.map((name, index): [string, number] => [name, index + 1]),
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].map(
    (name): [string, number] => [name, englishMonthNames.findIndex((full) => full.startsWith(name)) + 1],
  ),
]);

/// French: words are folded to lower case; "Mars" with a capital is the planet unless a day or a
/// year comes with it, and a billion is 10¹² (a thousand milliards).
export const frenchLexicon: FigureLexicon = {
  months: frenchMonths,
  monthAlone: (word) => word === word.toLowerCase(),
  numberWords: frenchNumbers,
  ordinalWords: frenchOrdinalWords(frenchNumbers),
  oneWords: new Set(['un', 'une']),
  scaleWords: new Map([
    ['million', 6],
    ['millions', 6],
    ['milliard', 9],
    ['milliards', 9],
    ['billion', 12],
    ['billions', 12],
    ['mille', 3],
  ]),
  scaleAbbreviations: new Map([
    ['k', 3],
    ['M', 6],
    ['Md', 9],
    ['Mds', 9],
    ['Mrd', 9],
    ['Mrds', 9],
  ]),
  roundNouns: new Map([
    ['dizaine', { value: 10, approximate: true }],
    ['douzaine', { value: 12, approximate: false }],
    ['quinzaine', { value: 15, approximate: true }],
    ['vingtaine', { value: 20, approximate: true }],
    ['trentaine', { value: 30, approximate: true }],
    ['quarantaine', { value: 40, approximate: true }],
    ['cinquantaine', { value: 50, approximate: true }],
    ['soixantaine', { value: 60, approximate: true }],
    ['centaine', { value: 100, approximate: true }],
    ['millier', { value: 1000, approximate: true }],
  ]),
  currencyWords: new Map([
    ['euro', 'EUR'],
    ['euros', 'EUR'],
    ['dollar', 'USD'],
    ['dollars', 'USD'],
    ['livre', 'GBP'],
    ['livres', 'GBP'],
    ['yuan', 'CNY'],
    ['yuans', 'CNY'],
    ['yen', 'JPY'],
    ['yens', 'JPY'],
  ]),
  unitWords: frenchUnits,
  ordinalSuffixes: new Set(['er', 're', 'ère', 'e', 'ème', 'es', 'èmes', 'nd', 'nde']),
  percentPhrases: [['pour', 'cent'], ['pourcent']],
  pointPhrases: [['points', 'de', 'pourcentage'], ['point', 'de', 'pourcentage'], ['points'], ['point']],
  multiplierWords: new Set(['fois']),
  centuryWords: new Set(['siècle', 'siècles']),
  rangeWords: new Set(['à']),
  rangeAndWord: 'et',
  rangeOpener: 'entre',
  referenceWords: new Set(['art', 'article', 'articles', 'n°', 'no']),
  timeCues: new Set(['à', 'vers', 'dès', 'avant', 'après', 'jusqu’à', "jusqu'à"]),
  qualifiers: [
    { words: ['pas', 'moins', 'de'], kind: 'at-least' },
    { words: ['moins', 'de'], kind: 'less-than' },
    { words: ['moins', "d'"], kind: 'less-than' },
    { words: ['plus', 'de'], kind: 'more-than' },
    { words: ['plus', "d'"], kind: 'more-than' },
    { words: ['au-delà', 'de'], kind: 'more-than' },
    { words: ['au', 'moins'], kind: 'at-least' },
    { words: ['au', 'minimum'], kind: 'at-least' },
    { words: ['au', 'plus'], kind: 'at-most' },
    { words: ['au', 'maximum'], kind: 'at-most' },
    { words: ["jusqu'à"], kind: 'up-to' },
    { words: ['environ'], kind: 'approximately' },
    { words: ['près', 'de'], kind: 'approximately' },
    { words: ['près', "d'"], kind: 'approximately' },
    { words: ['quelque'], kind: 'approximately' },
    { words: ['autour', 'de'], kind: 'approximately' },
    { words: ['presque'], kind: 'approximately' },
    { words: ['quasiment'], kind: 'approximately' },
    { words: ['approximativement'], kind: 'approximately' },
    { words: ['à', 'peu', 'près'], kind: 'approximately' },
    { words: ['de', "l'ordre", 'de'], kind: 'approximately' },
  ],
};

/// English: a billion is 10⁹; "May" alone is the verb, not the month.
export const englishLexicon: FigureLexicon = {
  months: englishMonths,
  monthAlone: (word) =>
    englishMonthNames.includes(word.toLowerCase()) && word !== word.toLowerCase() && word !== 'May',
  numberWords: englishWords(englishUnits1to19, false),
  ordinalWords: englishWords(englishOrdinals1to19, true),
  oneWords: new Set(['a', 'an', 'one']),
  scaleWords: new Map([
    ['thousand', 3],
    ['million', 6],
    ['millions', 6],
    ['billion', 9],
    ['billions', 9],
    ['trillion', 12],
    ['trillions', 12],
    ['bn', 9],
    ['tn', 12],
    ['mn', 6],
  ]),
  scaleAbbreviations: new Map([
    ['k', 3],
    ['m', 6],
    ['mn', 6],
    ['bn', 9],
    ['tn', 12],
  ]),
  roundNouns: new Map([['dozen', { value: 12, approximate: false }]]),
  currencyWords: new Map([
    ['euro', 'EUR'],
    ['euros', 'EUR'],
    ['dollar', 'USD'],
    ['dollars', 'USD'],
    ['pound', 'GBP'],
    ['pounds', 'GBP'],
    ['yuan', 'CNY'],
    ['renminbi', 'CNY'],
    ['yen', 'JPY'],
  ]),
  unitWords: englishUnits,
  ordinalSuffixes: new Set(['st', 'nd', 'rd', 'th']),
  percentPhrases: [['percent'], ['per', 'cent']],
  pointPhrases: [['percentage', 'points'], ['percentage', 'point'], ['points'], ['point']],
  multiplierWords: new Set(['times', 'fold']),
  centuryWords: new Set(['century', 'centuries']),
  rangeWords: new Set(['to']),
  rangeAndWord: 'and',
  rangeOpener: 'between',
  referenceWords: new Set(['art', 'article', 'articles', 'no', 'n°']),
  timeCues: new Set(),
  qualifiers: [
    { words: ['less', 'than'], kind: 'less-than' },
    { words: ['fewer', 'than'], kind: 'less-than' },
    { words: ['under'], kind: 'less-than' },
    { words: ['below'], kind: 'less-than' },
    { words: ['no', 'fewer', 'than'], kind: 'at-least' },
    { words: ['no', 'less', 'than'], kind: 'at-least' },
    { words: ['at', 'least'], kind: 'at-least' },
    { words: ['no', 'more', 'than'], kind: 'at-most' },
    { words: ['more', 'than'], kind: 'more-than' },
    { words: ['over'], kind: 'more-than' },
    { words: ['above'], kind: 'more-than' },
    { words: ['upwards', 'of'], kind: 'more-than' },
    { words: ['at', 'most'], kind: 'at-most' },
    { words: ['up', 'to'], kind: 'up-to' },
    { words: ['as', 'many', 'as'], kind: 'up-to' },
    { words: ['as', 'much', 'as'], kind: 'up-to' },
    { words: ['about'], kind: 'approximately' },
    { words: ['around'], kind: 'approximately' },
    { words: ['nearly'], kind: 'approximately' },
    { words: ['almost'], kind: 'approximately' },
    { words: ['approximately'], kind: 'approximately' },
    { words: ['roughly'], kind: 'approximately' },
    { words: ['some'], kind: 'approximately' },
    { words: ['close', 'to'], kind: 'approximately' },
  ],
};

/// The lexicon of a language.
export function figureLexicon(language: FigureLanguage): FigureLexicon {
  return language === 'fr' ? frenchLexicon : englishLexicon;
}
