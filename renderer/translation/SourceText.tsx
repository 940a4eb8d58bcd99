import { Fragment, type ReactNode } from 'react';
import type { Annotation, GlossaryEntry } from '../../shared/domain';
import { sourcePieces } from './segmentMentions';

/// How an annotation is named on hover: its label, and for a linked mention its English term.
export type MentionTitle = (annotation: Annotation, entry: GlossaryEntry | undefined) => string;

/// A segment's French text with its entity and claim annotations drawn as the editor draws them
/// (label colours through `data-label`); each run carries its `article.text` offset in
/// `data-offset`, so a caret placed in it can be read back (`caretOffset`).
export function SourceText({
  source,
  start,
  annotations,
  entries,
  title,
}: {
  readonly source: string;
  readonly start: number;
  readonly annotations: readonly Annotation[];
  readonly entries: ReadonlyMap<number, GlossaryEntry>;
  readonly title: MentionTitle;
}) {
  return (
    <>
      {sourcePieces(source, start, annotations).map((piece) => (
        <Fragment key={piece.start}>
          {piece.annotations.reduceRight<ReactNode>(
            (inner, annotation, depth) => (
              <span
                className="segment-mention"
                data-label={annotation.label}
                data-kind={annotation.kind}
                data-depth={Math.min(depth, 3)}
                title={title(
                  annotation,
                  annotation.glossaryEntryId === null ? undefined : entries.get(annotation.glossaryEntryId),
                )}
              >
                {inner}
              </span>
            ),
            <span data-offset={piece.start}>{piece.text}</span>,
          )}
        </Fragment>
      ))}
    </>
  );
}

/// The `article.text` offset of a caret (a collapsed selection) inside a `SourceText`, or null.
export function caretOffset(selection: Selection | null, container: Element): number | null {
  if (!selection || !selection.isCollapsed || !selection.anchorNode) return null;
  const node = selection.anchorNode;
  const element = node instanceof Element ? node : node.parentElement;
  const run = element?.closest('[data-offset]');
  if (!run || !container.contains(run)) return null;
  return Number(run.getAttribute('data-offset')) + (node instanceof Element ? 0 : selection.anchorOffset);
}
