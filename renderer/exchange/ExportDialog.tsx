import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimReviewGap, ExportJobStatus, ExportPreview, OperationInput } from '../../shared/contract';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import {
  claimExportFormats,
  csvDialects,
  datasetExportFormats,
  defaultGlossaryTableColumns,
  glossaryExportFormats,
  glossaryTableColumns,
  isCsvDialect,
  type ClaimExportFormat,
  type CsvDialect,
  type DatasetExportFormat,
  type GlossaryExportFormat,
  type GlossaryTableColumn,
} from '../../shared/exportFormats';
import { api } from '../app/api';
import { useWorkspaceLabels } from '../app/workspaceLabelsContext';
import { labelName } from '../labels/labelName';
import { ModalDialog } from '../ui/ModalDialog';
import { useErrorMessage } from '../ui/useErrorMessage';
import { readStoredCsvDialect, storeCsvDialect } from './csvDialectStorage';
import './exchange.css';

type ExportKind = 'glossary' | 'dataset' | 'claims';
type ExportRequest = OperationInput<'exports.start'>;

// How often a running export's progress is read.
const statusPollMs = 200;
// How long the options stay still before the preview is read again.
const previewDelayMs = 150;

/// Where the dialog stands after Export: writing (with progress), ready to save, saved, or
/// cancelled.
type JobView =
  | { readonly step: 'running'; readonly status: ExportJobStatus }
  | { readonly step: 'ready'; readonly status: ExportJobStatus; readonly note?: string }
  | { readonly step: 'cancelled' };

