import type { GlossaryEntry } from '../../../shared/domain';

/// A draft glossary entry for the place "Pékin", with no English term, mentions or note, changed
/// by `fields`: the entry the article view's tests start from.
export function placeEntry(id: number, fields: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id,
    label: 'place',
    frenchTerm: 'Pékin',
    frenchVariants: [],
    englishTerm: '',
    englishAvoid: [],
    decision: 'translate',
    note: '',
    wikidataId: '',
    status: 'draft',
    author: null,
    createdAt: '',
    updatedAt: '',
    sourceArticleId: null,
    mentionCount: 0,
    articleCount: 0,
    ...fields,
  };
}
