import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../shared/contract';
import type { GlossaryEntry } from '../../shared/domain';
import { toPasserelleError } from '../../shared/errors';
import { labelName } from '../labels/labelName';
import { formatTermList, isWikidataId, parseTermList } from './termList';
import { useErrorMessage } from '../ui/useErrorMessage';
import { useWorkspaceLabels } from '../app/workspaceLabelsContext';
import { glossaryDecisions, glossaryStatuses } from '../../shared/domain';

type EntryFields = Omit<OperationInput<'glossary.update'>, 'id'>;

/// The fields of a glossary entry, edited in place: text fields are saved when left (or on
/// Enter), selects as soon as they change; a Wikidata id that is not `Q` and digits is refused
/// with a message, and nothing is saved until it is fixed. When the stored entry changes (a save,
/// undo, a merge), only the fields whose stored value changed are refreshed: the field being
/// typed in keeps its text and its focus.
export function GlossaryEntryForm({
  entry,
  onSave,
}: {
  readonly entry: GlossaryEntry;
  readonly onSave: (fields: EntryFields) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const { labels } = useWorkspaceLabels();
  const id = useId();
  const [frenchTerm, setFrenchTerm] = useState(entry.frenchTerm);
  const [frenchVariants, setFrenchVariants] = useState(formatTermList(entry.frenchVariants));
  const [englishTerm, setEnglishTerm] = useState(entry.englishTerm);
  const [englishAvoid, setEnglishAvoid] = useState(formatTermList(entry.englishAvoid));
  const [note, setNote] = useState(entry.note);
  const [wikidataId, setWikidataId] = useState(entry.wikidataId);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(entry);
  if (entry !== shown) {
    setShown(entry);
    if (entry.frenchTerm !== shown.frenchTerm) setFrenchTerm(entry.frenchTerm);
    if (formatTermList(entry.frenchVariants) !== formatTermList(shown.frenchVariants))
      setFrenchVariants(formatTermList(entry.frenchVariants));
    if (entry.englishTerm !== shown.englishTerm) setEnglishTerm(entry.englishTerm);
    if (formatTermList(entry.englishAvoid) !== formatTermList(shown.englishAvoid))
      setEnglishAvoid(formatTermList(entry.englishAvoid));
    if (entry.note !== shown.note) setNote(entry.note);
    if (entry.wikidataId !== shown.wikidataId) setWikidataId(entry.wikidataId);
  }
  const wikidataValid = isWikidataId(wikidataId);

  const save = (fields: EntryFields) => {
    onSave(fields).then(
      () => setError(null),
      (failure: unknown) => setError(errorMessage(toPasserelleError(failure))),
    );
  };
  const saveOnEnter = (commit: () => void) => (event: KeyboardEvent) => {
    if (event.key === 'Enter') commit();
  };
  const commitFrenchTerm = () => {
    if (frenchTerm.trim() && frenchTerm.trim() !== entry.frenchTerm) save({ frenchTerm: frenchTerm.trim() });
  };
  const commitEnglishTerm = () => {
    if (englishTerm.trim() !== entry.englishTerm) save({ englishTerm: englishTerm.trim() });
  };
  const commitList = (field: 'frenchVariants' | 'englishAvoid', typed: string) => {
    const terms = parseTermList(typed);
    if (formatTermList(terms) !== formatTermList(entry[field])) save({ [field]: terms });
  };
  const commitWikidata = () => {
    if (wikidataValid && wikidataId.trim() !== entry.wikidataId) save({ wikidataId: wikidataId.trim() });
  };

  return (
    <div className="entry-form">
      <div className="entry-field">
        <label htmlFor={`${id}-fr`}>{t('glossary.field.frenchTerm')}</label>
        <input
          id={`${id}-fr`}
          type="text"
          lang="fr"
          value={frenchTerm}
          onChange={(event) => setFrenchTerm(event.target.value)}
          onBlur={commitFrenchTerm}
          onKeyDown={saveOnEnter(commitFrenchTerm)}
        />
      </div>
      <div className="entry-field">
        <label htmlFor={`${id}-frv`}>{t('glossary.field.frenchVariants')}</label>
        <input
          id={`${id}-frv`}
          type="text"
          lang="fr"
          aria-describedby={`${id}-comma`}
          value={frenchVariants}
          onChange={(event) => setFrenchVariants(event.target.value)}
          onBlur={() => commitList('frenchVariants', frenchVariants)}
          onKeyDown={saveOnEnter(() => commitList('frenchVariants', frenchVariants))}
        />
      </div>
      <div className="entry-field">
        <label htmlFor={`${id}-en`}>{t('glossary.field.englishTerm')}</label>
        <input
          id={`${id}-en`}
          type="text"
          lang="en"
          value={englishTerm}
          onChange={(event) => setEnglishTerm(event.target.value)}
          onBlur={commitEnglishTerm}
          onKeyDown={saveOnEnter(commitEnglishTerm)}
        />
      </div>
      <div className="entry-field">
        <label htmlFor={`${id}-avoid`}>{t('glossary.field.englishAvoid')}</label>
        <input
          id={`${id}-avoid`}
          type="text"
          lang="en"
          aria-describedby={`${id}-comma`}
          value={englishAvoid}
          onChange={(event) => setEnglishAvoid(event.target.value)}
          onBlur={() => commitList('englishAvoid', englishAvoid)}
          onKeyDown={saveOnEnter(() => commitList('englishAvoid', englishAvoid))}
        />
        <p id={`${id}-comma`} className="entry-hint">
          {t('glossary.commaHint')}
        </p>
      </div>
      <div className="entry-row">
        <div className="entry-field">
          <label htmlFor={`${id}-label`}>{t('glossary.field.label')}</label>
          <select
            id={`${id}-label`}
            value={entry.label}
            onChange={(event) => save({ label: event.target.value })}
          >
            {labels.map((label) => (
              <option key={label.key} value={label.key}>
                {labelName(label, i18n.resolvedLanguage)}
              </option>
            ))}
          </select>
        </div>
        <div className="entry-field">
          <label htmlFor={`${id}-decision`}>{t('glossary.field.decision')}</label>
          <select
            id={`${id}-decision`}
            value={entry.decision}
            onChange={(event) => {
              const decision = glossaryDecisions.find((known) => known === event.target.value);
              if (decision) save({ decision });
            }}
          >
            {glossaryDecisions.map((decision) => (
              <option key={decision} value={decision}>
                {t(`glossary.decision.${decision}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="entry-field">
          <label htmlFor={`${id}-status`}>{t('glossary.field.status')}</label>
          <select
            id={`${id}-status`}
            value={entry.status}
            onChange={(event) => {
              const status = glossaryStatuses.find((known) => known === event.target.value);
              if (status) save({ status });
            }}
          >
            {glossaryStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`glossary.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="entry-field">
        <label htmlFor={`${id}-wikidata`}>{t('glossary.field.wikidataId')}</label>
        <input
          id={`${id}-wikidata`}
          type="text"
          className="wikidata-input"
          spellCheck={false}
          placeholder="Q90"
          aria-invalid={!wikidataValid}
          aria-describedby={wikidataValid ? undefined : `${id}-wikidata-error`}
          value={wikidataId}
          onChange={(event) => setWikidataId(event.target.value)}
          onBlur={commitWikidata}
          onKeyDown={saveOnEnter(commitWikidata)}
        />
        {!wikidataValid && (
          <p id={`${id}-wikidata-error`} className="entry-error" role="alert">
            {t('glossary.wikidataInvalid')}
          </p>
        )}
      </div>
      <div className="entry-field">
        <label htmlFor={`${id}-note`}>{t('glossary.field.note')}</label>
        <textarea
          id={`${id}-note`}
          lang="en"
          rows={3}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          onBlur={() => {
            if (note !== entry.note) save({ note });
          }}
        />
      </div>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
