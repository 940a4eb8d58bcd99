import { describe, expect, it } from 'vitest';
import { titleFromFileName } from './titleFromFileName';

describe('titleFromFileName', () => {
  it('drops the folder and the extension', () => {
    expect(titleFromFileName('/tmp/articles/budget-rouen.fr.txt')).toBe('budget-rouen.fr');
    expect(titleFromFileName('C:\\Users\\claire\\note.html')).toBe('note');
  });

  it('keeps a name that is only an extension-like dot file', () => {
    expect(titleFromFileName('.txt')).toBe('.txt');
  });
});
