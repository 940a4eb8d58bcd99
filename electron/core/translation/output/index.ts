// The public surface of the translation's output files: the English article and the XLIFF file,
// each a pure function of the rows it is given.
export {
  englishArticle,
  translationFileName,
  type EnglishArticleFormat,
  type EnglishArticleInput,
} from './englishArticle';
export {
  englishDocument,
  type EnglishBlock,
  type EnglishDocument,
  type EnglishInline,
} from './englishBlocks';
export { xliffExport } from './xliffExport';
export { planXliffImport, type XliffImportPlan, type XliffSegmentUpdate } from './xliff/planXliffImport';
export { readXliff, type XliffSegment, type XliffTranslation } from './xliff/readXliff';
export { writeXliff, type XliffInput } from './xliff/writeXliff';
