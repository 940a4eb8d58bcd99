import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DriftEntry, DriftRendering } from '../../shared/domain';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import { api } from '../app/api';
import { useHistory } from '../app/historyContext';
import { routeHref } from '../app/route';
import { useSaveTracker } from '../app/saveTrackerContext';
import { useErrorMessage } from '../ui/useErrorMessage';
import './drift.css';

/// The drift report: every glossary entry the workspace's translated segments render more than one
/// way ("Court of Audit" here, "Court of Auditors" there), each rendering with links to its
/// segments, and for a variant to avoid one click that puts the preferred term in its place.
export function DriftView() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const history = useHistory();
  const saveTracker = useSaveTracker();
  const [report, setReport] = useState<readonly DriftEntry[] | null>(null);
  const [loadError, setLoadError] = useState<PasserelleError | null>(null);
  const [fixError, setFixError] = useState<PasserelleError | null>(null);
  const [fixing, setFixing] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => history.onStep(() => setVersion((current) => current + 1)), [history]);

  useEffect(() => {
    let current = true;
    api['translation.drift']({}).then(
      (found) => {
        if (!current) return;
        setReport(found);
        setLoadError(null);
      },
      (error: unknown) => {
        if (current) setLoadError(toPasserelleError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [version]);

  const fix = (entry: DriftEntry, rendering: DriftRendering) => {
    setFixing(true);
    setFixError(null);
    saveTracker
      .track(
        api['translation.fixDrift']({
          entryId: entry.entryId,
          segmentIds: rendering.segments.map((segment) => segment.segmentId),
        }),
      )
      .then(
        (result) => history.changed([...new Set(result.fixed.map((segment) => segment.articleId))]),
        (error: unknown) => setFixError(toPasserelleError(error)),
      )
      .finally(() => setFixing(false));
  };

  return (
    <div className="drift-view">
      <div className="glossary-header">
        <h1>{t('drift.title')}</h1>
        <span className="muted">{report ? t('drift.count', { count: report.length }) : ''}</span>
      </div>
      <p className="muted drift-intro">{t('drift.intro')}</p>
      {loadError && (
        <p className="inline-error" role="alert">
          {t('drift.loadFailed', { reason: errorMessage(loadError) })}
        </p>
      )}
      {fixError && (
        <p className="inline-error" role="alert">
          {t('drift.fixFailed', { reason: errorMessage(fixError) })}
        </p>
      )}
      {report && report.length === 0 && <p className="empty-state">{t('drift.none')}</p>}
      {report && report.length > 0 && (
        <ul className="drift-entries">
          {report.map((entry) => (
            <li key={entry.entryId} className="drift-entry">
              <h2>
                <a href={routeHref({ screen: 'glossary', entryId: entry.entryId })} lang="fr">
                  {entry.frenchTerm}
                </a>{' '}
                <span className="muted">{t('drift.preferredIs', { term: entry.englishTerm })}</span>
              </h2>
              <ul
                className="drift-renderings"
                aria-label={t('drift.renderingsOf', { term: entry.frenchTerm })}
              >
                {entry.renderings.map((rendering) => (
                  <li key={rendering.text} className={rendering.preferred ? 'drift-preferred' : undefined}>
                    <span className="drift-rendering" lang="en">
                      {rendering.text === '' ? t('drift.noKnownForm') : `“${rendering.text}”`}
                    </span>{' '}
                    <span className="muted">
                      {rendering.preferred
                        ? t('drift.preferredCount', { count: rendering.segments.length })
                        : t('drift.segmentCount', { count: rendering.segments.length })}
                    </span>
                    {!rendering.preferred && rendering.text !== '' && (
                      <button
                        type="button"
                        className="button-secondary"
                        disabled={fixing}
                        onClick={() => fix(entry, rendering)}
                      >
                        {t('drift.fix', { term: entry.englishTerm, count: rendering.segments.length })}
                      </button>
                    )}
                    <ul className="drift-segments">
                      {rendering.segments.map((segment) => (
                        <li key={segment.segmentId}>
                          <a
                            href={routeHref({
                              screen: 'translation',
                              articleId: segment.articleId,
                              segmentId: segment.segmentId,
                            })}
                          >
                            {t('drift.segmentLink', { title: segment.articleTitle })}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
