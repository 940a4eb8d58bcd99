/// Reads a comma-separated list of terms as the user typed it: trimmed, without empty items or
/// repeats.
export function parseTermList(typed: string): string[] {
  const terms = typed
    .split(/[,;\n]/)
    .map((term) => term.trim())
    .filter((term) => term !== '');
  return [...new Set(terms)];
}

/// Shows a list of terms for editing as one comma-separated line.
export function formatTermList(terms: readonly string[]): string {
  return terms.join(', ');
}

/// Whether a Wikidata item id is acceptable: empty, or `Q` followed by digits without a leading zero.
export function isWikidataId(value: string): boolean {
  return /^(Q[1-9][0-9]*)?$/.test(value.trim());
}
