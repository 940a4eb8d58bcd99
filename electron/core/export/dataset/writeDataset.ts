import { codePointOffsets } from '../../../../shared/offsets';
import type { DatasetExportFormat } from '../../../../shared/exportFormats';
import type { CoreContext } from '../../coreContext';
import { bratAnnotationConf, bratFiles } from './bratStandoff';
import { conllArticle } from './conllDataset';
import {
  countDatasetArticles,
  countDatasetSpans,
  datasetArticles,
  type DatasetArticle,
  type DatasetScope,
} from './datasetArticles';
import { jsonlDatasetLine } from './jsonlDataset';
import {
  webAnnotation,
  webAnnotationCollectionEnd,
  webAnnotationCollectionStart,
  webAnnotationItem,
} from './webAnnotations';

/// Where an export's text goes, piece by piece: the one file of a file format, or (brat) the
/// named file of the export folder. A sink may write each piece out before the next is made.
export interface DatasetSink {
  write(chunk: string, file?: string): void;
}

/// What an export wrote.
export interface DatasetExportSummary {
  readonly articles: number;
  readonly spans: number;
}

/// A dataset export written piece by piece: `begin` once, `article` for each article in id order,
/// then `end`. The export's own framing (a Web Annotation collection, brat's `annotation.conf`)
/// is written by `begin` and `end`, so a caller can feed it articles at its own pace.
export interface DatasetWriter {
  begin(): void;
  article(article: DatasetArticle): void;
  end(): DatasetExportSummary;
}

/// A `DatasetWriter` in `format` onto `sink` for the articles of `scope`.
export function datasetWriter(
  ctx: CoreContext,
  format: DatasetExportFormat,
  scope: DatasetScope,
  sink: DatasetSink,
): DatasetWriter {
  const labels = new Set<string>();
  let articles = 0;
  let spans = 0;
  return {
    begin() {
      if (format === 'webanno') {
        sink.write(webAnnotationCollectionStart('Passerelle annotations', countDatasetSpans(ctx, scope)));
      }
    },
    article(article) {
      switch (format) {
        case 'jsonl':
          sink.write(jsonlDatasetLine(article));
          break;
        case 'conll':
          sink.write(conllArticle(article));
          break;
        case 'brat':
          for (const file of bratFiles(article)) sink.write(file.content, file.path);
          break;
        case 'webanno': {
          const offsets = codePointOffsets(article.text);
          article.spans.forEach((span, index) => {
            sink.write(webAnnotationItem(webAnnotation(article, span, offsets), spans + index));
          });
          break;
        }
      }
      for (const span of article.spans) labels.add(span.label);
      articles += 1;
      spans += article.spans.length;
    },
    end() {
      if (format === 'webanno') sink.write(webAnnotationCollectionEnd);
      if (format === 'brat') sink.write(bratAnnotationConf(labels), 'annotation.conf');
      return { articles, spans };
    },
  };
}

/// Writes the scope's articles to `sink` in `format`, one article at a time (the export never
/// holds more than one article's text and spans, whatever its size), calling `onProgress` with
/// the articles done and their total after each; `shouldStop` is asked between articles, so a
/// caller can cancel.
export function writeDataset(
  ctx: CoreContext,
  format: DatasetExportFormat,
  scope: DatasetScope,
  sink: DatasetSink,
  onProgress: (done: number, total: number) => void = () => {},
  shouldStop: () => boolean = () => false,
): DatasetExportSummary {
  const total = countDatasetArticles(ctx, scope);
  const writer = datasetWriter(ctx, format, scope, sink);
  writer.begin();
  let done = 0;
  for (const article of datasetArticles(ctx, scope)) {
    if (shouldStop()) break;
    writer.article(article);
    done += 1;
    onProgress(done, total);
  }
  return writer.end();
}
