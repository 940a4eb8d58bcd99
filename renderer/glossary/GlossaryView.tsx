import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../shared/contract';
import type { GlossaryEntry, GlossaryStatus } from '../../shared/domain';
import { api } from '../app/api';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import { useHistory } from '../app/historyContext';
import { labelName } from '../labels/labelName';
import { routeHref } from '../app/route';
import { useErrorMessage } from '../ui/useErrorMessage';
import { useWorkspaceLabels } from '../app/workspaceLabelsContext';
import { glossaryStatuses } from '../../shared/domain';
import { GlossaryEntryPanel } from './GlossaryEntryPanel';
import { MergeEntriesDialog } from './MergeEntriesDialog';
import './glossary.css';

/// The orders the glossary can be listed in.
type GlossarySort = NonNullable<OperationInput<'glossary.list'>['sort']>;

/// The glossary: every entry with its counts; search, filter by label and status, sort by column;
/// select two entries to merge them; open one to edit it in place, see its mentions, split or
/// delete it.
export function GlossaryView({ entryId }: { readonly entryId?: number }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const history = useHistory();
  const { labels } = useWorkspaceLabels();
  const [query, setQuery] = useState('');
  const [label, setLabel] = useState('');
  const [status, setStatus] = useState<GlossaryStatus | ''>('');
  const [sort, setSort] = useState<GlossarySort>('frenchTerm');
  const [entries, setEntries] = useState<readonly GlossaryEntry[] | null>(null);
  const [loadError, setLoadError] = useState<PasserelleError | null>(null);
  const [checked, setChecked] = useState<readonly number[]>([]);
  const [merging, setMerging] = useState(false);
  const [version, setVersion] = useState(0);

  const reload = useCallback(() => setVersion((current) => current + 1), []);

  useEffect(() => {
    let current = true;
    api['glossary.list']({
      query,
      sort,
      ...(label ? { label } : {}),
      ...(status ? { status } : {}),
    }).then(
      (found) => {
        if (!current) return;
        setEntries(found);
        setLoadError(null);
      },
      (error: unknown) => {
        if (current) setLoadError(toPasserelleError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [query, label, status, sort, version]);

  useEffect(() => history.onStep(reload), [history, reload]);

  const nameOfLabel = (key: string) => {
    const found = labels.find((known) => known.key === key);
    return found ? labelName(found, i18n.resolvedLanguage) : key;
  };
  const toggle = (id: number) =>
    setChecked((current) =>
      current.includes(id) ? current.filter((other) => other !== id) : [...current, id],
    );
  const mergePair = entries?.filter((entry) => checked.includes(entry.id)) ?? [];
  const sortHeader = (column: GlossarySort, heading: string, numeric = false) => (
    <th
      scope="col"
      className={numeric ? 'numeric' : undefined}
      aria-sort={sort === column ? (numeric ? 'descending' : 'ascending') : undefined}
    >
      <button type="button" className="sort-button" onClick={() => setSort(column)}>
        {heading}
        <span aria-hidden="true" className="sort-mark">
          {sort === column ? (numeric ? '↓' : '↑') : ''}
        </span>
      </button>
    </th>
  );

  return (
    <div className={`glossary-view${entryId ? ' has-entry' : ''}`}>
      <div className="glossary-main">
        <div className="glossary-header">
          <h1>{t('glossary.title')}</h1>
          <span className="muted">{entries ? t('glossary.count', { count: entries.length }) : ''}</span>
        </div>
        <div className="glossary-filters" role="search">
          <input
            type="search"
            className="search-input"
            aria-label={t('glossary.search')}
            placeholder={t('glossary.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <select
            aria-label={t('glossary.filterLabel')}
            value={label}
            onChange={(event) => setLabel(event.target.value)}
          >
            <option value="">{t('glossary.allLabels')}</option>
            {labels.map((known) => (
              <option key={known.key} value={known.key}>
                {labelName(known, i18n.resolvedLanguage)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('glossary.filterStatus')}
            value={status}
            onChange={(event) =>
              setStatus(glossaryStatuses.find((known) => known === event.target.value) ?? '')
            }
          >
            <option value="">{t('glossary.allStatuses')}</option>
            {glossaryStatuses.map((known) => (
              <option key={known} value={known}>
                {t(`glossary.status.${known}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={mergePair.length !== 2}
            title={mergePair.length !== 2 ? t('glossary.mergeHint') : undefined}
            onClick={() => setMerging(true)}
          >
            {t('glossary.merge')}
          </button>
        </div>
        {loadError && (
          <p className="inline-error" role="alert">
            {t('glossary.loadFailed', { reason: errorMessage(loadError) })}
          </p>
        )}
        {entries && entries.length === 0 && (
          <p className="empty-state">
            {query || label || status ? t('glossary.noMatch') : t('glossary.empty')}
          </p>
        )}
        {entries && entries.length > 0 && (
          <table className="glossary-table">
            <caption className="visually-hidden">{t('glossary.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="check-column">
                  <span className="visually-hidden">{t('glossary.selectColumn')}</span>
                </th>
                {sortHeader('frenchTerm', t('glossary.column.frenchTerm'))}
                {sortHeader('englishTerm', t('glossary.column.englishTerm'))}
                <th scope="col">{t('glossary.column.label')}</th>
                <th scope="col">{t('glossary.column.status')}</th>
                {sortHeader('mentions', t('glossary.column.mentions'), true)}
                {sortHeader('articles', t('glossary.column.articles'), true)}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className={entry.id === entryId ? 'is-selected' : undefined}>
                  <td className="check-column">
                    <input
                      type="checkbox"
                      aria-label={t('glossary.selectEntry', { term: entry.frenchTerm })}
                      checked={checked.includes(entry.id)}
                      onChange={() => toggle(entry.id)}
                    />
                  </td>
                  <th scope="row" lang="fr">
                    <a href={routeHref({ screen: 'glossary', entryId: entry.id })}>{entry.frenchTerm}</a>
                  </th>
                  <td lang="en">{entry.englishTerm || <span className="muted">—</span>}</td>
                  <td>
                    <span className={`label-chip label-${entry.label}`}>
                      <span className="swatch" aria-hidden="true" />
                      {nameOfLabel(entry.label)}
                    </span>
                  </td>
                  <td>
                    <span className={`status-pill status-${entry.status}`}>
                      {t(`glossary.status.${entry.status}`)}
                    </span>
                  </td>
                  <td className="numeric">{entry.mentionCount}</td>
                  <td className="numeric">{entry.articleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {entryId !== undefined && (
        <GlossaryEntryPanel key={entryId} entryId={entryId} version={version} onChanged={reload} />
      )}
      {merging && mergePair.length === 2 && (
        <MergeEntriesDialog
          entries={[mergePair[0]!, mergePair[1]!]}
          onMerged={(kept) => {
            setChecked([]);
            reload();
            window.location.hash = routeHref({ screen: 'glossary', entryId: kept });
          }}
          onClose={() => setMerging(false)}
        />
      )}
    </div>
  );
}
