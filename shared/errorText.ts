import type { ErrorCode, ErrorParams } from './errors';

/// The part of i18next's `t` the error text needs, so `shared/` stays free of i18next.
export type Translate = (key: string, options?: Readonly<Record<string, unknown>>) => string;

/// What is known of an error where it is shown: its code, its English message and, when it has
/// them, the parameters of its detail.
export interface ShownError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly params?: ErrorParams | undefined;
}

/// The text of an error in the UI language: its code's sentence (`errors.<code>`, else
/// `errors.internal`), then its detail in brackets: phrased from its params
/// (`errorDetails.<code>.<detail>`) when it has them, so no English slips in; the English
/// message only for an error that carries no params.
export function errorText(t: Translate, error: ShownError): string {
  const reason = t(`errors.${error.code}`, { defaultValue: t('errors.internal') });
  const detail = detailText(t, error);
  return detail === '' ? reason : t('errors.withDetail', { reason, detail });
}

function detailText(t: Translate, error: ShownError): string {
  return error.params === undefined ? error.message : phrasedDetail(t, error);
}

/// An error's detail phrased from its params (`errorDetails.<code>.<detail>`) in the UI language;
/// empty when it has none to phrase, never its English message.
export function phrasedDetail(
  t: Translate,
  { code, params }: { readonly code: string; readonly params?: ErrorParams | undefined },
): string {
  const detail = params?.detail;
  if (typeof detail !== 'string') return '';
  return t(`errorDetails.${code}.${detail}`, { ...params, defaultValue: '' });
}
