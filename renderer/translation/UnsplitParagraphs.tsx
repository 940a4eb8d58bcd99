import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnsplitParagraph } from './unsplitParagraphs';

/// How many characters of a paragraph the list shows.
const previewLength = 160;

/// The paragraphs no segment covers yet, each with "Split" to cut only that one into sentences:
/// for translating a few paragraphs of a long article, or the rest after its claims.
export const UnsplitParagraphs = memo(function UnsplitParagraphs({
  paragraphs,
  open,
  busy,
  onSplit,
}: {
  readonly paragraphs: readonly UnsplitParagraph[];
  /// Whether the list starts unfolded (for an article not split at all).
  readonly open: boolean;
  readonly busy: boolean;
  readonly onSplit: (paragraph: UnsplitParagraph) => void;
}) {
  const { t } = useTranslation();
  if (paragraphs.length === 0) return null;
  return (
    <details className="unsplit-paragraphs" open={open}>
      <summary>{t('translation.unsplit', { count: paragraphs.length })}</summary>
      <ol aria-label={t('translation.unsplitLabel')}>
        {paragraphs.map((paragraph) => {
          const preview =
            paragraph.text.length > previewLength
              ? `${paragraph.text.slice(0, previewLength).trimEnd()}…`
              : paragraph.text;
          return (
            <li key={paragraph.start}>
              <span lang="fr">{preview}</span>{' '}
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                aria-label={t('translation.splitParagraphLabel', { preview: preview.slice(0, 60) })}
                onClick={() => onSplit(paragraph)}
              >
                {t('translation.splitParagraph')}
              </button>
            </li>
          );
        })}
      </ol>
    </details>
  );
});
