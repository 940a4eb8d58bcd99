import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../coreContext';
import { dispatch } from '../dispatch';
import { storeParagraphs, testContext } from '../testing/testContext';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/// Every text column of the stored annotations and entries, decoded from SQLite's own bytes as
/// strictly as any other reader (Python's sqlite3, say) would: a lone surrogate throws.
function storedTextsDecode(ctx: CoreContext): string[] {
  const rows = ctx.store
    .prepare(
      `SELECT CAST(quote AS BLOB) AS a, CAST(prefix AS BLOB) AS b, CAST(suffix AS BLOB) AS c FROM annotations
       UNION ALL SELECT CAST(french_term AS BLOB), CAST(french_key AS BLOB), CAST(match_keys AS BLOB) FROM glossary_entries`,
    )
    .all() as { a: Buffer; b: Buffer; c: Buffer }[];
  return rows.flatMap((row) => [row.a, row.b, row.c].map((bytes) => strictUtf8.decode(bytes)));
}

async function mark(ctx: CoreContext, articleId: number, start: number, end: number) {
  return dispatch(ctx, 'annotations.create', { articleId, start, end, kind: 'entity', label: 'person' });
}

describe('annotation spans', () => {
  it('refuse a start or an end inside a surrogate pair (an emoji before or after a name), storing nothing', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['😀Macron😀']);
    await expect(mark(ctx, articleId, 1, 8)).rejects.toMatchObject({
      code: 'invalid_span',
      message: expect.stringContaining('inside a character'),
    });
    await expect(mark(ctx, articleId, 2, 9)).rejects.toMatchObject({ code: 'invalid_span' });
    expect(await dispatch(ctx, 'annotations.list', { articleId })).toEqual([]);
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual([]);
  });

  it('refuse a span that splits a grapheme: a flag, a skin tone, a family of emoji', async () => {
    const ctx = testContext();
    const text = 'A 🇫🇷 B 👍🏽 C 👩‍👩‍👧 D';
    const articleId = storeParagraphs(ctx, [text]);
    const flag = text.indexOf('🇫🇷');
    const thumb = text.indexOf('👍🏽');
    const family = text.indexOf('👩‍👩‍👧');
    for (const [start, end] of [
      [0, flag + 2],
      [flag + 2, flag + 4],
      [thumb, thumb + 2],
      [family, family + 3],
    ] as const) {
      await expect(mark(ctx, articleId, start, end)).rejects.toMatchObject({ code: 'invalid_span' });
    }
    expect(storedTextsDecode(ctx)).toEqual([]);
  });

  it('accept spans that fall between graphemes, emoji included', async () => {
    const ctx = testContext();
    const text = '😀Macron et 🇫🇷 à Paris';
    const articleId = storeParagraphs(ctx, [text]);
    expect((await mark(ctx, articleId, 2, 8)).quote).toBe('Macron');
    expect((await mark(ctx, articleId, 0, 8)).quote).toBe('😀Macron');
    const flag = text.indexOf('🇫🇷');
    expect((await mark(ctx, articleId, flag, flag + 4)).quote).toBe('🇫🇷');
  });

  it('keep the quote’s context whole: no half of an emoji at either end of the prefix or the suffix', async () => {
    const ctx = testContext();
    const emoji = '😀'.repeat(40);
    // The point 32 code units before the name, and 32 after it, each fall inside an emoji.
    const articleId = storeParagraphs(ctx, [`${emoji}.Macron.${emoji}`]);
    const annotation = await mark(ctx, articleId, 81, 87);
    expect(annotation.quote).toBe('Macron');
    expect(annotation.prefix).toBe(`${'😀'.repeat(15)}.`);
    expect(annotation.suffix).toBe(`.${'😀'.repeat(15)}`);
    expect(storedTextsDecode(ctx)).toHaveLength(6);
  });

  it('refuse a glossary candidates look-up inside a surrogate pair too', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['😀Macron']);
    await expect(dispatch(ctx, 'glossary.candidates', { articleId, start: 1, end: 8 })).rejects.toMatchObject(
      {
        code: 'invalid_span',
      },
    );
  });
});

describe('string inputs', () => {
  it('refuse a glossary entry whose term holds a lone surrogate, storing nothing', async () => {
    const ctx = testContext();
    await expect(
      dispatch(ctx, 'glossary.create', { label: 'person', frenchTerm: 'lone\ud800x' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('frenchTerm: the text holds a lone surrogate'),
    });
    await expect(
      dispatch(ctx, 'glossary.create', { label: 'person', frenchTerm: 'Macron', frenchVariants: ['\udc00'] }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await dispatch(ctx, 'glossary.list', {})).toEqual([]);
  });

  it('refuse a lone surrogate in a title, a note, a label name', async () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Macron']);
    const entry = await dispatch(ctx, 'glossary.create', { label: 'person', frenchTerm: 'Macron' });
    await expect(
      dispatch(ctx, 'articles.update', { id: articleId, title: 'Titre\ud83d' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(dispatch(ctx, 'glossary.update', { id: entry.id, note: '\ude00' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(
      dispatch(ctx, 'labels.create', { nameEn: 'Ship\ud800', nameFr: 'Navire', colour: '#123456' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(storedTextsDecode(ctx)).toHaveLength(3);
  });
});
