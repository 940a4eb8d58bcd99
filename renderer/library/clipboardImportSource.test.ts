import { describe, expect, it } from 'vitest';
import { clipboardImportSource } from './clipboardImportSource';

function clipboard(data: Record<string, string>): DataTransfer {
  // Only getData is read.
  return { getData: (type: string) => data[type] ?? '' } as unknown as DataTransfer;
}

describe('clipboardImportSource', () => {
  it('prefers the HTML of a copied web page to its plain text', () => {
    expect(
      clipboardImportSource(clipboard({ 'text/html': '<p>Bonjour</p>', 'text/plain': 'Bonjour' }), 'Collé'),
    ).toEqual({
      kind: 'text',
      name: 'Collé',
      content: '<p>Bonjour</p>',
      format: 'html',
    });
  });

  it('takes the plain text when there is no HTML', () => {
    expect(clipboardImportSource(clipboard({ 'text/plain': 'Bonjour' }), 'Collé')).toMatchObject({
      content: 'Bonjour',
      format: 'text',
    });
  });

  it('imports nothing from an empty or blank clipboard', () => {
    expect(clipboardImportSource(clipboard({ 'text/plain': '  \n' }), 'Collé')).toBeNull();
    expect(clipboardImportSource(null, 'Collé')).toBeNull();
  });
});
