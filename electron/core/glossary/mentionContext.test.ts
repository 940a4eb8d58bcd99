import { describe, expect, it } from 'vitest';
import { contextAfter, contextBefore } from './mentionContext';

describe('mention context', () => {
  it('keeps at most eight words on each side', () => {
    const text = 'un deux trois quatre cinq six sept huit neuf X a b c d e f g h i j';
    const at = text.indexOf('X');
    expect(contextBefore(text, at)).toBe('deux trois quatre cinq six sept huit neuf ');
    expect(contextAfter(text, at + 1)).toBe(' a b c d e f g h');
  });

  it('never starts or ends inside a word when it cuts at sixty characters', () => {
    const long = 'anticonstitutionnellement extraordinairement '.repeat(3);
    const text = `${long}X ${long}`;
    const at = text.indexOf('X');
    const before = contextBefore(text, at);
    const after = contextAfter(text, at + 1);
    expect(before.length).toBeLessThanOrEqual(60);
    expect(text.slice(0, at).endsWith(before)).toBe(true);
    expect(before).toMatch(/^(anticonstitutionnellement|extraordinairement) /);
    expect(after.length).toBeLessThanOrEqual(60);
    expect(after).toMatch(/ (anticonstitutionnellement|extraordinairement)$/);
  });

  it('stays within the mention’s paragraph', () => {
    const text = 'Fin du paragraphe.\n\nPékin ouvre.\n\nSuite.';
    expect(contextBefore(text, 20)).toBe('');
    expect(contextAfter(text, 25)).toBe(' ouvre.');
  });
});
