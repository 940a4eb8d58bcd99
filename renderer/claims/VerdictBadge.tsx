import { useTranslation } from 'react-i18next';
import type { ClaimVerdict } from '../../shared/claims/claimFields';

/// A claim's verdict as a small coloured badge.
export function VerdictBadge({ verdict }: { readonly verdict: ClaimVerdict }) {
  const { t } = useTranslation();
  return (
    <span className="verdict-badge" data-verdict={verdict}>
      {t(`claims.verdict.${verdict}`)}
    </span>
  );
}
