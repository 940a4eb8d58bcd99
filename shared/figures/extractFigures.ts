import {
  currencyCodes,
  currencySigns,
  figureLexicon,
  unitAbbreviations,
  type FigureLanguage,
  type FigureLexicon,
  type FigureQualifierKind,
  type UnitMeaning,
} from './figureLexicon';

export type { FigureLanguage, FigureQualifierKind } from './figureLexicon';

/// What a figure counts. `year` is a bare year ("en 2024"); `reference` a legal or numbered
/// reference that must reappear unchanged ("art. 49.3"); `multiplier` a factor ("six fois").
export type FigureKind =
  | 'number'
  | 'year'
  | 'percent'
  | 'amount'
  | 'quantity'
  | 'multiplier'
  | 'ordinal'
  | 'date'
  | 'time'
  | 'reference';

/// A calendar date as written: any part may be missing ("décembre 2025" has no day).
export interface FigureDate {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

/// The words before a figure that bend it ("moins de", "up to"), with their offsets.
export interface FigureQualifier {
  readonly kind: FigureQualifierKind;
  readonly start: number;
  readonly end: number;
}

/// One figure found in a text, normalised so that a French figure and its English rendering
/// compare equal. `start`/`end` are UTF-16 offsets into the text given to `extractFigures`
/// (the number with its sign, currency, scale and unit; the qualifier has its own span).
export interface Figure {
  readonly kind: FigureKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /// The value in the base unit: 3.3e9 for "3,3 milliards d’euros", 23 for "23 %", metres for
  /// "3 km", degrees Celsius for °F, minutes after midnight for a time, yyyymmdd for a date
  /// (missing parts are 0), the ordinal's rank, the reference's leading number.
  readonly value: number;
  /// The currency code (`EUR`), the base unit (`m`, `g`, `W`, `Wh`, `°C`, `m²`, `l`, `km/h`),
  /// `%` or `point` for a percentage, `century` for "XXIe siècle"; null for a bare number.
  readonly unit: string | null;
  readonly date: FigureDate | null;
  /// The reference as dotted numbers ("49.3" for "art. 49.3", "49-3" and "Article 49(3)").
  readonly reference: string | null;
  readonly qualifier: FigureQualifier | null;
}

/// Where to look in the text: UTF-16 offsets, the whole text when omitted. Offsets of the
/// figures stay offsets into the whole text, so a segment of an article can be read in place.
export interface FigureRange {
  readonly start: number;
  readonly end: number;
}

interface Token {
  readonly type: 'num' | 'word' | 'sym';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /// No white space between the previous token and this one.
  readonly glued: boolean;
  readonly int: string;
  readonly frac: string;
  readonly grouped: boolean;
}

// Digit groups are tried first and each group must be exactly three digits, so no pattern can
// backtrack more than three characters: the scan stays linear.
const groupSpace = '[ \\u00a0\\u202f\\u2009]';
const numberPatterns: Record<FigureLanguage, RegExp> = {
  fr: new RegExp(
    `(\\d{1,3}(?:${groupSpace}\\d{3}(?!\\d))+|\\d{1,3}(?:\\.\\d{3}(?!\\d))+(?![.,]\\d)|\\d+)(?:,(\\d+))?`,
    'y',
  ),
  // "1,5" in English text is read as the decimal its French writer meant.
  en: new RegExp(
    `(\\d{1,3}(?:,\\d{3}(?!\\d))+|\\d{1,3}(?:${groupSpace}\\d{3}(?!\\d))+|\\d+)(?:\\.(\\d+)|,(\\d{1,2})(?!\\d))?`,
    'y',
  ),
};
const letter = /\p{L}/u;
const space = /\s/;
const apostrophes = new Set(['’', "'", 'ʼ']);
const minusSigns = new Set(['-', '−']);
const rangeDashes = new Set(['-', '–', '—']);
const romanOrdinal = /^([IVXLC]+)(?:e|er|ème)$/;
const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
// Words before "neuf" that make it the number, not the adjective "new" ("les neuf pays").
const frenchNumberContext = new Set([
  'les',
  'des',
  'ces',
  'ses',
  'leurs',
  'nos',
  'vos',
  'mes',
  'aux',
  'de',
  'à',
  'et',
  'ou',
  'sur',
  'pour',
  'par',
  'en',
  'dans',
  'avec',
  'sans',
  'entre',
  'environ',
  'quelque',
  'plus',
  'moins',
]);
const durationCues = new Set(['en', 'pendant', 'durant', 'sous', 'les', 'des', 'toutes', 'dans', 'ces']);
// Hyphenated prefixes that make a figure, not a name ("mi-2025", "mid-2025").
const figurePrefixes = new Set(['mi', 'mid']);

function tokenize(text: string, language: FigureLanguage, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const numberPattern = numberPatterns[language];
  const scope = text.slice(0, to);
  let i = from;
  let glued = false;
  while (i < to) {
    const char = text[i]!;
    const code = char.charCodeAt(0);
    if (space.test(char)) {
      glued = false;
      i++;
      continue;
    }
    if (code >= 48 && code <= 57) {
      numberPattern.lastIndex = i;
      const match = numberPattern.exec(scope)!;
      const whole = match[1]!;
      const end = i + match[0].length;
      tokens.push({
        type: 'num',
        start: i,
        end,
        text: match[0],
        lower: match[0],
        glued,
        int: whole.replace(/\D/g, ''),
        frac: match[2] ?? match[3] ?? '',
        grouped: whole.length !== whole.replace(/\D/g, '').length,
      });
      i = end;
    } else if (letter.test(char)) {
      let end = i + 1;
      while (end < to && letter.test(text[end]!)) end++;
      const word = text.slice(i, end);
      tokens.push({
        type: 'word',
        start: i,
        end,
        text: word,
        lower: word.toLowerCase(),
        glued,
        int: '',
        frac: '',
        grouped: false,
      });
      i = end;
    } else {
      const end = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? i + 2 : i + 1;
      const symbol = text.slice(i, end);
      const lower = apostrophes.has(symbol) ? "'" : symbol;
      tokens.push({
        type: 'sym',
        start: i,
        end,
        text: symbol,
        lower,
        glued,
        int: '',
        frac: '',
        grouped: false,
      });
      i = end;
    }
    glued = true;
  }
  return tokens;
}

interface Core {
  readonly first: number;
  readonly next: number;
  readonly int: string;
  readonly frac: string;
  readonly exp: number;
  readonly factor: number;
  /// Digits without grouping, decimals or scale: a candidate day, hour or year.
  readonly plain: boolean;
  readonly fromWords: boolean;
  readonly approximate: boolean;
}

interface Parsed {
  readonly figures: readonly Figure[];
  readonly next: number;
}

interface Suffix {
  readonly kind: FigureKind;
  readonly unit: string | null;
  readonly factor: number;
  readonly next: number;
}

/// Finds the figures of a French or English text, in text order: numbers ("400 000",
/// "400,000", "six"), percentages, amounts with their currency, quantities with a unit, dates,
/// times, ordinals, multipliers, years and references. A number glued to letters is a name
/// ("H200", "COP28", "Covid-19", "5G") and is not a figure; so are the article "un"/"a" and
/// vague plurals ("des dizaines", "dozens"). Linear in the text's length.
export function extractFigures(text: string, language: FigureLanguage, range?: FigureRange): Figure[] {
  const from = Math.max(0, range?.start ?? 0);
  const to = Math.min(text.length, range?.end ?? text.length);
  if (from >= to) return [];
  const reader = new FigureReader(
    text,
    tokenize(text, language, from, to),
    figureLexicon(language),
    language,
  );
  return reader.read();
}

class FigureReader {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly lexicon: FigureLexicon,
    private readonly language: FigureLanguage,
  ) {}

