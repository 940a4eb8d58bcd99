import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { OperationName } from '../../../shared/operationNames';
import type { CoreContext } from '../coreContext';
import { createAnnotation, deleteAnnotation, listAnnotations } from './annotations';
import { getArticle, importArticles, listArticles } from './articles';
import { createGlossaryEntry, exportGlossary, listGlossary, updateGlossaryEntry } from './glossary';

/// The implementation of one operation: validated input in, result out.
export type Handler<K extends OperationName> = (
  ctx: CoreContext,
  input: ValidatedInput<K>,
) => OperationResult<K> | Promise<OperationResult<K>>;

/// Every operation's handler; a missing one is a compile error.
export const handlers = {
  'articles.import': importArticles,
  'articles.list': listArticles,
  'articles.get': getArticle,
  'annotations.list': listAnnotations,
  'annotations.create': createAnnotation,
  'annotations.delete': deleteAnnotation,
  'glossary.list': listGlossary,
  'glossary.create': (ctx, input) => createGlossaryEntry(ctx, input),
  'glossary.update': updateGlossaryEntry,
  'glossary.export': exportGlossary,
} satisfies { [K in OperationName]: Handler<K> };
