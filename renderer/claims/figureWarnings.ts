import { compareTranslationFigures } from '../../shared/figures/compareFigures';

/// One figure of a claim its English translation does not keep: changed ("400 000" became
/// "40,000"), missing from the translation, or extra in it. `source` and `target` are the
/// figures as written.
export type FigureWarning =
  | { readonly type: 'changed'; readonly source: string; readonly target: string }
  | { readonly type: 'missing'; readonly source: string }
  | { readonly type: 'extra'; readonly target: string };

/// The figures the English translation of a French claim changes, leaves out or adds, in the
/// claim's order (the extra ones last); none while there is no translation yet.
export function figureWarnings(frenchClaim: string, englishText: string): FigureWarning[] {
  if (englishText.trim() === '') return [];
  const { changed, missing, extra } = compareTranslationFigures(frenchClaim, englishText);
  const inClaim: (FigureWarning & { readonly at: number })[] = [
    ...changed.map(({ source, target }) => ({
      type: 'changed' as const,
      source: source.text,
      target: target.text,
      at: source.start,
    })),
    ...missing.map((figure) => ({ type: 'missing' as const, source: figure.text, at: figure.start })),
  ].sort((a, b) => a.at - b.at);
  return [
    ...inClaim.map(({ at: _at, ...warning }) => warning),
    ...extra.map((figure) => ({ type: 'extra' as const, target: figure.text })),
  ];
}