  read(): Figure[] {
    const figures: Figure[] = [];
    let i = 0;
    while (i < this.tokens.length) {
      const parsed = this.parseAt(i);
      if (parsed === null) {
        i++;
        continue;
      }
      figures.push(...parsed.figures);
      i = Math.max(parsed.next, i + 1);
    }
    return figures;
  }

  private at(i: number): Token | undefined {
    return this.tokens[i];
  }

  private isSym(i: number, symbol: string, glued?: boolean): boolean {
    const token = this.tokens[i];
    return token?.type === 'sym' && token.lower === symbol && (glued === undefined || token.glued === glued);
  }

  private isWord(i: number, word: string): boolean {
    const token = this.tokens[i];
    return token?.type === 'word' && token.lower === word;
  }

  /// Matches a phrase of lower-case words from token i ("jusqu'à" spans "jusqu", "’", "à");
  /// returns the index after it, or -1.
  private matchPhrase(i: number, words: readonly string[]): number {
    let k = i;
    for (const word of words) {
      const pieces = phrasePieces(word);
      for (let p = 0; p < pieces.length; p++) {
        const token = this.tokens[k];
        if (token === undefined || token.lower !== pieces[p]) return -1;
        if (p > 0 && !token.glued) return -1;
        k++;
      }
    }
    return k;
  }

  private parseAt(i: number): Parsed | null {
    const token = this.tokens[i]!;
    if (token.type === 'num' || token.type === 'word') {
      const special = token.type === 'word' ? this.parseWordFigure(i) : null;
      if (special !== null) return special;
      return this.parseNumeric(i, i, 1, null);
    }
    if (minusSigns.has(token.text) && this.at(i + 1)?.type === 'num' && this.at(i + 1)!.glued) {
      const previous = this.at(i - 1);
      if (!token.glued || previous === undefined || previous.lower === '(')
        return this.parseNumeric(i + 1, i, -1, null);
      return null;
    }
    const currency = currencySigns.get(token.text);
    if (currency !== undefined && this.at(i + 1)?.type === 'num')
      return this.parseNumeric(i + 1, i, 1, currency);
    return null;
  }

