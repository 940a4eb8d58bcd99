import { useTranslation } from 'react-i18next';
import type { PasserelleError } from '../../shared/errors';
import { errorText } from '../../shared/errorText';

/// Translates an error's code (`errors.<code>`, falling back to `errors.internal`) and its detail,
/// in the UI language when the error carries params (see `errorText`).
export function useErrorMessage(): (error: PasserelleError) => string {
  const { t } = useTranslation();
  return (error) => errorText(t, error);
}
