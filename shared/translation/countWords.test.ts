import { describe, expect, it } from 'vitest';
import { countWords } from './countWords';

describe('countWords', () => {
  it('counts each run of letters and digits as a word', () => {
    expect(countWords('Le ciel est bleu.')).toBe(4);
    expect(countWords('« Aujourd’hui, 400 000 élèves ! »')).toBe(5);
  });

  it('finds no word in punctuation and white space', () => {
    expect(countWords(' — … « » ')).toBe(0);
    expect(countWords('')).toBe(0);
  });
});
