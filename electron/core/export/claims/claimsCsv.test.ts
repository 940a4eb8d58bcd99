import { describe, expect, it } from 'vitest';
import { dispatch } from '../../dispatch';
import { storeParagraphs, testContext } from '../../testing/testContext';
import { claimsCsv } from './claimsCsv';

describe('claims CSV', () => {
  it('writes one row per claim with its review, formula starts neutralised, in either dialect', async () => {
    const ctx = testContext();
    const text = 'Selon la presse, les prix ont doublé; =1+1 en un an.';
    const articleId = storeParagraphs(ctx, [text], 'Prix');
    const claim = await dispatch(ctx, 'claims.create', { articleId, start: 17, end: text.length - 1 });
    await dispatch(ctx, 'claims.update', {
      annotationId: claim.annotationId,
      englishText: 'Prices have doubled, "twice"',
      verdict: 'mostly-false',
      evidence: [
        { url: 'https://example.org/a', title: 'INSEE', note: '' },
        { url: 'https://example.org/b', title: '', note: '' },
      ],
    });
    const [header, row, end] = claimsCsv(ctx)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(header).toBe(
      'article,claim_fr,claim_en,claimant,claim_date,verdict,review_summary,evidence,reviewer,review_date,fact_check_url',
    );
    expect(row).toBe(
      `Prix,"les prix ont doublé;' =1+1 en un an","Prices have doubled, ""twice""",la presse,,mostly-false,,` +
        'INSEE <https://example.org/a> | https://example.org/b,,,',
    );
    expect(end).toBe('');
    const french = claimsCsv(ctx, 'excel-fr')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(french[1]).toMatch(
      /^Prix;"les prix ont doublé; =1\+1 en un an";"Prices have doubled, ""twice""";la presse;/,
    );
  });
});
