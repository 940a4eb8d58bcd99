import { TermMatcher } from '../../../shared/matching/termMatcher';
import type { Store } from '../store/openStore';

interface CachedMatcher {
  readonly terms: string;
  readonly matcher: TermMatcher<number>;
}

const cache = new WeakMap<Store, CachedMatcher>();

/// A matcher over every French term and variant of the glossary, whose values are entry ids.
/// Reading the terms is cheap but indexing 10,000 of them is not, so the matcher is rebuilt
/// only when the terms differ from last time (whoever changed them: an action, an undo,
/// another process).
export function glossaryMatcher(store: Store): TermMatcher<number> {
  const rows = store
    .prepare('SELECT id, french_term, french_variants FROM glossary_entries ORDER BY id')
    .raw()
    .all() as [number, string, string][];
  const terms = rows.map((row) => row.join('\t')).join('\n');
  const cached = cache.get(store);
  if (cached && cached.terms === terms) return cached.matcher;
  const matcher = new TermMatcher(
    rows.flatMap(([id, frenchTerm, variants]) =>
      [frenchTerm, ...(JSON.parse(variants) as string[])].map((term) => ({ term, value: id })),
    ),
  );
  cache.set(store, { terms, matcher });
  return matcher;
}