  /// Figures that start with a word: a date by its month, a reference, a Roman century, an
  /// English currency prefix ("EUR 3", "US$5"), "twice".
  private parseWordFigure(i: number): Parsed | null {
    const token = this.tokens[i]!;
    const month = this.lexicon.months.get(token.lower);
    if (month !== undefined) return this.parseMonthFirst(i, month);
    const reference = this.parseReference(i);
    if (reference !== null) return reference;
    const roman = romanOrdinal.exec(token.text);
    if (roman !== null && this.lexicon.centuryWords.has(this.at(i + 1)?.lower ?? '')) {
      return this.figures(i + 2, [this.figure('ordinal', i, i + 2, romanValue(roman[1]!), 'century')]);
    }
    if (token.text === 'US' && this.isSym(i + 1, '$', true) && this.at(i + 2)?.type === 'num') {
      return this.parseNumeric(i + 2, i, 1, 'USD');
    }
    const code = currencyCodes.get(token.text);
    if (code !== undefined && this.at(i + 1)?.type === 'num' && !this.at(i + 1)!.glued) {
      return this.parseNumeric(i + 1, i, 1, code);
    }
    if (this.language === 'en' && (token.lower === 'twice' || token.lower === 'thrice')) {
      return this.figures(i + 1, [
        this.figure('multiplier', i, i + 1, token.lower === 'twice' ? 2 : 3, null),
      ]);
    }
    if (this.language === 'en' && token.lower.endsWith('fold')) {
      const factor = this.lexicon.numberWords.get(token.lower.slice(0, -4));
      if (factor !== undefined)
        return this.figures(i + 1, [this.figure('multiplier', i, i + 1, factor, null)]);
    }
    const ordinal = this.parseOrdinalWord(i);
    if (ordinal !== null) return ordinal;
    return null;
  }

  private parseOrdinalWord(i: number): Parsed | null {
    const run = this.wordRun(i, this.lexicon.ordinalWords);
    if (run === null) return null;
    const previous = this.at(i - 1)?.lower ?? '';
    // "a second", "per second", "30 seconds": the unit of time, not the rank.
    if (
      this.language === 'en' &&
      run.value === 2 &&
      ['a', 'per', 'one', 'every', 'split'].includes(previous)
    ) {
      return null;
    }
    if (this.language === 'fr' && run.value === 2 && (previous === 'une' || this.at(i - 1)?.type === 'num')) {
      return null;
    }
    const century = this.lexicon.centuryWords.has(this.at(run.next)?.lower ?? '');
    const next = century ? run.next + 1 : run.next;
    return this.figures(next, [this.figure('ordinal', i, next, run.value, century ? 'century' : null)]);
  }

  /// The longest hyphen-joined run of words from token i found in `words` ("vingt-cinq",
  /// "twenty-first", "vingt et un").
  private wordRun(i: number, words: ReadonlyMap<string, number>): { value: number; next: number } | null {
    const token = this.tokens[i];
    if (token?.type !== 'word') return null;
    let key = token.lower;
    let k = i + 1;
    let best = words.has(key) ? { value: words.get(key)!, next: k } : null;
    // No number word has more than five parts ("quatre-vingt-dix-neuf"): a longer run stops.
    for (let parts = 1; parts < 6; parts++) {
      const joiner = this.at(k);
      const part = this.at(k + 1);
      if (
        joiner?.type === 'sym' &&
        joiner.lower === '-' &&
        joiner.glued &&
        part?.type === 'word' &&
        part.glued
      ) {
        key += `-${part.lower}`;
        k += 2;
      } else if (
        joiner?.type === 'word' &&
        !joiner.glued &&
        (joiner.lower === 'et' || this.language === 'en')
      ) {
        // "vingt et un", "twenty five": only when the joined form is a number word.
        const joined = this.language === 'fr' ? `${key}-et-${part?.lower ?? ''}` : `${key}-${joiner.lower}`;
        const step = this.language === 'fr' ? 2 : 1;
        if (!words.has(joined) || (this.language === 'fr' && part?.type !== 'word')) break;
        key = joined;
        k += step;
      } else break;
      if (words.has(key)) best = { value: words.get(key)!, next: k };
    }
    return best;
  }

  private parseReference(i: number): Parsed | null {
    const token = this.tokens[i]!;
    if (
      !this.lexicon.referenceWords.has(token.lower) &&
      !(token.lower === 'n' && this.isSym(i + 1, '°', true))
    ) {
      return null;
    }
    let k = i + 1;
    if (token.lower === 'n') k++;
    else if (token.lower === 'art' || token.lower === 'no') {
      if (!this.isSym(k, '.', true)) return null;
      // "no." is a reference only written "No." in English ("no. 5" is rare, "no 5 votes" is not).
      if (token.lower === 'no' && token.text !== 'No') return null;
      k++;
    }
    const numberToken = this.at(k);
    if (numberToken?.type !== 'num' || numberToken.glued || numberToken.grouped) return null;
    return this.referenceFrom(i, k);
  }

