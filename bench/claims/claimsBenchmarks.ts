import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleText } from '../../shared/articleText';
import { claimVerdicts } from '../../shared/claims/claimFields';
import { storeArticle } from '../../electron/core/articles/articles';
import { listClaims } from '../../electron/core/claims/claims';
import { coreContext, type CoreContext } from '../../electron/core/coreContext';
import { dispatch } from '../../electron/core/dispatch';
import { openStore } from '../../electron/core/store/openStore';
import { generateArticle, seededRandom } from '../generateArticle';
import { pairedSyncRounds, type PairedFigure } from '../stats';

/// The Claims view's figure: listing every claim of a workspace against a bare SELECT of the same
/// joined rows.
export interface ClaimsFigures {
  readonly claims: number;
  readonly list: PairedFigure;
}

// A workspace of `articles` generated articles with `perArticle` reviewed claims each, marked and
// reviewed through the operations as a user would.
async function seedClaims(ctx: CoreContext, articles: number, perArticle: number): Promise<void> {
  const random = seededRandom(11);
  for (let index = 0; index < articles; index += 1) {
    const doc = generateArticle(800, index + 1);
    const id = storeArticle(ctx, `claims-${index}.txt`, {
      title: `Article ${index}`,
      byline: null,
      publishedAt: '2026-01-30',
      sourceUrl: `https://example.org/${index}`,
      siteName: null,
      language: 'fr',
      encoding: 'utf-8',
      doc,
    });
    const text = articleText(doc);
    for (let claim = 0; claim < perArticle; claim += 1) {
      const start = text.indexOf(' ', Math.floor((text.length / perArticle) * claim)) + 1;
      const end = text.indexOf(' ', start + 60);
      const { annotationId } = await dispatch(ctx, 'claims.create', { articleId: id, start, end });
      await dispatch(ctx, 'claims.update', {
        annotationId,
        englishText: 'Up to 400,000 GPUs could be affected by the new rules.',
        verdict: claimVerdicts[Math.floor(random() * claimVerdicts.length)] ?? 'unverified',
        reviewSummary: 'Two sources confirm the figure.',
        evidence: [{ url: 'https://example.org/evidence', title: 'Evidence', note: '' }],
      });
    }
  }
}

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/// `claims.list`'s handler over `articles × perArticle` claims (what the Claims view asks for first)
/// against a bare better-sqlite3 SELECT of the same columns joined the same way, `rounds` paired
/// rounds.
export async function claimsBenchmarks(
  articles: number,
  perArticle: number,
  rounds: number,
  log: (message: string) => void,
): Promise<ClaimsFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-claims-bench-'));
  const ctx = coreContext(openStore(join(dir, 'claims.sqlite')));
  try {
    await seedClaims(ctx, articles, perArticle);
    const bare = ctx.store.prepare(
      `SELECT c.*, a.article_id, a.start, a.end, a.quote, ar.title, g.french_term, g.english_term, g.label, g.wikidata_id
         FROM claims c JOIN annotations a ON a.id = c.id JOIN articles ar ON ar.id = a.article_id
         LEFT JOIN glossary_entries g ON g.id = c.claimant_entry_id ORDER BY a.article_id, a.start, c.id`,
    );
    let listed = 0;
    const list = pairedSyncRounds(
      rounds,
      () => timed(() => bare.all()),
      () => timed(() => (listed = listClaims(ctx, {}).length)),
    );
    log(`claims: ${articles * perArticle} claims over ${articles} articles, ${listed} listed`);
    return { claims: articles * perArticle, list };
  } finally {
    ctx.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
