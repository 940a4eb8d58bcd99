import type { HistoryLabel } from '../../../shared/historyMessages';
import type { CoreContext } from '../coreContext';
import { cachedStatement } from '../store/rows';

/// The label of this key as a history message names it; a label that is gone is named by its key.
export function historyLabelByKey(ctx: CoreContext, key: string): HistoryLabel {
  const row = cachedStatement(ctx.store, 'SELECT name_en, name_fr FROM labels WHERE key = ?').get(key) as
    { name_en: string; name_fr: string } | undefined;
  return { key, nameEn: row?.name_en ?? key, nameFr: row?.name_fr ?? key };
}
