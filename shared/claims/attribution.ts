import { frenchSentences } from '../text/frenchSentences';
import {
  adverbialOpeners,
  auxiliaries,
  clauseOpeners,
  connectives,
  determiners,
  inversionPronouns,
  nameAbbreviations,
  phraseStops,
  pourIdioms,
  reportingParticiples,
  reportingPresents,
  roleNouns,
  stressedPronouns,
  vagueOpeners,
} from './attributionWords';

/// A span of the article text: UTF-16 offsets and the text between them.
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/// Which French attribution matched.
/// - `quote-verb-name`: « … », a déclaré X / « … », déclare X
/// - `quote-verb-pronoun`: « … », a-t-il déclaré / « … », estime-t-elle (no name: it refers back)
/// - `subject-verb`: X a indiqué que …, X estime que …, X résume ainsi : « … »
/// - `shared-subject`: X a indiqué que …, et estime que … (the subject of an earlier verb)
/// - `selon`: selon X; `d-apres`: d’après X; `pour`: Pour X, …
export type AttributionPattern =
  'quote-verb-name' | 'quote-verb-pronoun' | 'subject-verb' | 'shared-subject' | 'selon' | 'd-apres' | 'pour';

/// What the attribution names: a claimant with a name (to match against the Person and
/// Organisation glossary entries), a pronoun that refers back to someone named earlier, or an
/// unnamed source described in words ("un responsable du secteur", "selon nos informations").
export type ClaimantKind = 'named' | 'pronoun' | 'unattributed';

/// A claimant found near a claim by a French attribution pattern. Every span is in the article
/// text's UTF-16 offsets.
export interface Attribution {
  readonly pattern: AttributionPattern;
  readonly kind: ClaimantKind;
  /// The words that make it an attribution: "a déclaré", "selon", "a-t-il déclaré", "estime".
  readonly cue: TextSpan;
  /// The whole phrase for the claimant: "le ministre de l’Économie, Bruno Le Maire", the
  /// pronoun "il", or the description "plusieurs informations concordantes".
  readonly claimant: TextSpan;
  /// The proper name inside it, without an elided article: "Bruno Le Maire", "Agence
  /// internationale de l’énergie". Null for a pronoun or an unattributed description.
  readonly name: TextSpan | null;
  /// The claimant's function beside the name: "le ministre de l’Économie", "CEO de NVIDIA".
  readonly role: TextSpan | null;
  /// An acronym in brackets after the name: "AIE".
  readonly acronym: TextSpan | null;
  /// `sentence` when the attribution is in the claim's own sentence; `paragraph` when it opens
  /// an earlier sentence of the paragraph ("Selon plusieurs informations concordantes, …").
  readonly scope: 'sentence' | 'paragraph';
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /// Lower case, with ’ and ‑ folded to ' and -.
  readonly lower: string;
  readonly word: boolean;
}

interface Candidate {
  readonly attribution: Attribution;
  readonly priority: number;
  readonly distance: number;
}

