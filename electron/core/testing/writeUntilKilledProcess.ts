// Run by crashLoop.test.ts, which kills it with SIGKILL: writes through the core's handlers
// (glossary entries and marked words of one article, each input through the contract) until
// killed, printing `entry <id>` or `annotation <id>` once each write has committed.
import { inputSchemas } from '../../../shared/contract';
import { createAnnotation } from '../annotations/annotations';
import { coreContext } from '../coreContext';
import { createGlossaryEntryAction } from '../glossary/glossaryEntries';
import { openStore } from '../store/openStore';

const [file, articleIdArg, round] = process.argv.slice(2);
const articleId = Number(articleIdArg);
const ctx = coreContext(openStore(file!));
const text = ctx.store.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string;
const marked = new Set(
  ctx.store.prepare('SELECT start FROM annotations WHERE article_id = ?').pluck().all(articleId) as number[],
);
const words = [...text.matchAll(/\S+/g)].filter((word) => !marked.has(word.index));
// Pipes are written synchronously on Linux, so a line printed is in the pipe before the next write.
for (const [index, word] of words.entries()) {
  const entry = createGlossaryEntryAction(
    ctx,
    inputSchemas['glossary.create'].parse({ label: 'other', frenchTerm: `Entrée ${round}-${index}` }),
  );
  process.stdout.write(`entry ${entry.id}\n`);
  const annotation = createAnnotation(
    ctx,
    inputSchemas['annotations.create'].parse({
      articleId,
      start: word.index,
      end: word.index + word[0].length,
      kind: 'entity',
      label: 'person',
    }),
  );
  process.stdout.write(`annotation ${annotation.id}\n`);
}
process.stdout.write('done\n');
