import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import { glossaryExportFileName, glossaryExportFiles } from '../../../shared/exportFormats';
import type { CoreContext } from '../coreContext';
import { listGlossary } from '../glossary/glossaryEntries';
import { glossaryCsv } from './glossaryCsv';

/// The whole glossary as a file to save in the asked format and dialect: its name, MIME type and
/// content.
export function exportGlossary(
  ctx: CoreContext,
  input: ValidatedInput<'glossary.export'>,
): OperationResult<'glossary.export'> {
  const entries = listGlossary(ctx);
  return {
    fileName: glossaryExportFileName(input.format),
    mimeType: glossaryExportFiles[input.format].mimeType,
    content: glossaryCsv(entries, input.dialect),
  };
}
