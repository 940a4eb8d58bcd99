import { describe, expect, it } from 'vitest';
import { cssIdentifier, cssString, labelColourRules } from './labelStyleSheet';

describe('labelColourRules', () => {
  it('gives every label class and data-label its colour as --label', () => {
    expect(
      labelColourRules([
        { key: 'person', colour: '#f4a261' },
        { key: 'place', colour: '#8ab17d' },
      ]),
    ).toBe(
      '.label-person, [data-label="person"] { --label: #f4a261; }\n' +
        '.label-place, [data-label="place"] { --label: #8ab17d; }',
    );
  });

  it('leaves out a colour that could inject CSS', () => {
    expect(labelColourRules([{ key: 'x', colour: 'red; } body { display: none' }])).toBe('');
  });

  it('escapes a key that is not a plain CSS identifier', () => {
    expect(cssIdentifier('mot-clé')).toBe('mot-cl\\e9 ');
    expect(cssIdentifier('7th')).toBe('\\37 th');
  });

  it('quotes a key for an attribute selector', () => {
    expect(cssString('mot-clé')).toBe('"mot-clé"');
    expect(cssString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\a d"');
  });
});
