import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleText } from '../../shared/articleText';
import { coreContext } from '../../electron/core/coreContext';
import { storeArticle } from '../../electron/core/articles/articles';
import { openStore } from '../../electron/core/store/openStore';
import { parseArticleFile } from '../../electron/core/import/parseArticleFile';
import { detectLanguage } from '../../electron/core/import/detectLanguage';
import { parsedArticleFromJson, parsedArticleToJson } from '../../electron/core/import/parsedArticleJson';
import { storeInCommitGroup } from '../../electron/core/import/commitGroup';
import { storeImported } from '../../electron/core/import/importArticles';
import { articleFile, generatedArticle, type ImportFormat } from './importFiles';

const count = Number(process.argv[2] ?? 300);
const formats = (process.argv[3]?.split(',') ?? ['txt', 'md', 'html', 'docx']) as ImportFormat[];
const dir = mkdtempSync(join(tmpdir(), 'stage-'));
for (const format of formats) {
  const files = Array.from({ length: count }, (_, i) => articleFile(format, generatedArticle(i + 1)));
  for (const f of files.slice(0, 20)) await parseArticleFile(`a.${format}`, f);
  const t0 = performance.now();
  const parsed = [];
  for (const f of files) parsed.push(await parseArticleFile(`a.${format}`, f));
  const t1 = performance.now();
  for (const p of parsed) detectLanguage(articleText(p.doc));
  const t2 = performance.now();
  const json = parsed.map((p) => JSON.stringify(parsedArticleToJson(p)));
  const t3 = performance.now();
  const back = json.map((j) => parsedArticleFromJson(JSON.parse(j)));
  const t4 = performance.now();
  const ctx = coreContext(openStore(join(dir, `${format}.sqlite`)));
  await Promise.all(
    back.map((p, i) =>
      storeInCommitGroup(
        ctx.store,
        () => storeImported(ctx, `a${i}`, `a${i}`, p, false),
        () => null,
      ),
    ),
  );
  const t5 = performance.now();
  ctx.store.close();
  const per = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log(
    `${format}: parse ${per(t1 - t0)} (of which language ≈ ${per(t2 - t1)}), toJSON ${per(t3 - t2)}, fromJSON ${per(t4 - t3)}, store ${per(t5 - t4)}`,
  );
}
rmSync(dir, { recursive: true, force: true });
void storeArticle;
