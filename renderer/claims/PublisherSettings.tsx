import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { useSaveTracker } from '../app/saveTrackerContext';
import { isHttpUrl } from './httpUrl';

/// The workspace's publisher (name and home page), the author of every published ClaimReview.
export function PublisherSettings() {
  const { t } = useTranslation();
  const id = useId();
  const saveTracker = useSaveTracker();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api['workspace.info']({}).then(
      (info) => {
        if (!current || !info.publisher) return;
        setName(info.publisher.name);
        setUrl(info.publisher.url);
        setSaved(info.publisher.name);
      },
      () => {
        // Shown empty; saving sets it.
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const badUrl = url.trim() !== '' && !isHttpUrl(url);
  return (
    <section className="publisher-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('claims.publisher')}</h2>
      <p className="muted small">{t('claims.publisherHint')}</p>
      <form
        className="publisher-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '' || badUrl) return;
          saveTracker.track(api['workspace.setPublisher']({ name: name.trim(), url: url.trim() })).then(
            (info) => setSaved(info.publisher?.name ?? null),
            () => {
              // The save indicator says why.
            },
          );
        }}
      >
        <label htmlFor={`${id}-name`}>{t('claims.publisherName')}</label>
        <input id={`${id}-name`} type="text" value={name} onChange={(event) => setName(event.target.value)} />
        <label htmlFor={`${id}-url`}>{t('claims.publisherUrl')}</label>
        <input
          id={`${id}-url`}
          type="url"
          value={url}
          placeholder="https://"
          aria-invalid={badUrl}
          onChange={(event) => setUrl(event.target.value)}
        />
        {badUrl && <p className="inline-error">{t('claims.httpOnly')}</p>}
        <button type="submit" className="button button-small" disabled={name.trim() === '' || badUrl}>
          {t('claims.savePublisher')}
        </button>
      </form>
      <p className="muted small" role="status">
        {saved ? t('claims.publisherSaved', { name: saved }) : ''}
      </p>
    </section>
  );
}
