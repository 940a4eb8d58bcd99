import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, GlossaryMention } from '../../shared/domain';
import { api } from '../app/api';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import { routeHref } from '../app/route';
import { useSaveTracker } from '../app/saveTrackerContext';
import { useErrorMessage } from '../ui/useErrorMessage';

/// Every mention of an entry across articles, with a few words of context; a click opens the
/// article at that mention. Checked mentions can be split off into a new entry.
export function GlossaryMentionList({
  entry,
  version,
  onSplit,
}: {
  readonly entry: GlossaryEntry;
  readonly version: number;
  readonly onSplit: (created: GlossaryEntry) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const saveTracker = useSaveTracker();
  const [mentions, setMentions] = useState<readonly GlossaryMention[] | null>(null);
  const [error, setError] = useState<PasserelleError | null>(null);
  const [checked, setChecked] = useState<readonly number[]>([]);

  useEffect(() => {
    let current = true;
    api['glossary.mentions']({ id: entry.id }).then(
      (found) => {
        if (!current) return;
        setMentions(found);
        setError(null);
        setChecked((previous) =>
          previous.filter((id) => found.some((mention) => mention.annotationId === id)),
        );
      },
      (failure: unknown) => {
        if (current) setError(toPasserelleError(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [entry.id, entry.mentionCount, version]);

  const split = () => {
    saveTracker.track(api['glossary.split']({ entryId: entry.id, annotationIds: [...checked] })).then(
      (created) => {
        setChecked([]);
        onSplit(created);
      },
      (failure: unknown) => setError(toPasserelleError(failure)),
    );
  };

  return (
    <section className="mention-list" aria-labelledby="mention-list-title">
      <div className="panel-section-header">
        <h3 id="mention-list-title">
          {t('glossary.mentionsTitle', { count: mentions?.length ?? entry.mentionCount })}
        </h3>
        <button type="button" className="button button-small" disabled={checked.length === 0} onClick={split}>
          {t('glossary.split', { count: checked.length })}
        </button>
      </div>
      {error && (
        <p className="inline-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      {mentions && mentions.length === 0 && <p className="muted small">{t('glossary.noMentions')}</p>}
      {mentions && mentions.length > 0 && (
        <ul>
          {mentions.map((mention) => (
            <li key={mention.annotationId} className="mention-item">
              <input
                type="checkbox"
                aria-label={t('glossary.selectMention', {
                  quote: mention.quote,
                  article: mention.articleTitle,
                })}
                checked={checked.includes(mention.annotationId)}
                onChange={() =>
                  setChecked((current) =>
                    current.includes(mention.annotationId)
                      ? current.filter((id) => id !== mention.annotationId)
                      : [...current, mention.annotationId],
                  )
                }
              />
              <a
                className="mention-link"
                href={routeHref({
                  screen: 'article',
                  articleId: mention.articleId,
                  annotationId: mention.annotationId,
                })}
              >
                <span className="mention-context" lang="fr">
                  {mention.before && <>…{mention.before}</>}
                  <mark>{mention.quote}</mark>
                  {mention.after && <>{mention.after}…</>}
                </span>
                <span className="mention-article">{mention.articleTitle}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
