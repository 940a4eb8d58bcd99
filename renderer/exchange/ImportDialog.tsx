import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary, OperationInput } from '../../shared/contract';
import { PasserelleError, toPasserelleError } from '../../shared/errors';
import {
  datasetImportFormats,
  glossaryImportFormats,
  importConflictDecisions,
  type ImportConflictDecision,
} from '../../shared/exchangeImportFormats';
import { maxExchangeImportBytes } from '../../shared/limits';
import { api } from '../app/api';
import { useHistory } from '../app/historyContext';
import { useSaveTracker } from '../app/saveTrackerContext';
import { useWorkspaceLabels } from '../app/workspaceLabelsContext';
import { labelName } from '../labels/labelName';
import { ModalDialog } from '../ui/ModalDialog';
import { useErrorMessage } from '../ui/useErrorMessage';
import { ImportCounts } from './ImportCounts';
import { LabelMappingField } from './LabelMappingField';
import './importDialog.css';

type ImportKind = OperationInput<'imports.inspect'>['kind'];

/// The file the user chose, read as text.
interface ChosenFile {
  readonly name: string;
  readonly content: string;
}

const acceptedExtensions: Readonly<Record<ImportKind, string>> = {
  glossary: '.csv,.tsv,.txt,.tab,.tbx,.xml',
  dataset: '.jsonl,.json,.txt',
};

const megabyte = 1024 * 1024;

