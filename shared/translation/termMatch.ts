import type { QaEntry } from './qa';

// Each pattern replaces one UTF-16 unit by one, so folded text keeps the offsets of the original.
const spaces = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const apostrophes = /[’ʼ‘`´]/g;
const hyphens = /[\u2010\u2011]/g;
const accented = /[\u00c0-\u024f]/g;
const wordChar = /[\p{L}\p{N}]/u;

/// The target as the term check reads it when case matters (a kept original): every kind of
/// space a plain space, every apostrophe `'`, non-breaking hyphens `-`. Same length as `text`.
export function foldExact(text: string): string {
  return text.replace(spaces, ' ').replace(apostrophes, "'").replace(hyphens, '-');
}

/// `foldExact`, lower-cased and without accents ("Régie" reads "regie"). Same length as `text`.
export function foldCaseless(text: string): string {
  return lowerWithoutAccents(foldExact(text));
}

/// Both folds of a text, the second made from the first.
export function foldBoth(text: string): { readonly exact: string; readonly caseless: string } {
  const exact = foldExact(text);
  return { exact, caseless: lowerWithoutAccents(exact) };
}

function lowerWithoutAccents(text: string): string {
  let lower = text.toLowerCase();
  // A few capitals lower-case to two units ("İ"); those are lowered one by one instead.
  if (lower.length !== text.length) lower = Array.from(text, lowerOneUnit).join('');
  return lower.replace(accented, stripAccent);
}

function lowerOneUnit(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower : char;
}

function stripAccent(char: string): string {
  return char.normalize('NFD').charAt(0);
}

/// How one form of an entry is searched for: its text as the glossary writes it and the folded
/// needle, trimmed, with single spaces.
export interface TermForm {
  readonly text: string;
  readonly needle: string;
  /// Whether `needle` is folded with `foldCaseless` (else `foldExact`).
  readonly caseless: boolean;
  readonly role: 'preferred' | 'avoid';
  /// The folded plural that a plain -s ending does not give ("agencies" for "agency"), or null.
  readonly pluralNeedle: string | null;
}

/// One place a form was found: UTF-16 offsets of the form itself (a plural or possessive ending
/// after it is outside the span).
export interface TermMatch {
  readonly form: TermForm;
  readonly start: number;
  readonly end: number;
  /// Found in its irregular plural (`TermForm.pluralNeedle`).
  readonly plural: boolean;
}

/// An entry made ready for matching, once per entry object: its English forms (the preferred
/// term, then the variants to avoid) and its original (the French term, matched exactly).
export interface CompiledQaEntry {
  readonly english: readonly TermForm[];
  readonly original: TermForm | null;
}

const compiled = new WeakMap<QaEntry, CompiledQaEntry>();

/// The compiled forms of an entry, cached by entry object: the check on each keystroke builds
/// no needle and no regular expression.
export function compileQaEntry(entry: QaEntry): CompiledQaEntry {
  const cached = compiled.get(entry);
  if (cached) return cached;
  const english: TermForm[] = [];
  const preferred = termForm(entry.englishTerm, true, 'preferred');
  if (preferred) english.push(preferred);
  for (const avoid of entry.englishAvoid) {
    const form = termForm(avoid, true, 'avoid');
    if (form && !english.some((known) => known.needle === form.needle)) english.push(form);
  }
  const result = { english, original: termForm(entry.frenchTerm, false, 'preferred') };
  compiled.set(entry, result);
  return result;
}

/// A form for `text`, or null when it has no letters or digits to look for.
export function termForm(text: string, caseless: boolean, role: TermForm['role']): TermForm | null {
  const needle = (caseless ? foldCaseless(text) : foldExact(text)).trim().replace(/ {2,}/g, ' ');
  if (!Array.from(needle).some((char) => wordChar.test(char))) return null;
  return {
    text: text.trim(),
    needle,
    caseless,
    role,
    pluralNeedle: caseless ? irregularPlural(needle) : null,
  };
}

const consonantY = /[b-df-hj-np-tv-z]y$/i;

/// The plural of a term's last word when adding -s or -es does not make it: -y after a consonant
/// becomes -ies.
export function irregularPlural(term: string): string | null {
  return consonantY.test(term) ? `${term.slice(0, -1)}${term.endsWith('Y') ? 'IES' : 'ies'}` : null;
}

/// Where the forms occur in a folded text as whole words, a plural (-s, -es) or possessive
/// ('s, ') ending allowed: "Beijinger" is not "Beijing", "Beijing’s" is. Overlapping matches
/// keep the longest ("Court of Auditors" over "Court of Audit"), then the first; the result is
/// in text order.
export function findTermMatches(
  forms: readonly TermForm[],
  foldedCaseless: string,
  foldedExact: string,
): TermMatch[] {
  const found: TermMatch[] = [];
  for (const form of forms) {
    const text = form.caseless ? foldedCaseless : foldedExact;
    for (let at = text.indexOf(form.needle); at !== -1; at = text.indexOf(form.needle, at + 1)) {
      const end = at + form.needle.length;
      if (startsWord(text, at) && endsWord(text, end)) found.push({ form, start: at, end, plural: false });
    }
    const plural = form.pluralNeedle;
    if (plural === null) continue;
    for (let at = text.indexOf(plural); at !== -1; at = text.indexOf(plural, at + 1)) {
      const end = at + plural.length;
      if (startsWord(text, at) && endsPlural(text, end)) found.push({ form, start: at, end, plural: true });
    }
  }
  if (found.length < 2) return found;
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermMatch[] = [];
  for (const match of found) {
    if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  // A surrogate pair's letter is read whole from its first unit.
  if (code >= 0xdc00 && code <= 0xdfff) return index > 0 && wordChar.test(text.slice(index - 1, index + 1));
  return wordChar.test(text.slice(index, code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1));
}

function startsWord(text: string, start: number): boolean {
  return start === 0 || !isWordChar(text, start - 1) || !isWordChar(text, start);
}

function endsWord(text: string, end: number): boolean {
  if (!isWordChar(text, end - 1)) return true;
  let at = end;
  const lower = (index: number): string => text.charAt(index).toLowerCase();
  if (lower(at) === 'e' && lower(at + 1) === 's') at += 2;
  else if (lower(at) === 's') at += 1;
  if (text.charAt(at) === "'") at += lower(at + 1) === 's' && !isWordChar(text, at + 2) ? 2 : 1;
  return !isWordChar(text, at);
}

function endsPlural(text: string, end: number): boolean {
  const at = text.charAt(end) === "'" ? end + 1 : end;
  return !isWordChar(text, at);
}
