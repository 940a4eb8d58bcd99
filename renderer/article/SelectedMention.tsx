import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, GlossaryEntry } from '../../shared/domain';
import { entityWords } from '../../shared/matching/snapSpan';
import { api } from '../app/api';
import { labelName } from '../labels/labelName';
import { routeHref } from '../app/route';
import type { ArticleWorkActions } from './useArticleWork';
import { useWorkspaceLabels } from '../app/workspaceLabelsContext';

const newEntry = 'new';
const notLinked = 'none';

/// The selected mention in the side panel: its label, the glossary entry it is linked to (with
/// the other candidate entries, a new entry or none to choose from), the other annotations over
/// the same text, "annotate all occurrences" and delete.
export function SelectedMention({
  annotation,
  annotations,
  glossary,
  actions,
  onSelect,
}: {
  readonly annotation: Annotation;
  readonly annotations: readonly Annotation[];
  readonly glossary: readonly GlossaryEntry[];
  readonly actions: ArticleWorkActions;
  readonly onSelect: (id: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const { labels } = useWorkspaceLabels();
  const labelId = useId();
  const entryFieldId = useId();
  const [candidates, setCandidates] = useState<readonly GlossaryEntry[]>([]);
  const [added, setAdded] = useState<number | null>(null);
  const linked = glossary.find((entry) => entry.id === annotation.glossaryEntryId);
  const { articleId, start, end, label, glossaryEntryId } = annotation;

  useEffect(() => {
    let current = true;
    api['glossary.candidates']({ articleId, start, end }).then(
      (found) => {
        if (current) setCandidates(found);
      },
      () => {
        if (current) setCandidates([]);
      },
    );
    return () => {
      current = false;
    };
  }, [articleId, start, end, label, glossaryEntryId]);

  const choices = [...(linked ? [linked] : []), ...candidates.filter((entry) => entry.id !== linked?.id)];
  const overlapping = annotations.filter(
    (other) => other.id !== annotation.id && other.start < annotation.end && annotation.start < other.end,
  );
  const nameOf = (key: string) => {
    const found = labels.find((known) => known.key === key);
    return found ? labelName(found, i18n.resolvedLanguage) : key;
  };
  const entryOption = (entry: GlossaryEntry) =>
    entry.englishTerm
      ? t('mentions.entryOptionEnglish', {
          french: entry.frenchTerm,
          english: entry.englishTerm,
          label: nameOf(entry.label),
        })
      : t('mentions.entryOption', { french: entry.frenchTerm, label: nameOf(entry.label) });

  return (
    <section className="selected-mention" aria-labelledby={`${labelId}-title`}>
      <h3 id={`${labelId}-title`} className="selected-mention-title">
        <span className="visually-hidden">{t('mentions.selected')} </span>
        <span className={`mention-quote label-${annotation.label}`} lang="fr">
          {annotation.quote}
        </span>
      </h3>
      <div className="field-row">
        <label htmlFor={labelId}>{t('mentions.label')}</label>
        <select
          id={labelId}
          value={annotation.label}
          onChange={(event) => void actions.relabel(annotation.id, event.target.value)}
        >
          {labels.map((known) => (
            <option key={known.key} value={known.key}>
              {labelName(known, i18n.resolvedLanguage)}
              {known.shortcut ? ` (${known.shortcut})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <label htmlFor={entryFieldId}>{t('mentions.linkedTo')}</label>
        <select
          id={entryFieldId}
          value={annotation.glossaryEntryId === null ? notLinked : String(annotation.glossaryEntryId)}
          onChange={(event) => {
            const value = event.target.value;
            if (value === newEntry) void actions.linkToNewEntry(annotation.id);
            else if (value === notLinked) void actions.link(annotation.id, null);
            else void actions.link(annotation.id, Number(value));
          }}
        >
          {choices.map((entry) => (
            <option key={entry.id} value={String(entry.id)}>
              {entryOption(entry)}
            </option>
          ))}
          <option value={newEntry}>
            {t('mentions.newEntry', { term: entityWords(annotation.quote, 0, annotation.quote.length) })}
          </option>
          <option value={notLinked}>{t('mentions.notLinked')}</option>
        </select>
      </div>
      {overlapping.length > 0 && (
        <div className="overlapping">
          <span className="muted">{t('mentions.overlapping')}</span>
          {overlapping.map((other) => (
            <button key={other.id} type="button" className="link-button" onClick={() => onSelect(other.id)}>
              <span className={`swatch label-${other.label}`} aria-hidden="true" />
              <span lang="fr">{other.quote}</span>
            </button>
          ))}
        </div>
      )}
      <div className="selected-mention-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => void actions.annotateAll(annotation.id).then(setAdded)}
        >
          {t('mentions.annotateAll')}
        </button>
        {linked && (
          <a
            className="button button-small button-quiet"
            href={routeHref({ screen: 'glossary', entryId: linked.id })}
          >
            {t('mentions.openEntry')}
          </a>
        )}
        <button
          type="button"
          className="button button-small button-quiet button-danger-quiet"
          onClick={() => void actions.remove(annotation.id)}
        >
          {t('mentions.delete')}
        </button>
      </div>
      {annotation.author !== null && (
        <p className="muted small">{t('author.addedBy', { name: annotation.author })}</p>
      )}
      <p className="muted small" role="status">
        {added !== null ? t('mentions.annotatedAll', { count: added }) : ''}
      </p>
    </section>
  );
}
