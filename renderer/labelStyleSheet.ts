import type { Label } from '../shared/domain';

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

/// The CSS giving each `.label-<key>` its colour as `--label`, which every label-coloured rule
/// of styles.css reads; colours that are not `#rrggbb` are left out.
export function labelColourRules(labels: readonly Pick<Label, 'key' | 'colour'>[]): string {
  return labels
    .filter((label) => hexColour.test(label.colour))
    .map((label) => `.label-${cssIdentifier(label.key)} { --label: ${label.colour}; }`)
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
