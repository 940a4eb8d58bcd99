import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/domain';
import { api } from '../app/api';
import { toPasserelleError } from '../../shared/errors';
import { useErrorMessage } from '../ui/useErrorMessage';

const fields = ['title', 'byline', 'publishedAt', 'sourceUrl', 'language'] as const;
type Field = (typeof fields)[number];
type Values = Record<Field, string>;

const dateOnly = /^\d{4}-\d{2}-\d{2}/;

function valuesOf(article: Article): Values {
  return {
    title: article.title,
    byline: article.byline ?? '',
    // A date field holds a calendar day; a stored date-time shows its day and is kept unless changed.
    publishedAt: dateOnly.exec(article.publishedAt ?? '')?.[0] ?? '',
    sourceUrl: article.sourceUrl ?? '',
    language: article.language,
  };
}

// The validation message names the field it refuses: "Invalid input for articles.update at sourceUrl: …".
function refusal(message: string): { readonly field: Field; readonly reason: string } | null {
  for (const field of fields) {
    const marker = ` at ${field}: `;
    const at = message.indexOf(marker);
    if (at >= 0) return { field, reason: message.slice(at + marker.length) };
  }
  return null;
}

/// The "Edit details" form: title, byline, publication date, source URL and language. Only the
/// changed fields are sent; the store's validation message is shown beside the refused field.
/// The text itself is never editable.
export function ArticleInfoForm({
  article,
  onSaved,
  onCancel,
}: {
  readonly article: Article;
  readonly onSaved: (article: Article) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [initial] = useState(() => valuesOf(article));
  const [values, setValues] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ readonly field: Field | null; readonly text: string } | null>(null);

  const save = async () => {
    const changed = (field: Field) => values[field].trim() !== initial[field].trim();
    const orNull = (field: Field) => (values[field].trim() === '' ? null : values[field].trim());
    const patch = {
      id: article.id,
      ...(changed('title') && { title: values.title }),
      ...(changed('byline') && { byline: orNull('byline') }),
      ...(changed('publishedAt') && { publishedAt: orNull('publishedAt') }),
      ...(changed('sourceUrl') && { sourceUrl: orNull('sourceUrl') }),
      ...(changed('language') && { language: values.language.trim() }),
    };
    if (Object.keys(patch).length === 1) {
      onCancel();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(await api['articles.update'](patch));
    } catch (caught) {
      const apiError = toPasserelleError(caught);
      const refused = apiError.code === 'invalid_input' ? refusal(apiError.message) : null;
      setError({
        field: refused?.field ?? null,
        text: t('articleInfo.saveFailed', {
          reason: refused
            ? t('articleInfo.fieldRefused', {
                field: t(`articleInfo.${refused.field}`),
                reason: refused.reason,
              })
            : errorMessage(apiError),
        }),
      });
      setBusy(false);
    }
  };

  const field = (name: Field, type: 'text' | 'date' | 'url', hint?: string) => (
    <div className="form-field">
      <label htmlFor={`article-info-${name}`}>{t(`articleInfo.${name}`)}</label>
      <input
        id={`article-info-${name}`}
        type={type}
        value={values[name]}
        aria-invalid={error?.field === name}
        aria-describedby={error?.field === name ? 'article-info-error' : undefined}
        onChange={(event) => setValues((previous) => ({ ...previous, [name]: event.target.value }))}
      />
      {hint && <p className="muted field-hint">{hint}</p>}
    </div>
  );

  return (
    <form
      className="article-info-form"
      aria-label={t('articleInfo.formLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {field('title', 'text')}
      {field('byline', 'text')}
      <div className="form-row">
        {field('publishedAt', 'date')}
        {field('language', 'text', t('articleInfo.languageHint'))}
      </div>
      {field('sourceUrl', 'url')}
      <p className="muted field-hint">{t('articleInfo.textReadOnly')}</p>
      {error && (
        <p id="article-info-error" className="inline-error" role="alert">
          {error.text}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('confirm.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
          {busy ? t('articleInfo.saving') : t('articleInfo.save')}
        </button>
      </div>
    </form>
  );
}
