import type { OperationResult, ValidatedInput } from '../../shared/contract';
import type { OperationName } from '../../shared/operationNames';
import type { CoreContext } from './coreContext';
import {
  createAllAnnotations,
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  updateAnnotation,
} from './annotations/annotations';
import {
  createWorkspaceBackup,
  listWorkspaceBackups,
  restoreWorkspaceBackup,
} from './backups/backupHandlers';
import { createClaimAnnotation, getClaim, listClaims, updateClaim } from './claims/claims';
import { deleteArticle, getArticle, listArticles, updateArticle } from './articles/articles';
import {
  createGlossaryEntryAction,
  deleteGlossaryEntry,
  getGlossaryEntry,
  listGlossary,
  updateGlossaryEntry,
} from './glossary/glossaryEntries';
import { cancelExport, exportStatus, saveExport, startExport } from './export/exportJobs';
import { exportGlossary } from './export/exportGlossary';
import { previewExport } from './export/exportPreview';
import { glossaryCandidates } from './glossary/glossaryCandidates';
import { listGlossaryMentions } from './glossary/glossaryMentions';
import { mergeGlossaryEntries, splitGlossaryEntry } from './glossary/glossaryMerge';
import { getHistoryState, redo, undo } from './history/historyHandlers';
import { importArticles, importArticleText, importPage } from './import/importArticles';
import { inspectImport, runImport } from './import/exchangeImportHandlers';
import { createLabel, deleteLabel, listLabels, reorderLabels, updateLabel } from './labels/labels';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  listSuggestions,
  rejectAllSuggestions,
  rejectSuggestion,
} from './suggestions/suggestions';
import { mergeSegments } from './translation/mergeSegments';
import { segmentArticle } from './translation/segmentArticle';
import { listSegments } from './translation/segmentRows';
import { splitSegment } from './translation/splitSegment';
import { translationProgress } from './translation/translationProgress';
import { updateSegment } from './translation/updateSegment';
import { setWorkspaceAuthor, setWorkspacePublisher, workspaceInfo } from './workspace/workspaceInfo';

/// The implementation of one operation: validated input in, result out.
export type Handler<K extends OperationName> = (
  ctx: CoreContext,
  input: ValidatedInput<K>,
) => OperationResult<K> | Promise<OperationResult<K>>;

function notBuiltYet(): never {
  throw new Error('SCAFFOLD: not built yet');
}

/// Every operation's handler; a missing one is a compile error.
export const handlers = {
  'articles.import': (ctx, input) => importArticles(ctx, input),
  'articles.list': listArticles,
  'articles.get': getArticle,
  'annotations.list': listAnnotations,
  'annotations.create': createAnnotation,
  'annotations.delete': deleteAnnotation,
  'claims.create': createClaimAnnotation,
  'claims.get': (ctx, input) => getClaim(ctx, input.annotationId),
  'claims.update': updateClaim,
  'claims.list': listClaims,
  'translation.segment': segmentArticle,
  'segments.list': listSegments,
  'segments.update': updateSegment,
  'segments.merge': mergeSegments,
  'segments.split': splitSegment,
  'translation.progress': translationProgress,
  // SCAFFOLD (tr-base branch only, never merged to main): the translation helper replaces these.
  'translation.drift': notBuiltYet,
  'translation.fixDrift': notBuiltYet,
  'translation.export': notBuiltYet,
  'translation.import': notBuiltYet,
  'glossary.list': listGlossary,
  'glossary.create': createGlossaryEntryAction,
  'glossary.update': updateGlossaryEntry,
  'glossary.export': exportGlossary,
  'exports.preview': previewExport,
  'exports.start': startExport,
  'exports.status': exportStatus,
  'exports.cancel': cancelExport,
  'exports.save': saveExport,
  'articles.importUrl': (ctx, input) => importPage(ctx, input),
  'articles.importText': (ctx, input) => importArticleText(ctx, input),
  'articles.update': updateArticle,
  'articles.delete': deleteArticle,
  'annotations.createAll': createAllAnnotations,
  'annotations.update': updateAnnotation,
  'labels.list': listLabels,
  'labels.create': createLabel,
  'labels.update': updateLabel,
  'labels.reorder': reorderLabels,
  'labels.delete': deleteLabel,
  'glossary.get': (ctx, input) => getGlossaryEntry(ctx, input.id),
  'glossary.delete': deleteGlossaryEntry,
  'glossary.merge': mergeGlossaryEntries,
  'glossary.split': splitGlossaryEntry,
  'glossary.mentions': listGlossaryMentions,
  'glossary.candidates': glossaryCandidates,
  'suggestions.list': (ctx, input) => listSuggestions(ctx, input),
  'suggestions.accept': acceptSuggestion,
  'suggestions.acceptAll': acceptAllSuggestions,
  'suggestions.reject': rejectSuggestion,
  'suggestions.rejectAll': rejectAllSuggestions,
  'history.state': getHistoryState,
  'history.undo': undo,
  'history.redo': redo,
  'workspace.info': workspaceInfo,
  'workspace.setAuthor': setWorkspaceAuthor,
  'workspace.setPublisher': setWorkspacePublisher,
  'backups.list': listWorkspaceBackups,
  'backups.create': createWorkspaceBackup,
  'backups.restore': restoreWorkspaceBackup,
  'imports.inspect': inspectImport,
  'imports.run': runImport,
} satisfies { [K in OperationName]: Handler<K> };
