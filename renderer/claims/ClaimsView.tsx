import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { claimantLabels, claimVerdicts, type ClaimVerdict } from '../../shared/claims/claimFields';
import type { OperationInput } from '../../shared/contract';
import type { ArticleSummary, Claim, GlossaryEntry } from '../../shared/domain';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import { api } from '../app/api';
import { useHistory } from '../app/historyContext';
import { routeHref } from '../app/route';
import { formatDate } from '../ui/formatDate';
import { useErrorMessage } from '../ui/useErrorMessage';
import { claimantName } from './claimantName';
import { PublisherSettings } from './PublisherSettings';
import { VerdictBadge } from './VerdictBadge';
import './claims.css';

/// The orders the claims can be listed in.
type ClaimSort = NonNullable<OperationInput<'claims.list'>['sort']>;
const claimSorts: readonly ClaimSort[] = ['article', 'date', 'verdict', 'claimant'];

/// Every claim of the workspace: filter by verdict, claimant, article and date range, search the
/// claim in French and English, sort; a claim opens its article at it. The publisher setting the
/// ClaimReview export needs sits beside them.
export function ClaimsView() {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const history = useHistory();
  const [query, setQuery] = useState('');
  const [verdict, setVerdict] = useState<ClaimVerdict | ''>('');
  const [claimantEntryId, setClaimantEntryId] = useState('');
  const [articleId, setArticleId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [sort, setSort] = useState<ClaimSort>('article');
  const [claims, setClaims] = useState<readonly Claim[] | null>(null);
  const [loadError, setLoadError] = useState<PasserelleError | null>(null);
  const [articles, setArticles] = useState<readonly ArticleSummary[]>([]);
  const [claimants, setClaimants] = useState<readonly GlossaryEntry[]>([]);
  const [version, setVersion] = useState(0);

  useEffect(() => history.onStep(() => setVersion((current) => current + 1)), [history]);

  useEffect(() => {
    let current = true;
    void Promise.all([api['articles.list']({}), api['glossary.list']({})]).then(
      ([articleList, glossary]) => {
        if (!current) return;
        setArticles(articleList);
        setClaimants(glossary.filter((entry) => (claimantLabels as readonly string[]).includes(entry.label)));
      },
      () => {
        // The filters then offer no articles or claimants; the list still loads.
      },
    );
    return () => {
      current = false;
    };
  }, [version]);

  useEffect(() => {
    let current = true;
    const words = query.trim();
    api['claims.list']({
      sort,
      ...(words ? { query: words } : {}),
      ...(verdict ? { verdicts: [verdict] } : {}),
      ...(claimantEntryId ? { claimantEntryId: Number(claimantEntryId) } : {}),
      ...(articleId ? { articleId: Number(articleId) } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    }).then(
      (found) => {
        if (!current) return;
        setClaims(found);
        setLoadError(null);
      },
      (error: unknown) => {
        if (current) setLoadError(toPasserelleError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [query, verdict, claimantEntryId, articleId, from, to, sort, version]);

  const filtered = query.trim() !== '' || verdict || claimantEntryId || articleId || from || to;
  return (
    <div className="claims-view">
      <div className="claims-main">
        <div className="glossary-header">
          <h1>{t('claims.title')}</h1>
          <span className="muted">{claims ? t('claims.count', { count: claims.length }) : ''}</span>
        </div>
        <div className="glossary-filters claims-filters" role="search">
          <input
            type="search"
            className="search-input"
            aria-label={t('claims.search')}
            placeholder={t('claims.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <select
            aria-label={t('claims.filterVerdict')}
            value={verdict}
            onChange={(event) =>
              setVerdict(claimVerdicts.find((known) => known === event.target.value) ?? '')
            }
          >
            <option value="">{t('claims.allVerdicts')}</option>
            {claimVerdicts.map((known) => (
              <option key={known} value={known}>
                {t(`claims.verdict.${known}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('claims.filterClaimant')}
            value={claimantEntryId}
            onChange={(event) => setClaimantEntryId(event.target.value)}
          >
            <option value="">{t('claims.allClaimants')}</option>
            {claimants.map((entry) => (
              <option key={entry.id} value={String(entry.id)}>
                {entry.frenchTerm}
              </option>
            ))}
          </select>
          <select
            aria-label={t('claims.filterArticle')}
            value={articleId}
            onChange={(event) => setArticleId(event.target.value)}
          >
            <option value="">{t('claims.allArticles')}</option>
            {articles.map((article) => (
              <option key={article.id} value={String(article.id)}>
                {article.title}
              </option>
            ))}
          </select>
          <label className="date-filter">
            {t('claims.from')}
            <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          </label>
          <label className="date-filter">
            {t('claims.to')}
            <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          </label>
          <select
            aria-label={t('claims.sort')}
            value={sort}
            onChange={(event) =>
              setSort(claimSorts.find((known) => known === event.target.value) ?? 'article')
            }
          >
            {claimSorts.map((known) => (
              <option key={known} value={known}>
                {t(`claims.sortBy.${known}`)}
              </option>
            ))}
          </select>
        </div>
        {loadError && (
          <p className="inline-error" role="alert">
            {t('claims.loadFailed', { reason: errorMessage(loadError) })}
          </p>
        )}
        {claims && claims.length === 0 && (
          <p className="empty-state">{filtered ? t('claims.noMatch') : t('claims.noneInWorkspace')}</p>
        )}
        {claims && claims.length > 0 && (
          <table className="glossary-table claims-table">
            <caption className="visually-hidden">{t('claims.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('claims.column.claim')}</th>
                <th scope="col">{t('claims.column.claimant')}</th>
                <th scope="col">{t('claims.column.verdict')}</th>
                <th scope="col">{t('claims.column.article')}</th>
                <th scope="col">{t('claims.column.date')}</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((claim) => (
                <tr key={claim.annotationId}>
                  <th scope="row">
                    <a
                      className="claim-link"
                      href={routeHref({
                        screen: 'article',
                        articleId: claim.articleId,
                        annotationId: claim.annotationId,
                      })}
                    >
                      <q lang="fr">{claim.quote}</q>
                    </a>
                    {claim.englishText && (
                      <span className="claim-english muted" lang="en">
                        {claim.englishText}
                      </span>
                    )}
                  </th>
                  <td>{claimantName(claim.claimant) ?? <span className="muted">—</span>}</td>
                  <td>
                    <VerdictBadge verdict={claim.verdict} />
                  </td>
                  <td>{claim.articleTitle}</td>
                  <td>{claim.claimDate ? formatDate(claim.claimDate, i18n.language) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <PublisherSettings />
    </div>
  );
}
