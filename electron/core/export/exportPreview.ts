import type { ExportPreview } from '../../../shared/contract';
import type { CoreContext } from '../coreContext';
import { countDatasetArticles, countDatasetSpans, datasetArticles } from './dataset/datasetArticles';
import { datasetWriter } from './dataset/writeDataset';
import { glossaryFileContent } from './exportGlossary';
import {
  claimsFileContent,
  datasetScope,
  exportFileKind,
  glossaryEntriesToExport,
  leftOutByPrivacy,
  type ExportRequest,
} from './exportRequest';

/// How many lines a preview shows.
export const previewLineCount = 20;

// A JSONL line holds a whole article: the preview shows its start.
const maxPreviewLineLength = 400;

function firstLines(text: string): { lines: string[]; more: boolean } {
  const all = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (all.at(-1) === '') all.pop();
  return {
    lines: all
      .slice(0, previewLineCount)
      .map((line) => (line.length > maxPreviewLineLength ? `${line.slice(0, maxPreviewLineLength)}…` : line)),
    more: all.length > previewLineCount,
  };
}

/// The first lines of the export `request` asks for (of the first article's `.ann` for brat), how
/// many entries, articles and spans, or claims it holds (for ClaimReview also the claims it leaves
/// out and why), and what its privacy profile leaves out. A
/// dataset preview writes articles only until it has its lines.
export function previewExport(ctx: CoreContext, request: ExportRequest): ExportPreview {
  const { fileName } = exportFileKind(request);
  const leftOut = leftOutByPrivacy(ctx, request);
  if (request.kind === 'glossary') {
    const entries = glossaryEntriesToExport(ctx, request);
    return {
      fileName,
      ...firstLines(glossaryFileContent(ctx, request, entries)),
      counts: { kind: 'glossary', entries: entries.length },
      leftOut,
    };
  }
  if (request.kind === 'claims') {
    const { content, counts } = claimsFileContent(ctx, request);
    return { fileName, ...firstLines(content), counts, leftOut };
  }
  const scope = datasetScope(request);
  let text = '';
  let lineCount = 0;
  let enough = false;
  const writer = datasetWriter(ctx, request.format, scope, {
    write(chunk, file) {
      if (enough || (request.format === 'brat' && !file?.endsWith('.ann'))) return;
      text += chunk;
      lineCount += chunk.split('\n').length - 1;
      if (request.format === 'brat' || lineCount > previewLineCount) enough = true;
    },
  });
  writer.begin();
  for (const article of datasetArticles(ctx, scope)) {
    if (enough) break;
    writer.article(article);
  }
  if (!enough) writer.end();
  const preview = firstLines(text);
  return {
    fileName,
    lines: preview.lines,
    more: preview.more,
    counts: {
      kind: 'dataset',
      articles: countDatasetArticles(ctx, scope),
      spans: countDatasetSpans(ctx, scope),
    },
    leftOut,
  };
}