  /// A reference from its first number at token k: "49.3", "49-3", "49(3)", "L. 121-1" parts.
  private referenceFrom(first: number, k: number): Parsed {
    // English reads "49.3" as one decimal number: its decimals are the reference's second part.
    const parts = [this.tokens[k]!.int];
    if (this.tokens[k]!.frac !== '') parts.push(this.tokens[k]!.frac);
    let next = k + 1;
    for (;;) {
      const separator = this.at(next);
      const part = this.at(next + 1);
      if (
        separator?.glued &&
        (separator.lower === '.' || separator.lower === '-') &&
        part?.type === 'num' &&
        part.glued
      ) {
        parts.push(part.int);
        next += 2;
      } else if (
        separator?.glued &&
        separator.lower === '(' &&
        part?.type === 'num' &&
        this.isSym(next + 2, ')', true)
      ) {
        parts.push(part.int);
        next += 3;
      } else break;
    }
    const reference = parts.join('.');
    return this.figures(next, [
      {
        ...this.figure('reference', first, next, Number(reference.split('.').slice(0, 2).join('.')), null),
        reference,
      },
    ]);
  }

  /// "mars 2026", "décembre 2025", "March 1, 2026", "March 1st", "en mars" (month alone).
  private parseMonthFirst(i: number, month: number): Parsed | null {
    const token = this.tokens[i]!;
    if (this.language === 'en' && token.text[0] === token.lower[0]) return null;
    let k = i + 1;
    if (this.language === 'en' && this.isSym(k, '.', true) && token.lower.length <= 4) k++;
    const next = this.at(k);
    if (next?.type === 'num' && !next.glued && next.frac === '' && !next.grouped) {
      const n = Number(next.int);
      if (next.int.length === 4) return this.dateFigure(i, k + 1, { year: n, month, day: null });
      if (this.language === 'en' && n >= 1 && n <= 31) {
        let end = k + 1;
        if (this.at(end)?.glued && this.lexicon.ordinalSuffixes.has(this.at(end)!.lower)) end++;
        if (this.at(end)?.type === 'word' && this.at(end)!.glued) return null;
        const yearAt = this.isSym(end, ',', true) ? end + 1 : end;
        const year = this.at(yearAt);
        if (
          year?.type === 'num' &&
          !year.glued &&
          year.int.length === 4 &&
          year.frac === '' &&
          !year.grouped
        ) {
          return this.dateFigure(i, yearAt + 1, { year: Number(year.int), month, day: n });
        }
        return this.dateFigure(i, end, { year: null, month, day: n });
      }
    }
    if (k !== i + 1 || !this.lexicon.monthAlone(token.text)) return null;
    return this.dateFigure(i, i + 1, { year: null, month, day: null });
  }

  private dateFigure(first: number, next: number, date: FigureDate): Parsed {
    const value = (date.year ?? 0) * 10000 + (date.month ?? 0) * 100 + (date.day ?? 0);
    return this.figures(next, [{ ...this.figure('date', first, next, value, null), date }]);
  }

  /// A figure built on a number from token i (digits or words); `first` is where its text starts
  /// (a sign or a currency sign before it), `currency` a currency written before the number.
  private parseNumeric(i: number, first: number, sign: number, currency: string | null): Parsed | null {
    if (this.isName(i)) return { figures: [], next: this.gluedRunEnd(i) };
    const core = this.parseCore(i, currency !== null);
    if (core === null) return null;
    const token = this.tokens[i]!;
    if (sign === 1 && currency === null && token.type === 'num') {
      const special =
        this.parseIsoDate(core) ??
        this.parseDayFirst(core) ??
        this.parseTime(core) ??
        this.parseDigitsAfter(core);
      if (special !== null) return this.unlessName(special);
    }
    const second = this.parseRangeEnd(core);
    const last = second ?? core;
    const suffix =
      currency !== null
        ? this.scaleOnly(last, currency)
        : this.parseSuffix(last, core.exp > 0 || last.exp > 0);
    const years =
      core.plain &&
      !core.fromWords &&
      sign === 1 &&
      isYear(core.int) &&
      (second === null || (second.plain && isYear(second.int)));
    const kind = suffix.kind === 'number' && years ? 'year' : suffix.kind;
    const figures: Figure[] = [];
    const firstExp =
      second !== null && core.exp === 0 && second.exp > 0 && Number(core.int) < Number(second.int || '1')
        ? second.exp
        : core.exp;
    figures.push(
      this.numericFigure(
        kind,
        first,
        second === null ? suffix.next : core.next,
        core,
        firstExp,
        sign,
        suffix,
      ),
    );
    if (second !== null) {
      figures.push(this.numericFigure(kind, second.first, suffix.next, second, second.exp, 1, suffix));
    }
    return this.unlessName({ figures, next: suffix.next });
  }

  private numericFigure(
    kind: FigureKind,
    first: number,
    next: number,
    core: Core,
    exp: number,
    sign: number,
    suffix: Suffix,
  ): Figure {
    let value = sign * Number(`${core.int || '0'}.${core.frac || '0'}e${exp}`) * core.factor * suffix.factor;
    if (suffix.unit === '°F') value = ((value - 32) * 5) / 9;
    const unit = suffix.unit === '°F' ? '°C' : suffix.unit;
    const figure = this.figure(kind, first, next, value, unit);
    const qualifier = this.qualifierBefore(first, kind);
    if (qualifier !== null) return { ...figure, qualifier };
    if (core.approximate) {
      return {
        ...figure,
        qualifier: {
          kind: 'approximately',
          start: this.tokens[core.first]!.start,
          end: this.tokens[core.next - 1]!.end,
        },
      };
    }
    return figure;
  }

