import {
  extractFigures,
  type Figure,
  type FigureKind,
  type FigureLanguage,
  type FigureRange,
} from './extractFigures';

/// What differs between a source figure and the target figure it became.
export type FigureDifference = 'value' | 'unit' | 'kind' | 'qualifier';

/// A source figure and the target figure it was rendered as.
export interface FigurePair {
  readonly source: Figure;
  readonly target: Figure;
}

/// A source figure rendered wrongly: the closest target figure and what differs, so the UI can
/// say "400 000 became 40,000".
export interface ChangedFigure extends FigurePair {
  readonly differences: readonly FigureDifference[];
}

/// How the figures of a translation answer those of its source. Every source figure is in
/// exactly one of `matched`, `changed` and `missing`; every target figure in one of `matched`,
/// `changed` and `extra`. Each list is in source (for `extra`, target) order.
export interface FigureComparison {
  readonly matched: readonly FigurePair[];
  readonly changed: readonly ChangedFigure[];
  readonly missing: readonly Figure[];
  readonly extra: readonly Figure[];
}

/// Which languages and which parts of the two texts `compareTranslationFigures` reads.
export interface TranslationFigureOptions {
  readonly sourceLanguage?: FigureLanguage;
  readonly targetLanguage?: FigureLanguage;
  readonly sourceRange?: FigureRange;
  readonly targetRange?: FigureRange;
}

// Plain numbers and bare years are the same thing to a reader ("en 2024" ↔ "in 2024").
const kindClass: Record<FigureKind, string> = {
  number: 'number',
  year: 'number',
  percent: 'percent',
  amount: 'amount',
  quantity: 'quantity',
  multiplier: 'multiplier',
  ordinal: 'ordinal',
  date: 'date',
  time: 'time',
  reference: 'reference',
};

// Two plain numbers further apart than a hundredfold are two different figures, not one changed.
const maxNumberDistance = 2;

/// Extracts the figures of a source text (French by default) and of its translation (English
/// by default) and compares them; ranges restrict either side to a segment, offsets staying
/// offsets into the whole text.
export function compareTranslationFigures(
  sourceText: string,
  targetText: string,
  options: TranslationFigureOptions = {},
): FigureComparison {
  return compareFigures(
    extractFigures(sourceText, options.sourceLanguage ?? 'fr', options.sourceRange),
    extractFigures(targetText, options.targetLanguage ?? 'en', options.targetRange),
  );
}

