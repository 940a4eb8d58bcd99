import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../shared/articleText';
import { PasserelleError } from '../../../shared/errors';
import { readPlainText } from './readPlainText';

const corpus = new URL('../../../../shared/corpus/', import.meta.url);
const blockTypes = (text: string) =>
  readPlainText(text, 'note.txt').doc.content.content.map((node) =>
    node.type.name === 'heading' ? `h${String(node.attrs.level)}` : node.type.name,
  );

describe('readPlainText', () => {
  it('splits paragraphs on one or more blank lines and turns single line breaks into hard breaks', () => {
    const { doc } = readPlainText(
      'Premier paragraphe.\nSuite du premier.\n\n \n\nDeuxième paragraphe.',
      'note.txt',
    );
    expect(doc.childCount).toBe(2);
    expect(doc.firstChild?.child(1).type.name).toBe('hard_break');
    expect(articleText(doc)).toBe('Premier paragraphe.\nSuite du premier.\n\nDeuxième paragraphe.');
  });

  it('trims the edges of every line', () => {
    expect(articleText(readPlainText('   Un texte.  \n\tindenté.\t', 'note.txt').doc)).toBe(
      'Un texte.\nindenté.',
    );
  });

  it('takes a leading "date YYYY-MM-DD" out of the text as the publication date', () => {
    const article = readPlainText(
      ' date 2026-01-30 Profitant d’un assouplissement, la Chine accélère. Suite.',
      'seed.txt',
    );
    expect(article.publishedAt).toBe('2026-01-30');
    expect(articleText(article.doc)).toBe('Profitant d’un assouplissement, la Chine accélère. Suite.');
  });

  it('leaves a date prefix that is not a real date in the text', () => {
    const article = readPlainText('date 2026-02-30 Texte.', 'note.txt');
    expect(article.publishedAt).toBeNull();
    expect(articleText(article.doc)).toBe('date 2026-02-30 Texte.');
  });

  it('makes a short first line followed by a blank line the title and a level-1 heading', () => {
    const article = readPlainText('Budget 2027 : Rouen augmente la taxe\n\nLe conseil a voté.', 'budget.txt');
    expect(article.title).toBe('Budget 2027 : Rouen augmente la taxe');
    expect(blockTypes('Budget 2027 : Rouen augmente la taxe\n\nLe conseil a voté.')).toEqual([
      'h1',
      'paragraph',
    ]);
  });

  it('takes the first sentence as the title when the first line reads like prose or stands alone', () => {
    expect(readPlainText('Le conseil a voté. Puis il a levé la séance.\n\nSuite.', 'note.txt').title).toBe(
      'Le conseil a voté.',
    );
    expect(readPlainText('Un titre sans suite', 'note.txt').title).toBe('Un titre sans suite');
    expect(blockTypes('Un titre sans suite')).toEqual(['paragraph']);
  });

  it('turns short lines standing alone between paragraphs into level-2 headings, but not the last one or prose', () => {
    const text =
      'Premier paragraphe.\n\nUn intertitre\n\nCorps du texte.\n\n« Une citation. »\n\nSuite.\n\nJean Dupont';
    expect(blockTypes(text)).toEqual(['paragraph', 'h2', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('reads the seed article: date, first-sentence title and sub-headings', () => {
    const article = readPlainText(
      readFileSync(new URL('seed-h200-chine.fr.txt', corpus), 'utf8'),
      'seed-h200-chine.fr.txt',
    );
    expect(article).toMatchObject({
      title:
        'Profitant d’un assouplissement des conditions d’imporations américaines, la Chine accélère le pas.',
      publishedAt: '2026-01-30',
      byline: null,
      sourceUrl: null,
      siteName: null,
      language: 'fr',
    });
    const text = articleText(article.doc);
    expect(text.startsWith('Profitant d’un assouplissement')).toBe(true);
    expect(text).not.toContain('2026-01-30');
    const headings = article.doc.content.content
      .filter((node) => node.type.name === 'heading')
      .map((node) => node.textContent);
    expect(headings).toEqual([
      'Un feu vert sous conditions politiques et commerciales',
      'Pourquoi la H200 attire autant les géants chinois',
      'Des enjeux stratégiques et sécuritaires persistants',
    ]);
  });

  it('rejects text that holds nothing once the date is taken out', () => {
    expect(() => readPlainText('date 2026-01-30\n\n', 'vide.txt')).toThrow(PasserelleError);
  });
});