  private qualifierBefore(first: number, kind: FigureKind): FigureQualifier | null {
    if (!['number', 'percent', 'amount', 'quantity', 'multiplier'].includes(kind)) return null;
    for (const qualifier of this.lexicon.qualifiers) {
      const start = first - qualifier.words.reduce((count, word) => count + phrasePieces(word).length, 0);
      if (start >= 0 && this.matchPhrase(start, qualifier.words) === first) {
        return { kind: qualifier.kind, start: this.tokens[start]!.start, end: this.tokens[first - 1]!.end };
      }
    }
    return null;
  }

  /// The number itself: digits, or number words, or "un"/"a" before a scale, then scale words
  /// ("3,3 milliards", "deux millions", "€2m") and a round-number noun ("une dizaine de").
  private parseCore(i: number, currency: boolean): Core | null {
    const token = this.tokens[i]!;
    let int: string;
    let frac = '';
    let next: number;
    let fromWords = false;
    if (token.type === 'num') {
      int = token.int;
      frac = token.frac;
      next = i + 1;
    } else {
      const run = this.wordRun(i, this.lexicon.numberWords);
      if (run !== null && run.value !== 100 && run.value !== 1000 && this.isNumberWordHere(i, run.value)) {
        int = String(run.value);
        next = run.next;
      } else if (this.lexicon.oneWords.has(token.lower) || run !== null) {
        int = run !== null ? String(run.value) : '1';
        next = run !== null ? run.next : i + 1;
        if (!this.startsScale(next)) return null;
      } else return null;
      fromWords = true;
    }
    let exp = 0;
    let factor = 1;
    let approximate = false;
    for (;;) {
      const word = this.at(next);
      if (word?.type !== 'word') break;
      const scale =
        this.lexicon.scaleWords.get(word.lower) ?? (fromWords ? wordScale(word.lower) : undefined);
      if (scale !== undefined && (!word.glued || this.language === 'en')) {
        exp += scale;
        next++;
        continue;
      }
      const abbreviation = this.lexicon.scaleAbbreviations.get(word.text);
      if (abbreviation !== undefined && this.scaleAbbreviationHere(next, word, currency)) {
        exp += abbreviation;
        next++;
        continue;
      }
      const round =
        this.lexicon.roundNouns.get(word.lower) ?? this.lexicon.roundNouns.get(word.lower.replace(/s$/, ''));
      if (round !== undefined && !word.glued && (!round.approximate || this.followedByDe(next + 1))) {
        factor *= round.value;
        approximate ||= round.approximate;
        next++;
        continue;
      }
      break;
    }
    const plain = token.type === 'num' && !token.grouped && frac === '' && exp === 0 && factor === 1;
    return { first: i, next, int, frac, exp, factor, plain, fromWords, approximate };
  }

  private startsScale(k: number): boolean {
    const word = this.at(k);
    if (word?.type !== 'word' || word.glued) return false;
    const round = this.lexicon.roundNouns.get(word.lower);
    return (
      this.lexicon.scaleWords.has(word.lower) ||
      wordScale(word.lower) !== undefined ||
      (round !== undefined && (!round.approximate || this.followedByDe(k + 1)))
    );
  }

  private followedByDe(k: number): boolean {
    if (this.language === 'en') return true;
    return this.isWord(k, 'de') || (this.isWord(k, 'd') && this.isSym(k + 1, "'", true));
  }

  /// "M", "Md", "k" count only before a currency sign in French ("2 M€"); English "m", "bn"
  /// glued to the number ("€2m", "$3bn") or "bn" after a space.
  private scaleAbbreviationHere(k: number, word: Token, currency: boolean): boolean {
    if (this.language === 'fr') {
      const sign = this.at(k + 1);
      return sign?.type === 'sym' && currencySigns.has(sign.text);
    }
    return word.glued || word.lower === 'bn' || word.lower === 'tn' || (currency && word.lower !== 'k');
  }

  /// Whether a number word is a number here: French "neuf" is also the adjective "new".
  private isNumberWordHere(i: number, value: number): boolean {
    if (this.language !== 'fr' || value !== 9 || this.tokens[i]!.lower !== 'neuf') return true;
    const previous = this.at(i - 1);
    const next = this.at(i + 1);
    const beforeOk =
      previous === undefined || previous.type !== 'word' || frenchNumberContext.has(previous.lower);
    return beforeOk && next?.type === 'word' && !['et', 'ou', 'mais'].includes(next.lower);
  }

  private isName(i: number): boolean {
    const previous = this.at(i - 1);
    const token = this.tokens[i]!;
    if (!token.glued || previous === undefined) return false;
    if (previous.type === 'word' || previous.type === 'num') return true;
    if (previous.lower !== '-') return false;
    const before = this.at(i - 2);
    return before?.type === 'word' && previous.glued && !figurePrefixes.has(before.lower);
  }

