import type { ValidatedInput } from '../../../shared/contract';
import type { GlossaryEntry } from '../../../shared/domain';
import { snapSpan } from '../../../shared/matching/snapSpan';
import type { CoreContext } from '../coreContext';
import { annotationSpanText } from '../annotations/annotationSpan';
import { matchingEntries } from './glossaryEntries';
import { requireLabel } from '../labels/labels';

/// The entries a span of an article could be a mention of: those whose French term or a variant
/// matches the span's text (or the whole words it snaps to), French-aware, the label's first.
export function glossaryCandidates(
  ctx: CoreContext,
  input: ValidatedInput<'glossary.candidates'>,
): GlossaryEntry[] {
  if (input.label !== undefined) requireLabel(ctx, input.label);
  const text = annotationSpanText(ctx, input.articleId, input.start, input.end);
  const snapped = snapSpan(text, input.start, input.end);
  const terms = [text.slice(input.start, input.end)];
  if (snapped) terms.push(text.slice(snapped.start, snapped.end));
  return matchingEntries(ctx, terms, input.label);
}
