import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryDecision, GlossaryEntry, GlossaryStatus } from '../../shared/domain';
import { api } from '../app/api';
import { labelName } from '../labels/labelName';
import { useSaveTracker } from '../app/saveTrackerContext';
import { useWorkspaceLabels } from '../app/workspaceLabelsContext';
import { glossaryDecisions, glossaryStatuses } from '../../shared/domain';

/// How long typing may pause before the English term is saved.
const saveDelayMs = 400;

/// One entity of the side panel: French term (click to show it in the text), label, mentions,
/// the English term (saved after a pause in typing, on Enter and on leaving the field), the
/// decision and status, and "annotate all occurrences".
export function EntityRow({
  entry,
  mentions,
  selected,
  onShow,
  onSaved,
  onAnnotateAll,
}: {
  readonly entry: GlossaryEntry;
  readonly mentions: number;
  readonly selected: boolean;
  /// Shows the entry's next mention in the text (its first, unless one of its mentions is selected).
  readonly onShow: (entryId: number) => void;
  readonly onSaved: (entry: GlossaryEntry) => void;
  readonly onAnnotateAll: (entryId: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const { labels } = useWorkspaceLabels();
  const inputId = useId();
  const saveTracker = useSaveTracker();
  const [englishTerm, setEnglishTerm] = useState(entry.englishTerm);
  const stored = useRef(entry.englishTerm);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ englishTerm, onSaved });
  useEffect(() => {
    latest.current = { englishTerm, onSaved };
  });

  // Undo, redo or an edit elsewhere changed the stored term: show it unless the user is typing.
  useEffect(() => {
    if (timer.current === null && entry.englishTerm !== stored.current) {
      stored.current = entry.englishTerm;
      setEnglishTerm(entry.englishTerm);
    }
  }, [entry.englishTerm]);

  const save = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const term = latest.current.englishTerm.trim();
    if (term === stored.current) return;
    const previous = stored.current;
    stored.current = term;
    saveTracker.track(api['glossary.update']({ id: entry.id, englishTerm: term })).then(
      (saved) => latest.current.onSaved(saved),
      () => {
        // Not stored: let the next blur or Enter try again.
        stored.current = previous;
      },
    );
  }, [entry.id, saveTracker]);

  const saveField = (fields: { decision?: GlossaryDecision; status?: GlossaryStatus }) => {
    saveTracker.track(api['glossary.update']({ id: entry.id, ...fields })).then(
      (saved) => latest.current.onSaved(saved),
      () => {
        // The save indicator shows why; the select shows the stored value again.
      },
    );
  };

  // Leaving the article must not lose a term typed less than a pause ago.
  useEffect(
    () => () => {
      if (timer.current !== null) save();
    },
    [save],
  );

  const label = labels.find((known) => known.key === entry.label);
  return (
    <li className={`entity-row${selected ? ' is-selected' : ''}`}>
      <div className="entity-row-head">
        <button
          type="button"
          className="entity-term"
          lang="fr"
          title={t('entities.showMention', { term: entry.frenchTerm })}
          onClick={() => onShow(entry.id)}
        >
          {entry.frenchTerm}
        </button>
        <span className={`label-chip label-${entry.label}`}>
          <span className="swatch" aria-hidden="true" />
          {label ? labelName(label, i18n.resolvedLanguage) : entry.label}
        </span>
        <span className="entity-mentions">{t('entities.mentions', { count: mentions })}</span>
      </div>
      <label className="visually-hidden" htmlFor={inputId}>
        {t('entities.englishTerm', { term: entry.frenchTerm })}
      </label>
      <input
        id={inputId}
        className="english-term"
        type="text"
        lang="en"
        autoComplete="off"
        spellCheck
        placeholder={t('entities.englishPlaceholder')}
        value={englishTerm}
        onChange={(event) => {
          setEnglishTerm(event.target.value);
          if (timer.current !== null) clearTimeout(timer.current);
          timer.current = setTimeout(save, saveDelayMs);
        }}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') save();
        }}
      />
      <div className="entity-row-fields">
        <select
          aria-label={t('entities.decisionFor', { term: entry.frenchTerm })}
          value={entry.decision}
          onChange={(event) => {
            const decision = glossaryDecisions.find((known) => known === event.target.value);
            if (decision) saveField({ decision });
          }}
        >
          {glossaryDecisions.map((decision) => (
            <option key={decision} value={decision}>
              {t(`glossary.decision.${decision}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('entities.statusFor', { term: entry.frenchTerm })}
          value={entry.status}
          onChange={(event) => {
            const status = glossaryStatuses.find((known) => known === event.target.value);
            if (status) saveField({ status });
          }}
        >
          {glossaryStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`glossary.status.${status}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="link-button"
          aria-label={t('entities.annotateAllFor', { term: entry.frenchTerm })}
          onClick={() => onAnnotateAll(entry.id)}
        >
          {t('entities.annotateAll')}
        </button>
      </div>
    </li>
  );
}