function offerDownload(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/// The Export dialog: what to export (the glossary, an annotated dataset or the claims), its format
/// with a hint of which tool reads it, what it covers, its CSV dialect and columns, the privacy
/// profile and what it leaves out (for ClaimReview, the claims it cannot publish and what each
/// lacks), a preview of the first lines; then Export writes it in the background
/// (progress, cancel) and Save hands it over (the save dialog in the desktop app, a download in
/// web mode). `articleId` offers "this article only" when opened from an article.
export function ExportDialog({
  onClose,
  articleId,
}: {
  readonly onClose: () => void;
  readonly articleId?: number;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const { labels } = useWorkspaceLabels();
  const hintId = useId();
  const [kind, setKind] = useState<ExportKind>('glossary');
  const [glossaryFormat, setGlossaryFormat] = useState<GlossaryExportFormat>('csv');
  const [datasetFormat, setDatasetFormat] = useState<DatasetExportFormat>('jsonl');
  const [claimFormat, setClaimFormat] = useState<ClaimExportFormat>('claimreview');
  const [dialect, setDialect] = useState<CsvDialect>(readStoredCsvDialect);
  const [columns, setColumns] = useState<Record<'csv' | 'tsv', readonly GlossaryTableColumn[]>>({
    csv: defaultGlossaryTableColumns.csv,
    tsv: defaultGlossaryTableColumns.tsv,
  });
  const [approvedOnly, setApprovedOnly] = useState(false);
  const [excludedLabels, setExcludedLabels] = useState<ReadonlySet<string>>(new Set());
  const [onlyThisArticle, setOnlyThisArticle] = useState(false);
  const [privacy, setPrivacy] = useState(false);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [error, setError] = useState<PasserelleError | null>(null);
  const [job, setJob] = useState<JobView | null>(null);
  // Between Export's click and the job's first status, so a second click starts nothing.
  const [starting, setStarting] = useState(false);

  const format = kind === 'glossary' ? glossaryFormat : kind === 'dataset' ? datasetFormat : claimFormat;
  const formatKey = kind === 'claims' ? 'claimFormat' : 'format';
  const offersDialect =
    (kind === 'glossary' && glossaryFormat === 'csv') || (kind === 'claims' && claimFormat === 'csv');
  const tableFormat =
    kind === 'glossary' && (glossaryFormat === 'csv' || glossaryFormat === 'tsv') ? glossaryFormat : null;
  const chosenLabels = labels.filter((label) => !excludedLabels.has(label.key)).map((label) => label.key);
  const scope = {
    ...(excludedLabels.size > 0 && chosenLabels.length > 0 ? { labels: chosenLabels } : {}),
    ...(onlyThisArticle && articleId !== undefined ? { articleIds: [articleId] } : {}),
    ...(privacy ? { privacy: true } : {}),
  };
  // The claims have no labels to choose nor a privacy profile: only their articles.
  const request: ExportRequest =
    kind === 'glossary'
      ? {
          kind,
          format: glossaryFormat,
          ...scope,
          ...(approvedOnly ? { approvedOnly: true } : {}),
          ...(glossaryFormat === 'csv' ? { dialect } : {}),
          ...(tableFormat !== null ? { columns: [...columns[tableFormat]] } : {}),
        }
      : kind === 'dataset'
        ? { kind, format: datasetFormat, ...scope }
        : {
            kind,
            format: claimFormat,
            ...(scope.articleIds === undefined ? {} : { articleIds: scope.articleIds }),
            ...(claimFormat === 'csv' ? { dialect } : {}),
          };
  const requestKey = JSON.stringify(request);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      api['exports.preview'](JSON.parse(requestKey) as ExportRequest).then(
        (previewed) => {
          if (!current) return;
          setPreview(previewed);
          setError(null);
        },
        (caught: unknown) => {
          if (current) setError(toPasserelleError(caught));
        },
      );
    }, previewDelayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [requestKey]);

  const runningJobId = job?.step === 'running' ? job.status.jobId : null;
  useEffect(() => {
    if (runningJobId === null) return;
    let current = true;
    const timer = setInterval(() => {
      api['exports.status']({ jobId: runningJobId }).then(
        (status) => {
          if (!current) return;
          if (status.state === 'running') setJob({ step: 'running', status });
          else if (status.state === 'done') setJob({ step: 'ready', status });
          else if (status.state === 'cancelled') setJob({ step: 'cancelled' });
          else {
            setJob(null);
            setError(toPasserelleError(status.error));
          }
        },
        (caught: unknown) => {
          if (!current) return;
          setJob(null);
          setError(toPasserelleError(caught));
        },
      );
    }, statusPollMs);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [runningJobId]);

  const startExport = async () => {
    setError(null);
    // A new export replaces the one written before, whose file need not wait to expire.
    if (job?.step === 'ready') api['exports.cancel']({ jobId: job.status.jobId }).catch(() => {});
    setJob(null);
    setStarting(true);
    try {
      const status = await api['exports.start'](request);
      setJob({ step: 'running', status });
    } catch (caught) {
      setError(toPasserelleError(caught));
    } finally {
      setStarting(false);
    }
  };

  const cancelExport = async (jobId: string) => {
    try {
      await api['exports.cancel']({ jobId });
    } catch (caught) {
      setError(toPasserelleError(caught));
    }
  };

  const saveExport = async (status: ExportJobStatus) => {
    setError(null);
    try {
      const delivery = await api['exports.save']({ jobId: status.jobId });
      if (delivery.delivery === 'download') {
        offerDownload(delivery.url, status.fileName);
        setJob({ step: 'ready', status, note: t('exportDialog.downloaded', { fileName: status.fileName }) });
      } else if (delivery.delivery === 'saved') {
        setJob({ step: 'ready', status, note: t('exportDialog.saved', { path: delivery.path }) });
      } else {
        setJob({ step: 'ready', status, note: t('exportDialog.notSaved') });
      }
    } catch (caught) {
      setError(toPasserelleError(caught));
    }
  };

  // Closing stops a running export, and drops a written one the server would otherwise keep for
  // a while (one already saved is gone, so that answer is ignored).
  const close = () => {
    if (job?.step === 'running' || job?.step === 'ready') {
      api['exports.cancel']({ jobId: job.status.jobId }).catch(() => {});
    }
    onClose();
  };

  const running = job?.step === 'running';
  const toggleColumn = (column: GlossaryTableColumn, on: boolean) => {
    if (tableFormat === null) return;
    const chosen = new Set(columns[tableFormat]);
    if (on) chosen.add(column);
    else chosen.delete(column);
    if (chosen.size === 0) return;
    setColumns({ ...columns, [tableFormat]: glossaryTableColumns.filter((name) => chosen.has(name)) });
  };

  return (
    <ModalDialog
      title={t('exportDialog.title')}
      onClose={close}
      actions={
        <>
          {job?.step === 'running' && (
            <button type="button" className="button" onClick={() => void cancelExport(job.status.jobId)}>
              {t('exportDialog.cancel')}
            </button>
          )}
          {job?.step === 'ready' && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void saveExport(job.status)}
            >
              {t('exportDialog.save')}
            </button>
          )}
          {job?.step !== 'running' && (
            <button
              type="button"
              className={job?.step === 'ready' ? 'button' : 'button button-primary'}
              onClick={() => void startExport()}
              disabled={starting}
            >
              {t('exportDialog.export')}
            </button>
          )}
          <button type="button" className="button" onClick={close}>
            {t('exportDialog.close')}
          </button>
        </>
      }
    >
      <div className="export-dialog">
        <fieldset className="export-fieldset" disabled={running}>
          <legend>{t('exportDialog.kind')}</legend>
          {(['glossary', 'dataset', 'claims'] as const).map((option) => (
            <label key={option} className="export-choice">
              <input
                type="radio"
                name="export-kind"
                value={option}
                checked={kind === option}
                onChange={() => {
                  setKind(option);
                  setJob(null);
                }}
              />
              {t(`exportDialog.kindName.${option}`)}
            </label>
          ))}
        </fieldset>

        <fieldset className="export-fieldset" disabled={running}>
          <label className="export-field">
            <span>{t('exportDialog.format')}</span>
            <select
              value={format}
              aria-describedby={hintId}
              onChange={(event) => {
                const chosen = event.target.value;
                if (kind === 'glossary') {
                  const known = glossaryExportFormats.find((name) => name === chosen);
                  if (known) setGlossaryFormat(known);
                } else if (kind === 'dataset') {
                  const known = datasetExportFormats.find((name) => name === chosen);
                  if (known) setDatasetFormat(known);
                } else {
                  const known = claimExportFormats.find((name) => name === chosen);
                  if (known) setClaimFormat(known);
                }
                setJob(null);
              }}
            >
              {(kind === 'glossary'
                ? glossaryExportFormats
                : kind === 'dataset'
                  ? datasetExportFormats
                  : claimExportFormats
              ).map((option) => (
                <option key={option} value={option}>
                  {t(`exportDialog.${formatKey}Name.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <p id={hintId} className="export-hint">
            {t(`exportDialog.${formatKey}Hint.${format}`)}
          </p>
          {offersDialect && (
            <label className="export-field">
              <span>{t('exportDialect.label')}</span>
              <select
                value={dialect}
                onChange={(event) => {
                  const chosen = event.target.value;
                  if (!isCsvDialect(chosen)) return;
                  setDialect(chosen);
                  storeCsvDialect(chosen);
                  setJob(null);
                }}
              >
                {csvDialects.map((option) => (
                  <option key={option} value={option}>
                    {t(`exportDialect.name.${option}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {tableFormat !== null && (
            <fieldset className="export-fieldset export-columns">
              <legend>{t('exportDialog.columns')}</legend>
              {glossaryTableColumns.map((column) => (
                <label key={column} className="export-choice">
                  <input
                    type="checkbox"
                    checked={columns[tableFormat].includes(column)}
                    onChange={(event) => {
                      toggleColumn(column, event.target.checked);
                      setJob(null);
                    }}
                  />
                  <code>{column}</code>
                </label>
              ))}
            </fieldset>
          )}
        </fieldset>

        <fieldset className="export-fieldset" disabled={running}>
          <legend>{t('exportDialog.scope')}</legend>
          {kind === 'glossary' && (
            <label className="export-choice">
              <input
                type="checkbox"
                checked={approvedOnly}
                onChange={(event) => {
                  setApprovedOnly(event.target.checked);
                  setJob(null);
                }}
              />
              {t('exportDialog.approvedOnly')}
            </label>
          )}
          {articleId !== undefined && (
            <label className="export-field">
              <span>{t('exportDialog.articles')}</span>
              <select
                value={onlyThisArticle ? 'this' : 'all'}
                onChange={(event) => {
                  setOnlyThisArticle(event.target.value === 'this');
                  setJob(null);
                }}
              >
                <option value="all">{t('exportDialog.allArticles')}</option>
                <option value="this">{t('exportDialog.thisArticle')}</option>
              </select>
            </label>
          )}
          {kind !== 'claims' && labels.length > 0 && (
            <fieldset className="export-fieldset export-labels">
              <legend>{t('exportDialog.labels')}</legend>
              {labels.map((label) => (
                <label key={label.key} className="export-choice">
                  <input
                    type="checkbox"
                    checked={!excludedLabels.has(label.key)}
                    onChange={(event) => {
                      const next = new Set(excludedLabels);
                      if (event.target.checked) next.delete(label.key);
                      else next.add(label.key);
                      if (next.size < labels.length) setExcludedLabels(next);
                      setJob(null);
                    }}
                  />
                  {labelName(label, i18n.language)}
                </label>
              ))}
            </fieldset>
          )}
          {kind !== 'claims' && (
            <label className="export-choice">
              <input
                type="checkbox"
                checked={privacy}
                onChange={(event) => {
                  setPrivacy(event.target.checked);
                  setJob(null);
                }}
              />
              {t('exportDialog.privacy')}
            </label>
          )}
          {kind !== 'claims' && privacy && preview && preview.leftOut.length > 0 && (
            <div className="export-left-out">
              <p id={`${hintId}-left-out`}>{t('exportDialog.leavesOut')}</p>
              <ul aria-labelledby={`${hintId}-left-out`}>
                {preview.leftOut.map((item) => (
                  <li key={item.key}>{t(`exportDialog.leftOut.${item.key}`, { count: item.count })}</li>
                ))}
              </ul>
            </div>
          )}
        </fieldset>

        <section className="export-preview" aria-labelledby={`${hintId}-preview`}>
          <h3 id={`${hintId}-preview`}>{t('exportDialog.preview')}</h3>
          {preview === null ? (
            <p>{t('exportDialog.previewLoading')}</p>
          ) : (
            <>
              <p className="export-counts">
                {preview.fileName} ·{' '}
                {preview.counts.kind === 'glossary'
                  ? t('exportDialog.countEntries', { count: preview.counts.entries })
                  : preview.counts.kind === 'claims'
                    ? t('exportDialog.countClaims', { count: preview.counts.claims })
                    : t('exportDialog.countDataset', {
                        articles: t('exportDialog.countArticles', { count: preview.counts.articles }),
                        spans: t('exportDialog.countSpans', { count: preview.counts.spans }),
                      })}
              </p>
              {preview.counts.kind === 'claims' && preview.counts.format === 'claimreview' && (
                <ClaimReviewShortfall
                  incomplete={preview.counts.incomplete}
                  unrated={preview.counts.unrated}
                  labelId={`${hintId}-incomplete`}
                />
              )}
              <pre
                className="export-preview-lines"
                tabIndex={0}
                aria-label={t('exportDialog.previewLabel', { fileName: preview.fileName })}
              >
                {preview.lines.length === 0
                  ? t('exportDialog.previewEmpty')
                  : [...preview.lines, ...(preview.more ? [t('exportDialog.previewMore')] : [])].join('\n')}
              </pre>
            </>
          )}
        </section>

        {job?.step === 'running' && (
          <div className="export-progress">
            <progress
              aria-label={t('exportDialog.progress')}
              max={Math.max(1, job.status.total)}
              value={job.status.done}
              aria-valuemin={0}
              aria-valuemax={Math.max(1, job.status.total)}
              aria-valuenow={job.status.done}
            />
            <p role="status">
              {t('exportDialog.running', {
                fileName: job.status.fileName,
                done: job.status.done,
                total: job.status.total,
              })}
            </p>
          </div>
        )}
        {job?.step === 'ready' && (
          <p role="status" className="export-status">
            {job.note ?? t('exportDialog.ready', { fileName: job.status.fileName })}
          </p>
        )}
        {job?.step === 'cancelled' && (
          <p role="status" className="export-status">
            {t('exportDialog.cancelled')}
          </p>
        )}
        {error && (
          <p className="inline-error" role="alert">
            {t('export.failed', { reason: errorMessage(error) })}
          </p>
        )}
      </div>
    </ModalDialog>
  );
}

/// The claims a ClaimReview export leaves out: each rated claim it cannot publish, with what it
/// lacks, and how many have no rating to publish.
function ClaimReviewShortfall({
  incomplete,
  unrated,
  labelId,
}: {
  readonly incomplete: Extract<ExportPreview['counts'], { format: 'claimreview' }>['incomplete'];
  readonly unrated: number;
  readonly labelId: string;
}) {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const gapText = (gap: ClaimReviewGap) => t(`exportDialog.claimGap.${gap}`);
  return (
    <>
      {incomplete.length > 0 && (
        <div className="export-left-out">
          <p id={labelId}>{t('exportDialog.incompleteClaims', { count: incomplete.length })}</p>
          <ul aria-labelledby={labelId}>
            {incomplete.map((claim) => (
              <li key={claim.annotationId}>
                {t('exportDialog.incompleteClaim', {
                  quote: claim.quote,
                  missing: list.format(claim.missing.map(gapText)),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {unrated > 0 && <p className="export-hint">{t('exportDialog.unratedClaims', { count: unrated })}</p>}
    </>
  );
}
