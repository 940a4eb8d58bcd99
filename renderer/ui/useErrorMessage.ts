import { useTranslation } from 'react-i18next';
import type { PasserelleError } from '../../shared/errors';

/// Translates an error's code (`errors.<code>`, falling back to `errors.internal`) and keeps its message as detail.
export function useErrorMessage(): (error: PasserelleError) => string {
  const { t } = useTranslation();
  return (error) =>
    t('errors.withDetail', {
      reason: t(`errors.${error.code}`, { defaultValue: t('errors.internal') }),
      detail: error.message,
    });
}