/// The Import dialog for glossaries and datasets: choose what the file holds and the file; the
/// dialog inspects it (a dry run of the import) and shows its format and what importing does;
/// settle each glossary conflict (keep mine, take theirs, keep both as variants, or one choice
/// for all) and create or map the labels the workspace lacks; import as one undo step; then a
/// report with the lines of what was skipped.
export function ImportDialog({ onClose }: { readonly onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const saveTracker = useSaveTracker();
  const history = useHistory();
  const workspaceLabels = useWorkspaceLabels();
  const fileInputId = useId();
  const formatId = useId();
  const [kind, setKind] = useState<ImportKind>('glossary');
  const [format, setFormat] = useState('');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [inspected, setInspected] = useState<ImportSummary | null>(null);
  const [inspecting, setInspecting] = useState(false);
  const [decisions, setDecisions] = useState<Readonly<Record<string, ImportConflictDecision>>>({});
  const [mapping, setMapping] = useState<Readonly<Record<string, string>>>({});
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<PasserelleError | null>(null);
  // Counts inspections, so only the answer to the latest one is shown.
  const inspection = useRef(0);

  const request = (
    chosen: ChosenFile,
    chosenKind: ImportKind,
    chosenFormat: string,
  ): OperationInput<'imports.inspect'> =>
    chosenKind === 'glossary'
      ? {
          kind: chosenKind,
          fileName: chosen.name,
          content: chosen.content,
          ...(isGlossaryFormat(chosenFormat) ? { format: chosenFormat } : {}),
        }
      : {
          kind: chosenKind,
          fileName: chosen.name,
          content: chosen.content,
          ...(isDatasetFormat(chosenFormat) ? { format: chosenFormat } : {}),
        };

  // Each file, kind or format is inspected afresh; an answer for an earlier choice is dropped.
  const inspect = (chosen: ChosenFile | null, chosenKind: ImportKind, chosenFormat: string) => {
    const ticket = ++inspection.current;
    setInspected(null);
    setError(null);
    if (chosen === null) return;
    setInspecting(true);
    api['imports.inspect'](request(chosen, chosenKind, chosenFormat)).then(
      (summary) => {
        if (ticket !== inspection.current) return;
        setInspected(summary);
        setDecisions(
          Object.fromEntries(
            summary.kind === 'glossary'
              ? summary.conflicts.map((conflict) => [conflict.key, 'keepMine'])
              : [],
          ),
        );
        setMapping(Object.fromEntries(summary.newLabels.map((name) => [name, ''])));
        setInspecting(false);
      },
      (caught: unknown) => {
        if (ticket !== inspection.current) return;
        setError(toPasserelleError(caught));
        setInspecting(false);
      },
    );
  };

  const chooseFile = async (picked: File | undefined) => {
    setFile(null);
    inspect(null, kind, format);
    if (picked === undefined) return;
    if (picked.size > maxExchangeImportBytes) {
      setError(
        new PasserelleError('too_large', `${picked.name} is over the import limit.`, {
          detail: 'file',
          fileName: picked.name,
          size: Math.ceil(picked.size / megabyte),
          limit: maxExchangeImportBytes / megabyte,
        }),
      );
      return;
    }
    let chosen: ChosenFile;
    try {
      chosen = { name: picked.name, content: await picked.text() };
    } catch (caught) {
      setError(new PasserelleError('unreadable', caught instanceof Error ? caught.message : String(caught)));
      return;
    }
    setFile(chosen);
    inspect(chosen, kind, format);
  };

  const runImport = async () => {
    if (file === null) return;
    setBusy(true);
    setError(null);
    const labelMapping = Object.fromEntries(Object.entries(mapping).filter(([, key]) => key !== ''));
    try {
      const summary = await saveTracker.track(
        api['imports.run']({ ...request(file, kind, format), decisions, labelMapping }),
      );
      setReport(summary);
      // New labels, articles and glossary entries: every view showing them reads them again.
      void workspaceLabels.reload();
      await history.changed(summary.kind === 'dataset' ? summary.articleIds : []);
    } catch (caught) {
      setError(toPasserelleError(caught));
    } finally {
      setBusy(false);
    }
  };

  const formats: readonly string[] = kind === 'glossary' ? glossaryImportFormats : datasetImportFormats;
  const conflicts = inspected?.kind === 'glossary' ? inspected.conflicts : [];
  const shown = report ?? inspected;

  return (
    <ModalDialog
      title={t('importDialog.title')}
      onClose={onClose}
      actions={
        report ? (
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('importDialog.close')}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              {t('importDialog.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={inspected === null || busy}
              onClick={() => void runImport()}
            >
              {busy ? t('importDialog.importing') : t('importDialog.import')}
            </button>
          </>
        )
      }
    >
      {!report && (
        <>
          <fieldset className="choice-group">
            <legend>{t('importDialog.kindLegend')}</legend>
            {(['glossary', 'dataset'] as const).map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="import-kind"
                  value={value}
                  checked={kind === value}
                  disabled={busy}
                  onChange={() => {
                    setKind(value);
                    setFormat('');
                    inspect(file, value, '');
                  }}
                />
                {t(`importDialog.kind.${value}`)}
              </label>
            ))}
          </fieldset>
          <div className="import-fields">
            <label htmlFor={fileInputId}>{t('importDialog.file')}</label>
            <input
              id={fileInputId}
              type="file"
              accept={acceptedExtensions[kind]}
              disabled={busy}
              onChange={(event) => void chooseFile(event.currentTarget.files?.[0])}
            />
            <label htmlFor={formatId}>{t('importDialog.format')}</label>
            <select
              id={formatId}
              value={format}
              disabled={busy}
              onChange={(event) => {
                const chosenFormat = event.currentTarget.value;
                setFormat(chosenFormat);
                inspect(file, kind, chosenFormat);
              }}
            >
              <option value="">{t('importDialog.formatAuto')}</option>
              {formats.map((value) => (
                <option key={value} value={value}>
                  {t(`importDialog.formats.${value}`)}
                </option>
              ))}
            </select>
          </div>
          {inspecting && file && (
            <p role="status" className="modal-message">
              {t('importDialog.reading', { fileName: file.name })}
            </p>
          )}
        </>
      )}
      {shown && (
        <section className="import-section" aria-labelledby={`${formatId}-summary`}>
          <h3 id={`${formatId}-summary`}>
            {report
              ? t('importDialog.reportHeading', { fileName: report.fileName })
              : t('importDialog.summaryHeading', { fileName: shown.fileName })}
          </h3>
          <ImportCounts summary={shown} />
          {shown.kind === 'dataset' && shown.problems.length > 0 && (
            <>
              <h4>{t('importDialog.problemsHeading')}</h4>
              <ul className="import-problems">
                {shown.problems.map((problem, index) => (
                  <li key={index}>{t('importDialog.problem', problem)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {!report && conflicts.length > 0 && (
        <section className="import-section" aria-labelledby={`${formatId}-conflicts`}>
          <h3 id={`${formatId}-conflicts`}>{t('importDialog.conflictsHeading')}</h3>
          <p className="modal-message">{t('importDialog.conflictsIntro')}</p>
          <div className="import-apply-all" role="group" aria-label={t('importDialog.applyToAllLabel')}>
            <span>{t('importDialog.applyToAll')}</span>
            {importConflictDecisions.map((decision) => (
              <button
                key={decision}
                type="button"
                className="button button-small"
                disabled={busy}
                onClick={() =>
                  setDecisions(Object.fromEntries(conflicts.map((conflict) => [conflict.key, decision])))
                }
              >
                {t(`importDialog.allDecision.${decision}`)}
              </button>
            ))}
          </div>
          <ul className="import-conflicts">
            {conflicts.map((conflict) => (
              <li key={conflict.key}>
                <fieldset className="choice-group">
                  <legend>
                    {t('importDialog.conflictLegend', {
                      frenchTerm: conflict.frenchTerm,
                      line: conflict.line,
                    })}
                  </legend>
                  {importConflictDecisions.map((decision) => (
                    <label key={decision} className="choice">
                      <input
                        type="radio"
                        name={`${formatId}-conflict-${conflict.key}`}
                        checked={(decisions[conflict.key] ?? 'keepMine') === decision}
                        disabled={busy}
                        onChange={() => setDecisions((current) => ({ ...current, [conflict.key]: decision }))}
                      />
                      {t(`importDialog.decision.${decision}`, {
                        term: decision === 'takeTheirs' ? conflict.theirs : conflict.mine,
                      })}
                    </label>
                  ))}
                </fieldset>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!report && inspected && inspected.newLabels.length > 0 && (
        <section className="import-section" aria-labelledby={`${formatId}-labels`}>
          <h3 id={`${formatId}-labels`}>{t('importDialog.labelsHeading')}</h3>
          <p className="modal-message">{t('importDialog.labelsIntro')}</p>
          <div className="import-fields">
            {inspected.newLabels.map((name) => (
              <LabelMappingField
                key={name}
                name={name}
                value={mapping[name] ?? ''}
                disabled={busy}
                options={workspaceLabels.labels.map((label) => ({
                  key: label.key,
                  name: labelName(label, i18n.resolvedLanguage),
                }))}
                onChange={(key) => setMapping((current) => ({ ...current, [name]: key }))}
              />
            ))}
          </div>
        </section>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
    </ModalDialog>
  );
}

function isGlossaryFormat(value: string): value is (typeof glossaryImportFormats)[number] {
  return (glossaryImportFormats as readonly string[]).includes(value);
}

function isDatasetFormat(value: string): value is (typeof datasetImportFormats)[number] {
  return (datasetImportFormats as readonly string[]).includes(value);
}