// A word is letters and digits joined by hyphens or apostrophes ("l’Agence", "a-t-il",
// "d’après", "porte-parole"); any other visible character is a token of its own.
const tokenPattern = /[\p{L}\p{N}]+(?:[-‑’'ʼ][\p{L}\p{N}]+)*|[^\s]/gu;
const elision = /^(?:l|d|qu|jusqu|lorsqu|puisqu|s|n|c|j|m|t)'/;
const inversion = /^(\p{L}+)-(?:t-)?(il|elle|ils|elles|on)$/u;
const openingQuotes = new Set(['«', '"', '“', '‹']);
const closingMarks = new Set(['»', '"', '”', '›', '!', '?', '…', ')']);
const dashes = new Set(['—', '–', '-']);
// How far an attribution is looked for around a claim, in characters of its paragraph.
const paragraphReach = 3000;

/// Every French attribution found around the claim at `start`–`end` of `text`, best first: one
/// that touches the claim (« … », a déclaré X; X estime que « … ») before "selon X" and
/// "d’après X" elsewhere in the sentence, then "Pour X, …", then a "Selon X, …" opening an
/// earlier sentence of the paragraph.
export function attributionCandidates(text: string, start: number, end: number): Attribution[] {
  return new AttributionReader(text, Math.min(start, end), Math.max(start, end)).candidates();
}

/// The best attribution for the claim at `start`–`end` of `text`, or null when none is found.
export function findAttribution(text: string, start: number, end: number): Attribution | null {
  return attributionCandidates(text, start, end)[0] ?? null;
}

class AttributionReader {
  private tokens: Token[] = [];
  /// The first claim token and the first token after the claim.
  private first = 0;
  private after = 0;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  candidates(): Attribution[] {
    const paragraphStart = Math.max(
      this.text.lastIndexOf('\n', this.start - 1) + 1,
      this.start - paragraphReach,
    );
    const newline = this.text.indexOf('\n', this.end);
    const paragraphEnd = Math.min(newline === -1 ? this.text.length : newline, this.end + paragraphReach);
    const paragraph = this.text.slice(paragraphStart, paragraphEnd);
    const sentences = frenchSentences(paragraph).map((sentence) => ({
      start: sentence.start + paragraphStart,
      end: sentence.end + paragraphStart,
    }));
    const own = sentences.filter(
      (sentence) => sentence.end > this.start && sentence.start < Math.max(this.end, this.start + 1),
    );
    const windowStart = own[0]?.start ?? paragraphStart;
    const windowEnd = own.at(-1)?.end ?? paragraphEnd;
    this.tokens = tokenize(this.text, windowStart, windowEnd);
    this.first = this.tokens.findIndex((token) => token.end > this.start);
    if (this.first === -1) this.first = this.tokens.length;
    const after = this.tokens.findIndex((token) => token.start >= this.end);
    this.after = after === -1 ? this.tokens.length : Math.max(after, this.first);

    const found: Candidate[] = [
      ...this.quoteThenVerb(),
      ...this.verbThenClaim(),
      ...this.prepositions('sentence'),
      ...this.pour(),
    ];
    if (found.length === 0) {
      for (const sentence of sentences.filter((s) => s.end <= windowStart).reverse()) {
        this.tokens = tokenize(this.text, sentence.start, sentence.end);
        this.first = this.tokens.length;
        this.after = this.tokens.length;
        const opening = this.prepositions('paragraph').filter((candidate) => candidate.distance === 0);
        if (opening.length > 0) {
          found.push(...opening);
          break;
        }
      }
    }
    const seen = new Set<string>();
    return found
      .sort((a, b) => a.priority - b.priority || a.distance - b.distance)
      .map((candidate) => candidate.attribution)
      .filter((attribution) => {
        const key = `${attribution.claimant.start}:${attribution.claimant.end}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  }

  private token(i: number): Token | undefined {
    return this.tokens[i];
  }

  private span(first: number, next: number): TextSpan {
    const start = this.tokens[first]!.start;
    const end = this.tokens[next - 1]!.end;
    return { start, end, text: this.text.slice(start, end) };
  }

  private spanOf(start: number, end: number): TextSpan {
    return { start, end, text: this.text.slice(start, end) };
  }

  private distanceTo(span: TextSpan): number {
    if (span.end <= this.start) return this.start - span.end;
    if (span.start >= this.end) return span.start - this.end;
    return 0;
  }

  /// « … », a déclaré X; « … » déclare X; « … », a-t-il déclaré; « … », estime-t-elle.
  private quoteThenVerb(): Candidate[] {
    let k = this.after;
    let marked = false;
    while (this.token(k) !== undefined && closingMarks.has(this.token(k)!.text)) {
      marked ||= this.token(k)!.text !== '!' && this.token(k)!.text !== '?';
      k++;
    }
    const separator = this.token(k);
    if (separator !== undefined && (separator.text === ',' || dashes.has(separator.text))) {
      marked = true;
      k++;
    }
    if (!marked && this.after > this.first) return [];
    const token = this.token(k);
    if (token === undefined || !token.word) return [];
    const inverted = inversion.exec(token.lower);
    if (inverted !== null) {
      const [, verb, pronoun] = inverted;
      let cueEnd = k + 1;
      if (auxiliaries.has(verb!)) {
        const participle = this.participleAfter(k + 1);
        if (participle === -1) return [];
        cueEnd = participle + 1;
      } else if (!reportingPresents.has(verb!)) return [];
      const pronounStart = token.start + token.text.length - pronoun!.length;
      const claimant = this.spanOf(pronounStart, token.end);
      return [
        {
          attribution: {
            pattern: 'quote-verb-pronoun',
            kind: 'pronoun',
            cue: this.span(k, cueEnd),
            claimant,
            name: null,
            role: null,
            acronym: null,
            scope: 'sentence',
          },
          priority: 0,
          distance: 0,
        },
      ];
    }
    const verb = this.verbAt(k);
    if (verb === null) return [];
    const phrase = this.phraseAfter(verb);
    if (phrase === null) return [];
    const attribution = this.claimant(
      phrase[0],
      phrase[1],
      'quote-verb-name',
      this.span(k, verb),
      'sentence',
    );
    return attribution === null ? [] : [{ attribution, priority: 0, distance: 0 }];
  }

  /// The index after a reporting verb starting at token k ("a déclaré", "a d’ailleurs indiqué",
  /// "estime"), or null.
  private verbAt(k: number): number | null {
    const token = this.token(k);
    if (token === undefined || !token.word) return null;
    if (auxiliaries.has(token.lower)) {
      const participle = this.participleAfter(k + 1);
      return participle === -1 ? null : participle + 1 + (this.token(participle)!.lower === 'fait' ? 1 : 0);
    }
    return reportingPresents.has(token.lower) ? k + 1 : null;
  }

  /// The reporting participle at k or after one or two adverbs ("a d’ailleurs indiqué"), or -1.
  private participleAfter(k: number): number {
    for (let p = k; p < k + 3; p++) {
      const token = this.token(p);
      if (token === undefined || !token.word) return -1;
      if (reportingParticiples.has(token.lower)) {
        // "a fait" reports only as "a fait savoir" / "a fait valoir".
        if (token.lower !== 'fait') return p;
        const next = this.token(p + 1)?.lower;
        return next === 'savoir' || next === 'valoir' ? p : -1;
      }
      if (auxiliaries.has(token.lower) || /^\p{Lu}/u.test(token.text)) return -1;
    }
    return -1;
  }

  /// The reporting verb that ends at token `last` (its participle or present form), as its first
  /// token, or -1: "a déclaré", "a d’ailleurs indiqué", "estime" (not "une note", "le juge").
  private verbEndingAt(last: number): number {
    const token = this.token(last);
    if (token === undefined || !token.word) return -1;
    if (reportingParticiples.has(token.lower) && token.lower !== 'fait') {
      for (let a = last - 1; a >= Math.max(0, last - 3); a--) {
        const before = this.token(a)!;
        if (!before.word) return -1;
        if (auxiliaries.has(before.lower)) return a;
      }
      return -1;
    }
    if ((token.lower === 'savoir' || token.lower === 'valoir') && this.token(last - 1)?.lower === 'fait') {
      const first = this.verbEndingAt(last - 1);
      return first;
    }
    if (reportingPresents.has(token.lower)) {
      const before = this.token(last - 1);
      const article =
        before?.word === true &&
        (determiners.has(before.lower) || ['un', 'une', 'ce', 'cette', 'des'].includes(before.lower));
      return article ? -1 : last;
    }
    return -1;
  }

  /// X a indiqué que …; X estime que « … »; X résume la situation ainsi : « … ». Found before
  /// the claim or, when the selection includes its own attribution, inside it.
  private verbThenClaim(): Candidate[] {
    const found: Candidate[] = [];
    let k = this.first - 1;
    let quoted = false;
    while (this.token(k) !== undefined && openingQuotes.has(this.token(k)!.text)) {
      quoted = true;
      k--;
    }
    const before = this.attributionBeforeConnector(k, quoted);
    if (before !== null) found.push({ attribution: before, priority: 0, distance: 0 });
    for (let c = this.first; c < this.after && found.length === 0; c++) {
      const token = this.token(c)!;
      if (token.lower !== 'que' && token.text !== ':') continue;
      const inside = this.attributionBeforeConnector(c, false);
      if (inside !== null) found.push({ attribution: inside, priority: 0, distance: 0 });
    }
    return found;
  }

  private attributionBeforeConnector(k: number, quoted: boolean): Attribution | null {
    const connector = this.token(k);
    if (connector === undefined) return null;
    let reach: number;
    let last: number;
    if (connector.lower === 'que') {
      reach = 3;
      last = k - 1;
    } else if (connector.text === ':') {
      reach = 8;
      last = k - 1;
    } else if (quoted) {
      reach = 1;
      last = k;
    } else return null;
    for (let v = last; v > last - reach && v >= 0; v--) {
      const first = this.verbEndingAt(v);
      if (first === -1) continue;
      return this.subjectOf(first, v + 1, 'subject-verb');
    }
    return null;
  }

  /// The claimant of a verb spanning tokens `first`–`next`: its subject, or the subject of an
  /// earlier reporting verb it shares ("X a indiqué que …, et estime que …").
  private subjectOf(
    first: number,
    next: number,
    pattern: 'subject-verb' | 'shared-subject',
  ): Attribution | null {
    const subject = this.subjectBefore(first);
    const cue = this.span(first, next);
    if (subject !== null) return this.claimant(subject[0], subject[1], pattern, cue, 'sentence');
    if (pattern === 'shared-subject') return null;
    let j = first - 1;
    while (this.token(j) !== undefined && !this.token(j)!.word) j--;
    if (this.token(j)?.lower !== 'et' && this.token(j)?.lower !== 'mais') return null;
    for (let v = j - 1; v >= 0; v--) {
      const earlier = this.verbEndingAt(v);
      if (earlier === -1) continue;
      const shared = this.subjectOf(earlier, v + 1, 'shared-subject');
      return shared === null ? null : { ...shared, cue };
    }
    return null;
  }

  /// The subject read backwards from token `verb`, up to the sentence or clause start.
  private subjectBefore(verb: number): [number, number] | null {
    let i = verb - 1;
    let words = 0;
    while (i >= 0 && words < 16) {
      const token = this.tokens[i]!;
      if (token.word) {
        if (clauseOpeners.has(token.lower) || token.lower.startsWith("qu'")) break;
        words++;
        i--;
        continue;
      }
      if (token.text === ',' || token.text === '(' || token.text === ')') {
        i--;
        continue;
      }
      if (token.text === '.' && nameAbbreviations.has(this.token(i - 1)?.lower ?? '')) {
        i--;
        continue;
      }
      break;
    }
    return this.trimmed(i + 1, verb);
  }

  /// Tokens `first`–`next` without punctuation at either end, or null when no word is left.
  private trimmed(first: number, next: number): [number, number] | null {
    let a = first;
    let b = next;
    while (a < b && !this.tokens[a]!.word) a++;
    while (
      b > a &&
      !this.tokens[b - 1]!.word &&
      this.tokens[b - 1]!.text !== ')' &&
      this.tokens[b - 1]!.text !== '.'
    )
      b--;
    while (
      b > a &&
      this.tokens[b - 1]!.text === '.' &&
      !nameAbbreviations.has(this.token(b - 2)?.lower ?? '')
    )
      b--;
    return a < b ? [a, b] : null;
  }

  /// The claimant phrase from token k: words up to a stop word or punctuation, keeping an
  /// apposition ("le ministre de l’Économie, Bruno Le Maire,") and an acronym in brackets.
  private phraseAfter(k: number): [number, number] | null {
    let i = k;
    let words = 0;
    while (i < this.tokens.length && words < 14) {
      const token = this.tokens[i]!;
      if (token.word) {
        if (words > 0 && phraseStops.has(token.lower)) break;
        if (words === 0 && (phraseStops.has(token.lower) || clauseOpeners.has(token.lower))) return null;
        words++;
        i++;
        continue;
      }
      if (token.text === '(' && words > 0) {
        let close = i + 1;
        while (close < Math.min(this.tokens.length, i + 8) && this.tokens[close]!.text !== ')') close++;
        if (this.token(close)?.text !== ')') break;
        i = close + 1;
        continue;
      }
      if (token.text === '.' && words > 0 && this.abbreviationBefore(i)) {
        i++;
        continue;
      }
      if (token.text === ',' && words > 0 && this.appositionAt(i + 1)) {
        i++;
        continue;
      }
      break;
    }
    return this.trimmed(k, i);
  }

  /// A full stop after "M", "Mme" or an initial ("J. Dupont") keeps the name going.
  private abbreviationBefore(i: number): boolean {
    const before = this.token(i - 1);
    const next = this.token(i + 1);
    if (before === undefined || next === undefined || !next.word || !/^\p{Lu}/u.test(next.text)) return false;
    return nameAbbreviations.has(before.lower) || /^\p{Lu}$/u.test(before.text);
  }

  /// Whether an apposition starts at token j: a name or a role, closed by a comma or the end.
  private appositionAt(j: number): boolean {
    const head = this.token(j);
    if (head === undefined || !head.word) return false;
    const second = this.token(j + 1);
    const opensRole =
      roleNouns.has(head.lower) ||
      (determiners.has(head.lower) && second !== undefined && roleNouns.has(second.lower));
    if (!opensRole && !isCapitalised(head)) return false;
    for (let i = j; i < Math.min(this.tokens.length, j + 8); i++) {
      const token = this.tokens[i]!;
      if (token.word) {
        if (auxiliaries.has(token.lower) || phraseStops.has(token.lower) || clauseOpeners.has(token.lower))
          return false;
        if (reportingPresents.has(token.lower)) return false;
        continue;
      }
      if (token.text === '.' && this.abbreviationBefore(i)) continue;
      return token.text === ',' || token.text === '.' || token.text === ';' || token.text === '(';
    }
    return j + 8 > this.tokens.length;
  }

  /// "selon X" and "d’après X" anywhere in the sentence; in the paragraph scope, only opening it.
  private prepositions(scope: 'sentence' | 'paragraph'): Candidate[] {
    const found: Candidate[] = [];
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i]!;
      const pattern =
        token.lower === 'selon'
          ? 'selon'
          : token.lower === "d'après" || token.lower === "d'apres"
            ? 'd-apres'
            : null;
      if (pattern === null) continue;
      if (scope === 'paragraph' && this.tokens.slice(0, i).some((before) => before.word)) continue;
      const phrase = this.phraseAfterPreposition(i + 1);
      if (phrase === null) continue;
      const attribution = this.claimant(phrase[0], phrase[1], pattern, this.span(i, i + 1), scope);
      if (attribution === null) continue;
      const distance = scope === 'paragraph' ? 0 : this.distanceTo(attribution.claimant);
      found.push({ attribution, priority: scope === 'paragraph' ? 3 : 1, distance });
    }
    return found;
  }

  private phraseAfterPreposition(k: number): [number, number] | null {
    const token = this.token(k);
    if (token !== undefined && stressedPronouns.has(token.lower)) return [k, k + 1];
    return this.phraseAfter(k);
  }

  /// "Pour X, …" opening the claim's sentence.
  private pour(): Candidate[] {
    const opening = this.tokens.findIndex((token) => token.word);
    const token = this.token(opening);
    if (token === undefined || token.text !== 'Pour') return [];
    let comma = opening + 1;
    while (comma < Math.min(this.tokens.length, opening + 10) && this.tokens[comma]!.word) comma++;
    if (this.token(comma)?.text !== ',' || comma === opening + 1) return [];
    const phrase = this.tokens
      .slice(opening + 1, comma)
      .map((word) => word.lower)
      .join(' ');
    if (pourIdioms.has(phrase)) return [];
    const attribution = this.claimant(
      opening + 1,
      comma,
      'pour',
      this.span(opening, opening + 1),
      'sentence',
    );
    return attribution === null
      ? []
      : [{ attribution, priority: 2, distance: this.distanceTo(attribution.claimant) }];
  }

  /// Reads a claimant phrase (tokens `first`–`next`): a pronoun, an unnamed source, or a name
  /// with its role and acronym.
  private claimant(
    first: number,
    next: number,
    pattern: AttributionPattern,
    cue: TextSpan,
    scope: 'sentence' | 'paragraph',
  ): Attribution | null {
    const claimant = this.span(first, next);
    const base = { pattern, cue, claimant, name: null, role: null, acronym: null, scope };
    const head = this.tokens[first]!;
    if (next - first === 1 && (inversionPronouns.has(head.lower) || stressedPronouns.has(head.lower))) {
      return { ...base, kind: 'pronoun' };
    }
    const parts = this.parts(first, next);
    // Leading adverbials ("Mardi, Emmanuel Macron a déclaré") are not the claimant.
    while (parts.length > 1 && adverbialOpeners.has(this.tokens[parts[0]![0]]!.lower)) parts.shift();
    const [leadFirst] = parts[0]!;
    const lead = this.tokens[leadFirst]!;
    const phrase = this.span(leadFirst, parts.at(-1)![1]);
    if (vagueOpeners.has(lead.lower) || lead.lower.startsWith("d'autres")) {
      return { ...base, claimant: phrase, kind: 'unattributed' };
    }
    let name: TextSpan | null = null;
    let acronym: TextSpan | null = null;
    let role: TextSpan | null = null;
    for (const [a, b] of parts) {
      const reading = this.readPart(a, b);
      if (reading.name !== null && name === null) {
        name = reading.name;
        acronym = reading.acronym;
        role ??= reading.role;
      } else if (role === null && reading.name === null) role = this.span(a, b);
    }
    if (name === null) return { ...base, claimant: phrase, kind: 'unattributed' };
    return { ...base, claimant: phrase, kind: 'named', name, role, acronym };
  }

  /// The comma-separated parts of a phrase, as token ranges (a comma in brackets stays inside).
  private parts(first: number, next: number): [number, number][] {
    const parts: [number, number][] = [];
    let depth = 0;
    let start = first;
    for (let i = first; i < next; i++) {
      const text = this.tokens[i]!.text;
      if (text === '(') depth++;
      else if (text === ')') depth = Math.max(0, depth - 1);
      else if (text === ',' && depth === 0) {
        if (i > start) parts.push([start, i]);
        start = i + 1;
      }
    }
    if (next > start) parts.push([start, next]);
    return parts;
  }

  /// One part of a claimant phrase: a name ("Emmanuel Macron", "l’Agence … (AIE)"), a role
  /// ("CEO de NVIDIA", "le ministre de l’Économie"), or both ("le président Emmanuel Macron").
  private readPart(
    a: number,
    b: number,
  ): { name: TextSpan | null; role: TextSpan | null; acronym: TextSpan | null } {
    const none = { name: null, role: null, acronym: null };
    let end = b;
    let acronym: TextSpan | null = null;
    if (this.tokens[b - 1]!.text === ')') {
      const open = this.tokens.slice(a, b).findIndex((token) => token.text === '(');
      if (open > 0) {
        end = a + open;
        if (b - 1 > a + open + 1) acronym = this.span(a + open + 1, b - 1);
      }
    }
    const head = this.tokens[a]!;
    if (roleNouns.has(head.lower)) return none;
    let i = a;
    // A capitalised article inside a sentence is part of the name ("selon Le Monde"); at its
    // start it is only capitalised by its place ("Le président Emmanuel Macron").
    const titled = isCapitalised(head) && this.token(a - 1)?.word === true;
    if (determiners.has(head.lower) && !titled) i++;
    const nameToken = this.token(i);
    if (nameToken === undefined || i >= end) return none;
    if (isCapitalised(nameToken)) {
      const start = nameToken.start + elidedLength(nameToken);
      return { name: this.spanOf(start, this.tokens[end - 1]!.end), role: null, acronym };
    }
    // "le président Emmanuel Macron": a capital right after a role word, not after "de".
    for (let j = i + 1; j < end; j++) {
      const token = this.tokens[j]!;
      if (!isCapitalised(token)) continue;
      const previous = this.tokens[j - 1]!;
      if (!previous.word || connectives.has(previous.lower) || elidedLength(token) > 0) break;
      return {
        name: this.spanOf(token.start, this.tokens[end - 1]!.end),
        role: this.span(a, j),
        acronym,
      };
    }
    return none;
  }
}

function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(tokenPattern)) {
    const word = match[0];
    tokens.push({
      start: start + match.index,
      end: start + match.index + word.length,
      text: word,
      lower: word.toLowerCase().replace(/[’ʼ]/g, "'").replace(/‑/g, '-'),
      word: /[\p{L}\p{N}]/u.test(word[0]!),
    });
  }
  return tokens;
}

/// The length of an elided article at the front of a word ("l’" in "l’Agence"), or 0.
function elidedLength(token: Token): number {
  const match = elision.exec(token.lower);
  return match === null || match[0].length >= token.text.length ? 0 : match[0].length;
}

function isCapitalised(token: Token): boolean {
  if (!token.word) return false;
  return /^\p{Lu}/u.test(token.text.slice(elidedLength(token)));
}
