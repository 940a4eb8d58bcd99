/// The kinds of entity a span can be marked as, in toolbar order; keys 1–6 select them.
export const entityLabels = ['person', 'organisation', 'place', 'product', 'event', 'other'] as const;

/// An entity label's identifier (its display name comes from the locale files).
export type EntityLabel = (typeof entityLabels)[number];

/// Display colour of each label, used for decorations and the legend.
export const labelColours = {
  person: '#f4a261',
  organisation: '#2a9d8f',
  place: '#8ab17d',
  product: '#e9c46a',
  event: '#b388eb',
  other: '#9aa5b1',
} as const satisfies Record<EntityLabel, string>;

/// The shortcut key of a label: its 1-based position in `entityLabels`.
export function labelShortcut(label: EntityLabel): string {
  return String(entityLabels.indexOf(label) + 1);
}

/// The label a shortcut key selects, if any.
export function labelForShortcut(key: string): EntityLabel | undefined {
  const index = Number(key) - 1;
  return Number.isInteger(index) ? entityLabels[index] : undefined;
}