/// Pairs source figures with target figures: first those that are equal (`figuresEqual`), then
/// each remaining source figure with the closest remaining target figure of the same kind
/// (same value first, then nearest value), which is a changed figure; what is left is missing
/// (source) or extra (target).
export function compareFigures(source: readonly Figure[], target: readonly Figure[]): FigureComparison {
  const sourceUsed = new Array<boolean>(source.length).fill(false);
  const targetUsed = new Array<boolean>(target.length).fill(false);
  const matched: { index: number; pair: FigurePair }[] = [];
  // Translations mostly keep the order of their figures: an equal figure after the last one
  // matched is preferred to an earlier one ("la seconde puce … le 2e" ↔ "the second chip … the 2nd").
  let lastMatched = -1;
  for (let i = 0; i < source.length; i++) {
    let best = -1;
    for (let j = 0; j < target.length; j++) {
      if (targetUsed[j] || !figuresEqual(source[i]!, target[j]!)) continue;
      if (best === -1 || (best < lastMatched && j > lastMatched)) best = j;
      if (best > lastMatched) break;
    }
    if (best === -1) continue;
    lastMatched = Math.max(lastMatched, best);
    sourceUsed[i] = true;
    targetUsed[best] = true;
    matched.push({ index: i, pair: { source: source[i]!, target: target[best]! } });
  }

  const candidates: { i: number; j: number; distance: number; gap: number }[] = [];
  for (let i = 0; i < source.length; i++) {
    if (sourceUsed[i]) continue;
    for (let j = 0; j < target.length; j++) {
      if (targetUsed[j]) continue;
      const distance = figureDistance(source[i]!, target[j]!);
      if (distance !== null) candidates.push({ i, j, distance, gap: positionGap(i, j, source, target) });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance || a.gap - b.gap);
  const changed: { index: number; change: ChangedFigure }[] = [];
  for (const { i, j } of candidates) {
    if (sourceUsed[i] || targetUsed[j]) continue;
    sourceUsed[i] = true;
    targetUsed[j] = true;
    const pair = { source: source[i]!, target: target[j]! };
    changed.push({ index: i, change: { ...pair, differences: figureDifferences(pair.source, pair.target) } });
  }

  return {
    matched: matched.sort((a, b) => a.index - b.index).map(({ pair }) => pair),
    changed: changed.sort((a, b) => a.index - b.index).map(({ change }) => change),
    missing: source.filter((_, i) => !sourceUsed[i]),
    extra: target.filter((_, j) => !targetUsed[j]),
  };
}

/// Whether a target figure renders a source figure faithfully: same kind (a number and a bare
/// year count as one), unit, value and qualifier. A time of day equals a whole number of hours
/// ("à 14 heures" ↔ "14 hours" cannot be told apart), and a reference equals the same dotted
/// number ("le 49.3" ↔ "the 49.3").
export function figuresEqual(source: Figure, target: Figure): boolean {
  return figureDifferences(source, target).length === 0;
}

/// What differs between two figures; empty when they are equal.
export function figureDifferences(source: Figure, target: Figure): FigureDifference[] {
  const differences: FigureDifference[] = [];
  const sameKind = kindClass[source.kind] === kindClass[target.kind] || looselySameKind(source, target);
  if (!sameKind) differences.push('kind');
  if (sameKind && source.unit !== target.unit) differences.push('unit');
  if (!sameValue(source, target)) differences.push('value');
  if ((source.qualifier?.kind ?? null) !== (target.qualifier?.kind ?? null)) differences.push('qualifier');
  return differences;
}

function looselySameKind(a: Figure, b: Figure): boolean {
  const pair = new Set([kindClass[a.kind], kindClass[b.kind]]);
  if (pair.has('time') && pair.has('number')) return hoursOf(a) === hoursOf(b) && hoursOf(a) !== null;
  if (pair.has('reference') && pair.has('number')) return referenceOf(a) === referenceOf(b);
  return false;
}

function hoursOf(figure: Figure): number | null {
  if (figure.kind === 'time') return figure.value % 60 === 0 ? figure.value / 60 : null;
  return figure.unit === null && Number.isInteger(figure.value) && figure.value <= 24 ? figure.value : null;
}

function referenceOf(figure: Figure): string {
  return figure.reference ?? String(figure.value);
}

function sameValue(a: Figure, b: Figure): boolean {
  if (a.kind === 'reference' || b.kind === 'reference') return referenceOf(a) === referenceOf(b);
  if (a.kind === 'time' || b.kind === 'time') {
    const hours = hoursOf(a) !== null && hoursOf(a) === hoursOf(b);
    return hours || (a.kind === b.kind && a.value === b.value);
  }
  if (a.unit === '°C' && b.unit === '°C') return Math.abs(a.value - b.value) <= 0.5;
  return (
    a.value === b.value ||
    Math.abs(a.value - b.value) <= 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value))
  );
}

/// How far apart two unequal figures are, or null when one cannot be a changed rendering of the
/// other: 0 for the same value under another unit, kind or qualifier; otherwise the number of
/// powers of ten between the values (dates: the parts that differ).
function figureDistance(a: Figure, b: Figure): number | null {
  if (sameValue(a, b)) return 0;
  if (kindClass[a.kind] !== kindClass[b.kind]) return null;
  if (a.date !== null && b.date !== null) {
    return (
      Number(a.date.year !== b.date.year) +
      Number(a.date.month !== b.date.month) +
      Number(a.date.day !== b.date.day)
    );
  }
  if (a.kind === 'reference' || a.kind === 'time') return 1;
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  const signFlip = Math.sign(a.value) !== Math.sign(b.value) ? 0.5 : 0;
  const distance = x === 0 || y === 0 ? maxNumberDistance : Math.abs(Math.log10(x / y)) + signFlip;
  return distance <= maxNumberDistance || kindClass[a.kind] !== 'number' ? distance : null;
}

function positionGap(i: number, j: number, source: readonly Figure[], target: readonly Figure[]): number {
  return Math.abs(i / Math.max(1, source.length) - j / Math.max(1, target.length));
}
