import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { claimantLabels } from '../../shared/claims/claimFields';
import type { Claimant, GlossaryEntry } from '../../shared/domain';
import type { ClaimChange } from './useArticleClaims';
import { useSavedText } from './useSavedText';

/// A label a claimant entry may have.
type ClaimantLabel = (typeof claimantLabels)[number];

const nobody = 'none';
const unattributed = 'unattributed';

/// The claimant of a claim: a Person or Organisation glossary entry, an unnamed source described
/// in words (saved after a pause in typing), or nobody; while nobody is recorded, the names an
/// attribution near the claim points at (`offers`), or any name typed, can be made a new entry
/// on the spot.
export function ClaimantField({
  claimant,
  glossary,
  offers,
  onSave,
  onCreateClaimant,
}: {
  readonly claimant: Claimant;
  readonly glossary: readonly GlossaryEntry[];
  readonly offers: readonly string[];
  readonly onSave: (change: ClaimChange) => void;
  readonly onCreateClaimant: (name: string, label: ClaimantLabel) => void;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  const descriptionId = useId();
  const newNameId = useId();
  const [newName, setNewName] = useState('');
  // "Unattributed" chosen but not described yet: nothing to store until there are words.
  const [describing, setDescribing] = useState(false);
  const description = useSavedText(claimant.kind === 'unattributed' ? claimant.description : '', (text) => {
    if (text.trim() !== '') onSave({ claimant: { kind: 'unattributed', description: text.trim() } });
  });
  const entries = glossary.filter((entry) => (claimantLabels as readonly string[]).includes(entry.label));
  const linked = claimant.kind === 'entry' && !entries.some((entry) => entry.id === claimant.entryId);
  const shown = describing
    ? unattributed
    : claimant.kind === 'entry'
      ? String(claimant.entryId)
      : claimant.kind;

  return (
    <div className="claim-field">
      <label htmlFor={selectId}>{t('claims.claimant')}</label>
      <select
        id={selectId}
        value={shown}
        onChange={(event) => {
          const value = event.target.value;
          setDescribing(value === unattributed && claimant.kind !== 'unattributed');
          if (value === nobody) onSave({ claimant: { kind: 'none' } });
          else if (value !== unattributed) onSave({ claimant: { kind: 'entry', entryId: Number(value) } });
        }}
      >
        <option value={nobody}>{t('claims.claimantNone')}</option>
        <option value={unattributed}>{t('claims.claimantUnattributed')}</option>
        {linked && <option value={String(claimant.entryId)}>{claimant.frenchTerm}</option>}
        {entries.map((entry) => (
          <option key={entry.id} value={String(entry.id)}>
            {entry.frenchTerm}
          </option>
        ))}
      </select>
      {shown === unattributed && (
        <>
          <label htmlFor={descriptionId}>{t('claims.claimantDescription')}</label>
          <input
            id={descriptionId}
            type="text"
            lang="fr"
            value={description.value}
            placeholder={t('claims.claimantDescriptionPlaceholder')}
            onChange={(event) => description.change(event.target.value)}
            onBlur={description.flush}
          />
        </>
      )}
      {shown === nobody &&
        offers.map((name) => (
          <p key={name} className="claimant-offer">
            <span>{t('claims.namedNearby', { name })}</span>
            {claimantLabels.map((label) => (
              <button
                key={label}
                type="button"
                className="button button-small button-quiet"
                onClick={() => onCreateClaimant(name, label)}
              >
                {t(`claims.newClaimant.${label}`)}
              </button>
            ))}
          </p>
        ))}
      {shown === nobody && (
        <div className="claimant-new" role="group" aria-labelledby={newNameId}>
          <label htmlFor={`${newNameId}-input`} id={newNameId}>
            {t('claims.newClaimantName')}
          </label>
          <input
            id={`${newNameId}-input`}
            type="text"
            lang="fr"
            value={newName}
            onChange={(event) => setNewName(event.target.value)}
          />
          {claimantLabels.map((label) => (
            <button
              key={label}
              type="button"
              className="button button-small button-quiet"
              disabled={newName.trim() === ''}
              onClick={() => {
                onCreateClaimant(newName.trim(), label);
                setNewName('');
              }}
            >
              {t(`claims.newClaimant.${label}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
