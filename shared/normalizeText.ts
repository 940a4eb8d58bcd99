// C0 controls except tab (\u0009) and line feed (\u000a); carriage returns are handled first.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const controls = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/// Normalises imported text once: strips a BOM, repairs lone surrogates, makes line ends LF,
/// drops NUL and C0 controls (keeping tab and newline) and composes to NFC. French
/// typography (NBSP, narrow NBSP) is left as it is.
export function normalizeText(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .replace(loneSurrogates, '\ufffd')
    .replace(/\r\n?/g, '\n')
    .replace(controls, '')
    .normalize('NFC');
}
