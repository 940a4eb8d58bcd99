import { buildDocx, type DocxParagraph } from '../../electron/core/import/testing/buildZip';
import { parseArticleFile } from '../../electron/core/import/parseArticleFile';
import { articleText } from '../../shared/articleText';
import { generateArticle } from '../generateArticle';

/// A generated Word document of `paragraphs` short paragraphs (a sentence or two each, a heading
/// every 25), like the long transcripts and reports issue 9 found slow to import.
export function largeWordFile(paragraphs: number): Buffer {
  const words = generateArticle(paragraphs * 8).content.content.map((block) => block.textContent);
  const body: DocxParagraph[] = words.map((text, index) =>
    text.startsWith('Partie ') ? { style: 'Heading1', runs: [text] } : { runs: [`${index}. ${text}`] },
  );
  return buildDocx(body.flatMap((paragraph) => splitInFive(paragraph)));
}

// generateArticle writes paragraphs of 40 words; five short ones of 8 words each are the shape asked for.
function splitInFive(paragraph: DocxParagraph): DocxParagraph[] {
  if (paragraph.style !== undefined) return [paragraph];
  const words = String(paragraph.runs[0]).split(' ');
  return [0, 1, 2, 3, 4].map((part) => ({ runs: [words.slice(part * 8, part * 8 + 8).join(' ')] }));
}

// Run as a script: `npx tsx bench/import/largeWordFile.ts 20000` reads one generated file in this
// process and prints the time and the process's peak resident memory.
if (import.meta.url === `file://${process.argv[1]}`) {
  const paragraphs = Number(process.argv[2] ?? 20_000);
  const bytes = largeWordFile(paragraphs);
  const start = performance.now();
  const article = await parseArticleFile('large.docx', bytes);
  const seconds = (performance.now() - start) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${paragraphs} paragraphs, ${(bytes.length / 1024).toFixed(0)} KB, ${article.doc.childCount} blocks, ${articleText(article.doc).length} characters: ${seconds.toFixed(1)} s, peak RSS ${peakMb.toFixed(0)} MB\n`,
  );
}
