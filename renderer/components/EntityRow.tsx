import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../shared/domain';
import { api } from '../api';
import { useSaveTracker } from '../saveTrackerContext';

/// How long typing may pause before the English term is saved.
const saveDelayMs = 400;

/// One entity of the side panel: French term (click to show it in the text), label, mentions,
/// and the English term, saved after a pause in typing, on Enter and on leaving the field.
export function EntityRow({
  entry,
  mentions,
  selected,
  onShow,
  onSaved,
}: {
  readonly entry: GlossaryEntry;
  readonly mentions: number;
  readonly selected: boolean;
  readonly onShow: () => void;
  readonly onSaved: (entry: GlossaryEntry) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const saveTracker = useSaveTracker();
  const [englishTerm, setEnglishTerm] = useState(entry.englishTerm);
  const stored = useRef(entry.englishTerm);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ englishTerm, onSaved });
  useEffect(() => {
    latest.current = { englishTerm, onSaved };
  });

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

  // Leaving the article must not lose a term typed less than a pause ago.
  useEffect(
    () => () => {
      if (timer.current !== null) save();
    },
    [save],
  );

  return (
    <li className={`entity-row${selected ? ' is-selected' : ''}`}>
      <div className="entity-row-head">
        <button
          type="button"
          className="entity-term"
          lang="fr"
          title={t('entities.showMention', { term: entry.frenchTerm })}
          onClick={onShow}
        >
          {entry.frenchTerm}
        </button>
        <span className={`label-chip label-${entry.label}`}>
          <span className="swatch" aria-hidden="true" />
          {t(`labels.${entry.label}`)}
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
    </li>
  );
}