  private gluedRunEnd(i: number): number {
    let k = i + 1;
    while (this.at(k)?.glued && (this.at(k)!.type !== 'sym' || this.at(k)!.lower === '-')) k++;
    return k;
  }

  /// A figure whose last token is glued to a word or a number is part of a name ("5G", "3D").
  private unlessName(parsed: Parsed): Parsed {
    const after = this.at(parsed.next);
    if (after?.glued && after.type !== 'sym') return { figures: [], next: this.gluedRunEnd(parsed.next) };
    return parsed;
  }

  /// "2026-01-30", the ISO date both languages write alike.
  private parseIsoDate(core: Core): Parsed | null {
    if (!core.plain || core.int.length !== 4) return null;
    const parts = [core.next, core.next + 2].map((k) =>
      this.isSym(k, '-', true) && this.at(k + 1)?.type === 'num' && this.at(k + 1)!.glued
        ? this.at(k + 1)!
        : null,
    );
    const [month, day] = parts.map((part) =>
      part?.int.length === 2 && part.frac === '' ? Number(part.int) : 0,
    );
    if (month! < 1 || month! > 12 || day! < 1 || day! > 31) return null;
    return this.dateFigure(core.first, core.next + 4, { year: Number(core.int), month: month!, day: day! });
  }

  /// "1er mars 2026", "1 March 2026", "3 mars", "15th March".
  private parseDayFirst(core: Core): Parsed | null {
    if (!core.plain) return null;
    const day = Number(core.int);
    if (day < 1 || day > 31) return null;
    let k = core.next;
    const suffix = this.at(k);
    if (suffix?.type === 'word' && suffix.glued && this.lexicon.ordinalSuffixes.has(suffix.lower)) k++;
    const monthToken = this.at(k);
    const month =
      monthToken?.type === 'word' && !monthToken.glued
        ? this.lexicon.months.get(monthToken.lower)
        : undefined;
    if (month === undefined) return null;
    k++;
    if (this.language === 'en' && this.isSym(k, '.', true) && monthToken!.lower.length <= 4) k++;
    const yearAt = this.language === 'en' && this.isSym(k, ',', true) ? k + 1 : k;
    const year = this.at(yearAt);
    if (year?.type === 'num' && !year.glued && year.int.length === 4 && year.frac === '' && !year.grouped) {
      return this.dateFigure(core.first, yearAt + 1, { year: Number(year.int), month, day });
    }
    return this.dateFigure(core.first, k, { year: null, month, day });
  }

  /// "14 h 30", "14h30", "à 14 heures", "14:30", "2.30pm", "2 p.m.".
  private parseTime(core: Core): Parsed | null {
    const token = this.tokens[core.first]!;
    if (token.grouped || core.exp !== 0) return null;
    const hour = Number(token.int);
    if (hour > 24) return null;
    let k = core.next;
    let minutes: number | null = null;
    if (this.language === 'en' && token.frac.length === 2) {
      minutes = Number(token.frac);
      const meridiem = this.parseMeridiem(k);
      if (meridiem === null || minutes > 59) return null;
      return this.timeFigure(core.first, meridiem.next, meridiem.apply(hour), minutes);
    }
    if (token.frac !== '') return null;
    if (
      this.isSym(k, ':', true) &&
      this.at(k + 1)?.type === 'num' &&
      this.at(k + 1)!.glued &&
      this.at(k + 1)!.int.length === 2
    ) {
      minutes = Number(this.at(k + 1)!.int);
      if (minutes > 59) return null;
      k += 2;
      const meridiem = this.language === 'en' ? this.parseMeridiem(k) : null;
      return this.timeFigure(core.first, meridiem?.next ?? k, meridiem?.apply(hour) ?? hour, minutes);
    }
    if (this.language === 'en') {
      const meridiem = this.parseMeridiem(k);
      return meridiem === null ? null : this.timeFigure(core.first, meridiem.next, meridiem.apply(hour), 0);
    }
    const unit = this.at(k);
    if (unit?.type !== 'word' || !['h', 'heure', 'heures'].includes(unit.lower)) return null;
    if (unit.lower !== 'h' && unit.glued) return null;
    k++;
    const minuteToken = this.at(k);
    if (
      minuteToken?.type === 'num' &&
      minuteToken.int.length === 2 &&
      minuteToken.frac === '' &&
      (unit.lower === 'h' || !minuteToken.glued)
    ) {
      minutes = Number(minuteToken.int);
      if (minutes > 59) return null;
      k++;
      if (this.isWord(k, 'min')) k++;
      return this.timeFigure(core.first, k, hour, minutes);
    }
    const previous = this.at(core.first - 1)?.lower ?? '';
    const isTime =
      unit.lower === 'h'
        ? !durationCues.has(previous)
        : this.lexicon.timeCues.has(previous) || this.afterJusqua(core.first);
    if (!isTime) return null;
    return this.timeFigure(core.first, k, hour, 0);
  }

  private afterJusqua(first: number): boolean {
    return this.isWord(first - 1, 'à') && this.isSym(first - 2, "'", true) && this.isWord(first - 3, 'jusqu');
  }

