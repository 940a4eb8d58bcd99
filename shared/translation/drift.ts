import type { DriftEntry, DriftRendering } from '../domain';
import type { QaEntry } from './qa';
import { compileQaEntry, findTermMatches, foldBoth, irregularPlural, type TermForm } from './termMatch';

/// A translated segment as the drift report reads it: its English text and the glossary entries
/// its source mentions.
export interface DriftSegment {
  readonly segmentId: number;
  readonly articleId: number;
  readonly articleTitle: string;
  readonly target: string;
  readonly entryIds: readonly number[];
}

/// The forms a segment can render an entry with: for a term to translate, its preferred English
/// term; for an original kept (with or without a gloss), the original; then the variants to avoid.
function driftForms(entry: QaEntry): readonly TermForm[] {
  const compiled = compileQaEntry(entry);
  if (entry.decision === 'translate') return compiled.english;
  const avoid = compiled.english.filter((form) => form.role === 'avoid');
  return compiled.original ? [compiled.original, ...avoid] : avoid;
}

/// Entries rendered more than one way across translated segments: each rendering is the preferred term, a variant to avoid, or '' (none of the known English forms found).
/// Renderings come preferred first, then in the glossary's order of variants, then ''; segments
/// in the order given, a segment listed under every rendering it uses. Entries with no
/// preferred form (nothing to translate to yet) and segments with no target are left out.
export function driftReport(
  segments: readonly DriftSegment[],
  entries: ReadonlyMap<number, QaEntry>,
): DriftEntry[] {
  const byEntry = new Map<number, Map<string, DriftRendering['segments'][number][]>>();
  for (const segment of segments) {
    if (segment.target.trim() === '') continue;
    let folded: { readonly exact: string; readonly caseless: string } | null = null;
    for (const entryId of new Set(segment.entryIds)) {
      const entry = entries.get(entryId);
      if (!entry) continue;
      const forms = driftForms(entry);
      if (!forms.some((form) => form.role === 'preferred')) continue;
      folded ??= foldBoth(segment.target);
      const used = new Set(
        findTermMatches(forms, folded.caseless, folded.exact).map((match) => match.form.text),
      );
      if (used.size === 0) used.add('');
      const renderings = byEntry.get(entryId) ?? new Map<string, DriftRendering['segments'][number][]>();
      byEntry.set(entryId, renderings);
      const where = {
        segmentId: segment.segmentId,
        articleId: segment.articleId,
        articleTitle: segment.articleTitle,
      };
      for (const text of used) {
        const list = renderings.get(text) ?? [];
        list.push(where);
        renderings.set(text, list);
      }
    }
  }

  const report: DriftEntry[] = [];
  for (const [entryId, renderings] of byEntry) {
    if (renderings.size < 2) continue;
    const entry = entries.get(entryId)!;
    const order = [...driftForms(entry).map((form) => form.text), ''];
    report.push({
      entryId,
      frenchTerm: entry.frenchTerm,
      englishTerm: entry.englishTerm,
      renderings: order.flatMap((text, index) => {
        const where = renderings.get(text);
        return where ? [{ text, preferred: index === 0, segments: where }] : [];
      }),
    });
  }
  return report.sort((a, b) => a.frenchTerm.localeCompare(b.frenchTerm, 'fr') || a.entryId - b.entryId);
}

/// The target with each variant to avoid of the entry replaced by the preferred English term (keeping a possessive/plural ending).
/// For an original kept, the preferred form is the original; a target without variants comes
/// back unchanged.
export function fixDriftTarget(target: string, entry: QaEntry): string {
  const forms = driftForms(entry);
  const preferred = forms.find((form) => form.role === 'preferred');
  if (!preferred) return target;
  const { exact, caseless } = foldBoth(target);
  const matches = findTermMatches(forms, caseless, exact);
  let fixed = target;
  // From the end, so that the offsets of earlier matches stay right.
  for (let i = matches.length - 1; i >= 0; i--) {
    const match = matches[i]!;
    if (match.form.role !== 'avoid') continue;
    const ending = match.plural ? null : pluralEnding.exec(fixed.slice(match.end));
    const plural = match.plural || ending !== null;
    const end = match.end + (ending?.[0].length ?? 0);
    const replacement = plural ? pluralOf(preferred.text) : preferred.text;
    const wasPlural = plural || /s$/i.test(match.form.text);
    // In ‘single quotes’ the apostrophe after the term closes them: no possessive to fit.
    const quoted = openingQuote.test(fixed.slice(Math.max(0, match.start - 1), match.start));
    const rest = fixed.slice(end);
    fixed =
      fixed.slice(0, match.start) +
      replacement +
      (quoted ? rest : possessiveAfter(rest, wasPlural, /s$/i.test(replacement)));
  }
  return fixed;
}

// A plain plural ending after a match ("offices"), its end a word's end (`findTermMatches` checked).
const pluralEnding = /^(?:es|s)(?![\p{L}\p{N}])/iu;
const wordAfter = /^[\p{L}\p{N}]/u;
const openingQuote = /^[‘']$/;

/// The rest of the text after a replaced variant, its possessive fitted to the new term: a word
/// ending in s takes a bare apostrophe ("Auditors’"), another word ’s ("Audit’s").
function possessiveAfter(rest: string, wasPlural: boolean, isPlural: boolean): string {
  const apostrophe = rest.charAt(0);
  if (apostrophe !== '’' && apostrophe !== "'") return rest;
  if (wasPlural && !isPlural && !wordAfter.test(rest.slice(1))) return `${apostrophe}s${rest.slice(1)}`;
  if (!wasPlural && isPlural && /^s$/i.test(rest.charAt(1)) && !wordAfter.test(rest.slice(2))) {
    return apostrophe + rest.slice(2);
  }
  return rest;
}

/// The plural of a term, made on its last word: -ies for -y after a consonant, -es after a
/// hissing sound, else -s.
function pluralOf(term: string): string {
  return irregularPlural(term) ?? (/(s|x|z|ch|sh)$/i.test(term) ? `${term}es` : `${term}s`);
}
