import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimEvidence } from '../../shared/domain';
import { isHttpUrl } from './httpUrl';

/// A claim's evidence links, each with its title and note and a remove button, and a small form
/// adding one (http(s) addresses only).
export function EvidenceList({
  evidence,
  onChange,
}: {
  readonly evidence: readonly ClaimEvidence[];
  readonly onChange: (evidence: readonly ClaimEvidence[]) => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [refused, setRefused] = useState(false);

  const add = () => {
    if (!isHttpUrl(url)) {
      setRefused(true);
      return;
    }
    onChange([...evidence, { url: url.trim(), title: title.trim(), note }]);
    setUrl('');
    setTitle('');
    setNote('');
    setRefused(false);
  };

  return (
    <fieldset className="claim-evidence">
      <legend>{t('claims.evidence')}</legend>
      {evidence.length > 0 && (
        <ul aria-label={t('claims.evidenceList')}>
          {evidence.map((link, index) => (
            <li key={`${index}-${link.url}`}>
              <a href={link.url} target="_blank" rel="noreferrer noopener">
                {link.title || link.url}
              </a>
              {link.note && <span className="muted small">{link.note}</span>}
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={t('claims.removeEvidence', { title: link.title || link.url })}
                onClick={() => onChange(evidence.filter((_, at) => at !== index))}
              >
                {t('claims.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${formId}-url`}>{t('claims.evidenceUrl')}</label>
      <input
        id={`${formId}-url`}
        type="url"
        value={url}
        placeholder="https://"
        aria-invalid={refused}
        aria-describedby={refused ? `${formId}-error` : undefined}
        onChange={(event) => setUrl(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') add();
        }}
      />
      <label htmlFor={`${formId}-title`}>{t('claims.evidenceTitle')}</label>
      <input
        id={`${formId}-title`}
        type="text"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <label htmlFor={`${formId}-note`}>{t('claims.evidenceNote')}</label>
      <input
        id={`${formId}-note`}
        type="text"
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      {refused && (
        <p id={`${formId}-error`} className="inline-error" role="alert">
          {t('claims.httpOnly')}
        </p>
      )}
      <button type="button" className="button button-small" onClick={add}>
        {t('claims.addEvidence')}
      </button>
    </fieldset>
  );
}
