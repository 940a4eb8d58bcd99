/// One SRX-style rule: at a candidate break (just after a full stop, `?`, `!` or `…` and the
/// closing quotes or brackets after it, where white space follows), the first rule whose `before`
/// matches the text ending there and whose `after` matches the text starting there decides whether
/// the sentence ends (`breaks`). No matching rule means no break, as in SRX.
export interface SegmentationRule {
  /// A short name, for tests and for reading the list.
  readonly name: string;
  readonly breaks: boolean;
  /// Anchored with `$`; tested on at most `ruleWindow` characters of the line before the candidate.
  readonly before: RegExp;
  /// Anchored with `^`; tested on at most `ruleWindow` characters of the line after the candidate.
  readonly after: RegExp;
}

/// How many characters of context each side a rule sees. Rules must match fewer, so that a window
/// cut in the middle of a word never makes a pattern match what the full line would not.
export const ruleWindow = 64;

// A whole word ends here: what comes before the abbreviation is not a letter, digit or mark
// (an elided article may come before it: "l’art. 49.3", "d’av. J.-C.").
const wordStart = String.raw`(?<![\p{L}\p{N}\p{M}])`;

const words = (list: readonly string[]): string => list.join('|');

// Titles and forms of address: always followed by a name, never the end of a sentence. "Mme",
// "Mlle", "Dr", "Pr" are usually written without a full stop (then there is no candidate at all);
// the stop is still common in the press ("le Pr. Martin", "Mme. Dupont").
const titles = [
  'M',
  'MM',
  'Mme',
  'Mmes',
  'Mlle',
  'Mlles',
  'Me',
  'Mgr',
  'Pr',
  'Prof',
  'Dr',
  'Mr',
  'St',
  'Ste',
  'Sts',
  'Stes',
  'Gén',
  'Gal',
  'Col',
  'Cdt',
  'Cne',
  'Lt',
  'Sgt',
];

// References and addresses: followed by a number, a letter or a name ("art. 49.3", "art. L. 121",
// "p. 12", "cf. Dupont", "av. J.-C.", "12 bd. Voltaire"), none of them a word that can end a
// sentence. Capitalised forms for the ones that can open a sentence.
const references = [
  'art',
  'Art',
  'p',
  'pp',
  'chap',
  'Chap',
  'vol',
  'Vol',
  'fig',
  'Fig',
  'cf',
  'Cf',
  'réf',
  'Réf',
  'av',
  'Av',
  'apr',
  'bd',
  'Bd',
  'boul',
  'ex',
  'vs',
];

// Abbreviations that end a sentence as often as they sit inside one, whose full stop is then the
// sentence's own ("Ils étaient sept." is also "sept."): kept inside only before a number ("env.
// 300", "3 janv. 2026", "tél. 01 23"). Before a capital they break, like "etc.".
const beforeNumbers = [
  'env',
  'janv',
  'fév',
  'févr',
  'avr',
  'juil',
  'sept',
  'oct',
  'nov',
  'déc',
  'tél',
  'al',
  'no',
];

// Rules that look at one side only.
const anyBefore = /$/u;
const anyAfter = /^/u;

/// French sentence rules, in order (the first that matches decides): exceptions first, then the
/// breaks, as in SRX files. OmegaT's French rules were read for the list of cases, not copied.
export const frenchSegmentationRules: readonly SegmentationRule[] = [
  {
    // "M. Macron", "MM. Dupont et Durand", "le Pr. Martin": a title's stop never ends a sentence.
    name: 'title',
    breaks: false,
    before: new RegExp(`${wordStart}(?:${words(titles)})\\.$`, 'u'),
    after: anyAfter,
  },
  {
    // "art. 49.3", "p. 12", "cf. Dupont", "av. J.-C.": a reference's stop never ends one either.
    name: 'reference',
    breaks: false,
    before: new RegExp(`${wordStart}(?:${words(references)})\\.$`, 'u'),
    after: anyAfter,
  },
  {
    // "art. L. 121-1", "art. R. 123": the letter of a code's article (législatif, réglementaire,
    // décret, arrêté) before its number is not an initial ending a sentence.
    name: 'code article',
    breaks: false,
    before: new RegExp(`${wordStart}[Aa]rt\\.\\s?[LRDA]\\.$`, 'u'),
    after: /^\s+\p{N}/u,
  },
  {
    // "[…]" and "(...)" mark words left out of a quotation, not the end of a sentence.
    name: 'omission',
    breaks: false,
    before: /[[(](?:…|\.\.\.)[\])]$/u,
    after: anyAfter,
  },
  {
    // "av. J.-C." and "apr. J.-C." close a date, and a date often closes a sentence: a capital
    // after it starts a new one. Before the initials rule, which would read "J.-C." as initials.
    name: 'era',
    breaks: true,
    before: new RegExp(`${wordStart}(?:av|apr)\\.\\s?J\\.-C\\.$`, 'u'),
    after: /^\s+[«“"(]?\s*\p{Lu}/u,
  },
  {
    // "C. Dupont", "J.-L. Mélenchon", "J.L. Dupont": one or two initials before a name. A dotted
    // acronym of three letters or more ("S.N.C.F.") is not initials: before a capital it may end
    // the sentence ("… à la S.N.C.F. Elle …") — the `.` before its last letter keeps it out.
    // The price: a sentence ending in a lone capital ("le plan B. Il …") does not break there,
    // which the user can split; names cut after "M." or "C." would be far more common.
    name: 'initials',
    breaks: false,
    before: /(?<![\p{L}\p{N}\p{M}.])(?:\p{Lu}\.-?)?\p{Lu}\.$/u,
    after: /^\s+\p{Lu}/u,
  },
  {
    // "env. 300", "le 3 janv. 2026", "tél. 01 23 45 67 89", "al. 2", "no. 5".
    name: 'before a number',
    breaks: false,
    before: new RegExp(`${wordStart}(?:${words(beforeNumbers)})\\.$`, 'u'),
    after: /^\s+\p{N}/u,
  },
  {
    // A French sentence starts with a capital (or a number, or a quote), so a lower-case word
    // after the mark means the sentence goes on: « Nous irons jusqu’au bout ! » a déclaré le
    // ministre; « Pourquoi ? » demande-t-il; il hésite… puis part; des pommes, etc. puis des
    // poires. "etc." shows why the letter must decide: it is an abbreviation, and at the end of a
    // sentence its stop is also the sentence's (French never doubles it), so "etc. Puis" ends a
    // sentence and "etc. puis" does not — and the same holds for any abbreviation not listed above.
    name: 'lower case follows',
    breaks: false,
    before: anyBefore,
    after: /^\s+(?:[«“"([—–-]\s*)?\p{Ll}/u,
  },
  {
    // Any other candidate: a stop, "?", "!" or "…" (with its closing quotes) before white space.
    name: 'sentence end',
    breaks: true,
    before: /[.?!…»”"’')\]]$/u,
    after: /^\s/u,
  },
];
