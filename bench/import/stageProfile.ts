import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleText } from '../../shared/articleText';
import { coreContext } from '../../electron/core/coreContext';
import { openStore } from '../../electron/core/store/openStore';
import { parseArticleFile } from '../../electron/core/import/parseArticleFile';
import { detectLanguage } from '../../electron/core/import/detectLanguage';
import { parsedArticleFromJson, parsedArticleToJson } from '../../electron/core/import/parsedArticleJson';
import { storeInCommitGroup } from '../../electron/core/import/commitGroup';
import { storeImported } from '../../electron/core/import/importArticles';
import { articleFile, generatedArticle, type ImportFormat } from './importFiles';

// CPU milliseconds (this process, all threads) spent in `stage`: less moved by other processes
// on a shared machine than the time on the clock.
async function cpuMs(stage: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await stage();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

// Run as a script: `npx tsx bench/import/stageProfile.ts 300 txt,html` reads that many generated
// articles of each format in this process, one stage at a time (parse, of which language
// detection; the crossing from a worker as JSON and back; storing in group commits), and prints
// each stage's CPU time, so the import's costs can be compared from one change to the next.
const count = Number(process.argv[2] ?? 300);
const formats = (process.argv[3]?.split(',') ?? ['txt', 'md', 'html', 'docx']) as ImportFormat[];
const dir = mkdtempSync(join(tmpdir(), 'passerelle-stage-profile-'));
try {
  for (const format of formats) {
    const files = Array.from({ length: count }, (_, index) =>
      articleFile(format, generatedArticle(index + 1)),
    );
    // Warm-up: this format's reader is loaded and compiled before anything is measured.
    for (const file of files.slice(0, 20)) await parseArticleFile(`warm-up.${format}`, file);
    const parsed: Awaited<ReturnType<typeof parseArticleFile>>[] = [];
    const parse = await cpuMs(async () => {
      for (const [index, file] of files.entries())
        parsed.push(await parseArticleFile(`${index}.${format}`, file));
    });
    const language = await cpuMs(() => parsed.map((article) => detectLanguage(articleText(article.doc))));
    let crossed: ReturnType<typeof parsedArticleFromJson>[] = [];
    const crossing = await cpuMs(() => {
      crossed = parsed.map((article) => parsedArticleFromJson(structuredClone(parsedArticleToJson(article))));
    });
    const ctx = coreContext(openStore(join(dir, `${format}.sqlite`)));
    const store = await cpuMs(() =>
      Promise.all(
        crossed.map((article, index) =>
          storeInCommitGroup(
            ctx.store,
            () => storeImported(ctx, `${index}.${format}`, `${index}.${format}`, article, false),
            () => null,
          ),
        ),
      ),
    );
    ctx.store.close();
    const each = (ms: number) => `${(ms / count).toFixed(2)} ms`;
    process.stdout.write(
      `${format}, CPU per article: parse ${each(parse)} (of which language ${each(language)}), worker crossing ${each(crossing)}, store ${each(store)}\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
