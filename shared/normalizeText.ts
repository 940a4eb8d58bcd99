import { isWellFormedText, repairLoneSurrogates } from './wellFormedText';

// C0 controls except tab (\u0009) and line feed (\u000a); carriage returns are handled first.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const controls = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/// Normalises imported text once: strips a BOM, repairs lone surrogates, makes line ends LF,
/// drops NUL and C0 controls (keeping tab and newline) and composes to NFC. French
/// typography (NBSP, narrow NBSP) is left as it is.
/// Each step runs only on text that needs it: an article is normalised on every import, and most
/// have no BOM, lone surrogate, carriage return or control character.
export function normalizeText(text: string): string {
  let normalized = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (!isWellFormedText(normalized)) normalized = repairLoneSurrogates(normalized);
  if (normalized.includes('\r')) normalized = normalized.replace(/\r\n?/g, '\n');
  // search() ignores the expression's global flag and position, so it only looks.
  if (normalized.search(controls) !== -1) normalized = normalized.replace(controls, '');
  return normalized.normalize('NFC');
}
