import { normalizeText } from './normalizeText';

/// A text normalised as imports normalise it (`normalizeText`), with the map from offsets in the
/// original (UTF-16) to offsets in the normalised text, so spans given over the original land on
/// the same characters; `null` for an offset inside what normalisation merged (a base letter and
/// its combining accent, a CR LF pair).
export interface NormalizedText {
  readonly text: string;
  mapOffset(original: number): number | null;
}

// One character with the combining marks after it, or a CR LF pair: the pieces NFC and the line
// end rule never merge across.
const pieces = /\r\n|[^\p{M}][\p{M}]*|\p{M}+/gsu;

/// Normalises `text` piece by piece and keeps where each piece starts on both sides; `null` when
/// piecewise normalisation would not give the same text as `normalizeText` of the whole (then no
/// offset can be trusted).
export function normalizeWithOffsets(text: string): NormalizedText | null {
  const whole = normalizeText(text);
  // Most texts come out unchanged (a Passerelle export is already normalised): every offset stays.
  if (whole === text) return { text, mapOffset: (original) => original };
  const originalStarts: number[] = [];
  const normalizedStarts: number[] = [];
  let normalized = '';
  for (const match of text.matchAll(pieces)) {
    originalStarts.push(match.index);
    normalizedStarts.push(normalized.length);
    // The BOM is only dropped at the very start, as normalizeText does.
    normalized += match.index === 0 ? normalizeText(match[0]) : normalizeText(`x${match[0]}`).slice(1);
  }
  if (normalized !== whole) return null;
  originalStarts.push(text.length);
  normalizedStarts.push(normalized.length);
  return {
    text: normalized,
    mapOffset: (original) => {
      let low = 0;
      let high = originalStarts.length - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const at = originalStarts[middle] ?? 0;
        if (at === original) return normalizedStarts[middle] ?? null;
        if (at < original) low = middle + 1;
        else high = middle - 1;
      }
      return null;
    },
  };
}
