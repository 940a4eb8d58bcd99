import type { Label } from '../../shared/domain';

const hexColour = /^#[0-9a-fA-F]{6}$/;

/// Escapes a label key for use in a CSS class selector (keys are usually plain words already).
export function cssIdentifier(key: string): string {
  return [...key]
    .map((char, index) =>
      /[A-Za-z_-]/.test(char) || (index > 0 && /[0-9]/.test(char))
        ? char
        : `\\${char.codePointAt(0)!.toString(16)} `,
    )
    .join('');
}

/// Quotes a label key as a CSS string, for an attribute selector.
export function cssString(key: string): string {
  return `"${key.replace(/["\\]/g, '\\$&').replace(/[\n\r\f]/g, (char) => `\\${char.codePointAt(0)!.toString(16)} `)}"`;
}

/// The CSS giving each label's colour as `--label`, which every label-coloured rule of the
/// style sheets reads, to elements of class `label-<key>` (chips, swatches, buttons) and to those
/// whose `data-label` is the key (annotations and suggestions in the text); colours that are not
/// `#rrggbb` are left out.
export function labelColourRules(labels: readonly Pick<Label, 'key' | 'colour'>[]): string {
  return labels
    .filter((label) => hexColour.test(label.colour))
    .map(
      (label) =>
        `.label-${cssIdentifier(label.key)}, [data-label=${cssString(label.key)}] { --label: ${label.colour}; }`,
    )
    .join('\n');
}

/// Installs the label colours as a constructed style sheet (CSSOM, allowed by the strict CSP,
/// unlike `<style>` elements or style attributes); returns a function that removes it.
export function adoptLabelColours(document: Document, labels: readonly Label[]): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(labelColourRules(labels));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}