  private parseMeridiem(k: number): { next: number; apply: (hour: number) => number } | null {
    const word = this.at(k);
    if (word?.type !== 'word') return null;
    let half: string | null = null;
    let next = k + 1;
    if (word.lower === 'am' || word.lower === 'pm') half = word.lower;
    else if (
      (word.lower === 'a' || word.lower === 'p') &&
      this.isSym(k + 1, '.', true) &&
      this.isWord(k + 2, 'm')
    ) {
      half = `${word.lower}m`;
      next = this.isSym(k + 3, '.', true) ? k + 4 : k + 3;
    }
    if (half === null) return null;
    return { next, apply: (hour) => (half === 'pm' ? (hour % 12) + 12 : hour % 12) };
  }

  private timeFigure(first: number, next: number, hour: number, minutes: number): Parsed {
    return this.figures(next, [this.figure('time', first, next, hour * 60 + minutes, null)]);
  }

  /// Digits followed by what makes them an ordinal ("2e", "21st"), a decade ("1990s") or, in
  /// French, a reference ("49.3").
  private parseDigitsAfter(core: Core): Parsed | null {
    if (!core.plain) return null;
    const after = this.at(core.next);
    if (after?.type === 'word' && after.glued && this.lexicon.ordinalSuffixes.has(after.lower)) {
      const century = this.lexicon.centuryWords.has(this.at(core.next + 1)?.lower ?? '');
      const next = century ? core.next + 2 : core.next + 1;
      return this.figures(next, [
        this.figure('ordinal', core.first, next, Number(core.int), century ? 'century' : null),
      ]);
    }
    if (
      this.language === 'en' &&
      after?.type === 'word' &&
      after.glued &&
      after.text === 's' &&
      core.int.length === 4
    ) {
      return this.figures(core.next + 1, [
        this.figure('year', core.first, core.next + 1, Number(core.int), null),
      ]);
    }
    if (
      this.language === 'fr' &&
      this.isSym(core.next, '.', true) &&
      this.at(core.next + 1)?.type === 'num' &&
      this.at(core.next + 1)!.glued
    ) {
      return this.referenceFrom(core.first, core.first);
    }
    // "49-3" in French: a falling "range" with a shorter end is the article, not a range.
    if (this.language === 'fr' && this.isSym(core.next, '-', true)) {
      const end = this.at(core.next + 1);
      if (
        end?.type === 'num' &&
        end.glued &&
        end.int.length < core.int.length &&
        Number(end.int) < Number(core.int) &&
        !isYear(core.int)
      ) {
        return this.referenceFrom(core.first, core.first);
      }
    }
    return null;
  }

  /// The second number of a range: "10-20 %", "entre 10 et 20", "de 10 à 20", "10 to 20".
  private parseRangeEnd(core: Core): Core | null {
    const joiner = this.at(core.next);
    if (joiner === undefined) return null;
    let start: number;
    if (joiner.type === 'sym' && rangeDashes.has(joiner.text) && (joiner.glued || joiner.text !== '-')) {
      start = core.next + 1;
      if (this.at(start)?.type !== 'num' || (joiner.text === '-' && !this.at(start)!.glued)) return null;
    } else if (joiner.type === 'word' && !joiner.glued && this.lexicon.rangeWords.has(joiner.lower)) {
      start = core.next + 1;
    } else if (
      joiner.type === 'word' &&
      joiner.lower === this.lexicon.rangeAndWord &&
      this.isWord(core.first - 1, this.lexicon.rangeOpener)
    ) {
      start = core.next + 1;
    } else return null;
    const next = this.at(start);
    if (next === undefined || next.type === 'sym') return null;
    if (next.type === 'num' && this.isName(start)) return null;
    const second = this.parseCore(start, false);
    if (second === null) return null;
    // "2024-25": a year range written short.
    if (core.plain && isYear(core.int) && second.plain && second.int.length === 2 && joiner.type === 'sym') {
      const end = core.int.slice(0, 2) + second.int;
      return Number(end) > Number(core.int) ? { ...second, int: end } : second;
    }
    return second;
  }

  /// What follows the number: "%", "pour cent", "points", "fois", a currency, a unit.
  private parseSuffix(core: Core, scaled: boolean): Suffix {
    const k = core.next;
    const none: Suffix = { kind: 'number', unit: null, factor: 1, next: k };
    const token = this.at(k);
    if (token === undefined) return none;
    if (token.type === 'sym' && token.text === '%')
      return { ...none, kind: 'percent', unit: '%', next: k + 1 };
    for (const phrase of this.lexicon.percentPhrases) {
      const end = this.matchPhrase(k, phrase);
      if (end > 0) return { ...none, kind: 'percent', unit: '%', next: end };
    }
    for (const phrase of this.lexicon.pointPhrases) {
      const end = this.matchPhrase(k, phrase);
      if (end > 0) return { ...none, kind: 'percent', unit: 'point', next: end };
    }
    if (token.type === 'word' && this.lexicon.multiplierWords.has(token.lower) && !token.glued) {
      return { ...none, kind: 'multiplier', next: k + 1 };
    }
    if (this.language === 'en' && this.isSym(k, '-', true) && this.isWord(k + 1, 'fold')) {
      return { ...none, kind: 'multiplier', next: k + 2 };
    }
    if (token.type === 'word' && token.glued && (token.text === 'x' || token.text === '×')) {
      return { ...none, kind: 'multiplier', next: k + 1 };
    }
    const currency = this.parseCurrency(k, scaled);
    if (currency !== null) return { ...none, kind: 'amount', unit: currency.code, next: currency.next };
    const unit = this.parseUnit(k, scaled);
    if (unit !== null)
      return {
        ...none,
        kind: 'quantity',
        unit: unit.meaning.unit,
        factor: unit.meaning.factor,
        next: unit.next,
      };
    return none;
  }

