import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Node } from 'prosemirror-model';
import { articleSchema } from '../../shared/schema';
import { storeArticle } from '../../electron/core/articles/articles';
import { coreContext } from '../../electron/core/coreContext';
import { openStore } from '../../electron/core/store/openStore';
import { segmentArticle } from '../../electron/core/translation/segmentArticle';
import { listSegments } from '../../electron/core/translation/segmentRows';
import { updateSegment } from '../../electron/core/translation/updateSegment';
import { generateArticle } from '../generateArticle';
import { pairedSyncRounds, type PairedFigure } from '../stats';

/// The segment store's figures on one long article: listing its segments and saving one
/// keystroke's target, each against the bare SQL of the same rows.
export interface SegmentsFigures {
  readonly words: number;
  readonly segments: number;
  readonly list: PairedFigure;
  readonly update: PairedFigure;
}

const sentenceWords = 20;

// The generated article with its paragraphs cut into sentences of twenty words (a capital first, a
// full stop last, and none of the vocabulary's own . ! ? between), so that it segments as prose
// does: one segment per twenty words.
function proseArticle(words: number): Node {
  const blocks: Node[] = [];
  generateArticle(words).forEach((block) => {
    if (block.type.name !== 'paragraph') return void blocks.push(block);
    const parts = block.textContent.split(' ').filter((part) => !/^[.!?]$/.test(part));
    const sentences: string[] = [];
    for (let index = 0; index < parts.length; index += sentenceWords) {
      const sentence = parts.slice(index, index + sentenceWords).join(' ');
      sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.');
    }
    blocks.push(articleSchema.node('paragraph', null, [articleSchema.text(sentences.join(' '))]));
  });
  return articleSchema.node('doc', null, blocks);
}

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/// `segments.list`'s handler on a segmented article of `words` words against a bare SELECT of its
/// rows, and `segments.update`'s (`keystrokes` saves of a growing target, each its own undo step)
/// against as many bare UPDATEs of the target, `rounds` paired rounds each, on a workspace file.
export function segmentsBenchmarks(
  words: number,
  keystrokes: number,
  rounds: number,
  log: (message: string) => void,
): SegmentsFigures {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-segments-bench-'));
  const ctx = coreContext(openStore(join(dir, 'segments.sqlite')));
  try {
    const articleId = storeArticle(ctx, 'segments.txt', {
      title: 'Segments',
      byline: null,
      publishedAt: null,
      sourceUrl: null,
      siteName: null,
      language: 'fr',
      encoding: 'utf-8',
      doc: proseArticle(words),
    });
    const segments = segmentArticle(ctx, { articleId });
    log(`segments: ${words} words, ${segments.length} segments`);
    const bareList = ctx.store.prepare('SELECT * FROM segments WHERE article_id = ? ORDER BY start');
    const list = pairedSyncRounds(
      rounds,
      () => timed(() => bareList.all(articleId)),
      () => timed(() => listSegments(ctx, { articleId })),
    );
    const middle = segments[Math.floor(segments.length / 2)]!.id;
    const bareUpdate = ctx.store.prepare('UPDATE segments SET target = ?, updated_at = ? WHERE id = ?');
    const typed = 'The sky over the city was blue all day, and then it rained.';
    const target = (round: number, key: number) =>
      `${typed.repeat(2).slice(0, ((round + 1) * 7 + key) % typed.length)}${key}`;
    const update = pairedSyncRounds(
      rounds,
      (round) =>
        timed(() => {
          for (let key = 0; key < keystrokes; key += 1)
            bareUpdate.run(target(round, key), new Date().toISOString(), middle);
        }),
      (round) =>
        timed(() => {
          for (let key = 0; key < keystrokes; key += 1)
            updateSegment(ctx, { id: middle, target: target(round, key) });
        }),
    );
    return { words, segments: segments.length, list, update };
  } finally {
    ctx.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