  private scaleOnly(core: Core, currency: string): Suffix {
    return { kind: 'amount', unit: currency, factor: 1, next: core.next };
  }

  private parseCurrency(k: number, scaled: boolean): { code: string; next: number } | null {
    const token = this.at(k);
    if (token === undefined) return null;
    const sign = currencySigns.get(token.text);
    if (sign !== undefined) return { code: sign, next: k + 1 };
    const code = currencyCodes.get(token.text);
    if (code !== undefined && !token.glued) return { code, next: k + 1 };
    let at = k;
    if (this.language === 'fr' && scaled) {
      if (this.isWord(at, 'de')) at++;
      else if (this.isWord(at, 'd') && this.isSym(at + 1, "'", true)) at += 2;
    }
    if (this.language === 'en' && this.isWord(at, 'us')) at++;
    const word = this.at(at);
    const named = word?.type === 'word' ? this.lexicon.currencyWords.get(word.lower) : undefined;
    if (named === undefined) return null;
    let next = at + 1;
    if (this.isWord(next, 'sterling') || this.isWord(next, 'américains')) next++;
    return { code: named, next };
  }

  private parseUnit(k: number, scaled: boolean): { meaning: UnitMeaning; next: number } | null {
    const token = this.at(k);
    if (token === undefined) return null;
    if (token.type === 'sym' && token.text === '°') {
      const scale = this.at(k + 1);
      if (scale?.glued && (scale.text === 'C' || scale.text === 'F')) {
        return { meaning: unitAbbreviations.get(`°${scale.text}`)!, next: k + 2 };
      }
      return null;
    }
    if (token.type !== 'word') return null;
    const squared = this.at(k + 1)?.glued && (this.at(k + 1)!.text === '²' || this.at(k + 1)!.text === '2');
    if (squared) {
      const meaning = unitAbbreviations.get(`${token.text}²`);
      if (meaning !== undefined) return { meaning, next: k + 2 };
    }
    if (this.isSym(k + 1, '/', true) && this.at(k + 2)?.text === 'h' && token.text === 'km') {
      return { meaning: unitAbbreviations.get('km/h')!, next: k + 3 };
    }
    const abbreviation = unitAbbreviations.get(token.text);
    if (abbreviation !== undefined) return { meaning: abbreviation, next: k + 1 };
    let at = k;
    if (this.language === 'fr' && scaled) {
      if (this.isWord(at, 'de')) at++;
      else if (this.isWord(at, 'd') && this.isSym(at + 1, "'", true)) at += 2;
    }
    const word = this.at(at);
    if (word?.type !== 'word') return null;
    const meaning = this.lexicon.unitWords.get(word.lower);
    if (meaning === undefined || (word.lower === 'm' && word.text !== 'm')) return null;
    if (meaning.unit === '°C') {
      const scale = this.at(at + 1)?.lower;
      if (scale === 'fahrenheit') return { meaning: unitAbbreviations.get('°F')!, next: at + 2 };
      if (scale === 'celsius') return { meaning, next: at + 2 };
    }
    return { meaning, next: at + 1 };
  }

  private figure(kind: FigureKind, first: number, next: number, value: number, unit: string | null): Figure {
    const start = this.tokens[first]!.start;
    const end = this.tokens[next - 1]!.end;
    return {
      kind,
      start,
      end,
      text: this.text.slice(start, end),
      value,
      unit,
      date: null,
      reference: null,
      qualifier: null,
    };
  }

  private figures(next: number, figures: Figure[]): Parsed {
    return { figures, next };
  }
}

const piecesOfWord = new Map<string, readonly string[]>();

/// The tokens a lexicon word is read as: "jusqu'à" is "jusqu", "'", "à".
function phrasePieces(word: string): readonly string[] {
  let pieces = piecesOfWord.get(word);
  if (pieces === undefined) {
    pieces = word.split(/(['-])/).filter((piece) => piece !== '');
    piecesOfWord.set(word, pieces);
  }
  return pieces;
}

function isYear(int: string): boolean {
  const year = Number(int);
  return int.length === 4 && year >= 1000 && year < 2200;
}

/// Hundreds and thousands after a number word ("deux cents", "trois mille").
function wordScale(word: string): number | undefined {
  if (word === 'cent' || word === 'cents' || word === 'hundred') return 2;
  if (word === 'mille' || word === 'thousand') return 3;
  return undefined;
}

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = romanValues[numeral[i]!]!;
    const next = romanValues[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
