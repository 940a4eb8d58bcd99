import type { GlossaryEntry } from '../../../../shared/domain';
import { foldText } from '../../../../shared/foldText';
import type { CoreContext } from '../../coreContext';
import {
  createGlossaryEntry,
  distinctTerms,
  entryFields,
  getGlossaryEntry,
  writeGlossaryEntry,
} from '../../glossary/glossaryEntries';
import { recordAction } from '../../history/recordAction';
import { importedLabels } from '../../labels/importedLabels';
import { cachedStatement } from '../../store/rows';
import { refuseWhenReadOnly } from '../../store/storeError';
import type { ImportedEntry } from './readGlossaryFile';

/// What to do when an imported entry gives another English term than the workspace's entry of the
/// same French term: keep the workspace's, take the file's, or keep both as two entries.
export const glossaryConflictChoices = ['keep', 'take', 'both'] as const;

/// One of `glossaryConflictChoices`.
export type GlossaryConflictChoice = (typeof glossaryConflictChoices)[number];

/// An entry whose English term the file and the workspace disagree on, and what was done.
export interface GlossaryConflict {
  readonly line: number;
  readonly frenchTerm: string;
  readonly mine: string;
  readonly theirs: string;
  readonly entryId: number;
  readonly choice: GlossaryConflictChoice;
}

/// What an import of a glossary did.
export interface GlossaryImportSummary {
  readonly created: number;
  readonly merged: number;
  readonly unchanged: number;
  readonly labelsCreated: readonly string[];
  readonly conflicts: readonly GlossaryConflict[];
}

// The workspace's entry of the same folded French term, of the same label first.
function existingEntry(ctx: CoreContext, frenchTerm: string, label: string): GlossaryEntry | undefined {
  const id = cachedStatement(
    ctx.store,
    'SELECT id FROM glossary_entries WHERE french_key = ? ORDER BY label = ? DESC, id LIMIT 1',
  )
    .pluck()
    .get(foldText(frenchTerm), label) as number | undefined;
  return id === undefined ? undefined : getGlossaryEntry(ctx, id);
}

/// Imports glossary entries as one undo step: an entry whose folded French term the workspace
/// already has is merged into it (empty fields filled, variants and terms to avoid added); one it
/// lacks is created (its label created if the workspace has none of that name). When both give an
/// English term and they differ, the conflict is listed and `choice` decides (one for all, or one
/// per conflict by the file line it came from); nothing is ever overwritten without one.
/// `labelMapping` sends a file's label to an existing label instead of finding or creating one of
/// its name.
export function importGlossaryEntries(
  ctx: CoreContext,
  fileName: string,
  entries: readonly ImportedEntry[],
  choice: GlossaryConflictChoice | ((line: number) => GlossaryConflictChoice) = 'keep',
  labelMapping: Readonly<Record<string, string>> = {},
): GlossaryImportSummary {
  const choiceFor = typeof choice === 'function' ? choice : () => choice;
  refuseWhenReadOnly(ctx.store);
  let created = 0;
  let merged = 0;
  let unchanged = 0;
  let labelsCreated: readonly string[] = [];
  const conflicts: GlossaryConflict[] = [];
  recordAction(
    ctx,
    () => ({ key: 'history.step.importGlossary', params: { fileName, count: created + merged } }),
    () => {
      const labels = importedLabels(ctx, labelMapping);
      for (const imported of entries) {
        // An entry of no label goes to Other, as a mark of no known type would.
        const label = labels.labelFor(imported.label ?? 'other');
        const fields = {
          label: label.key,
          frenchTerm: imported.frenchTerm,
          frenchVariants: [...imported.frenchVariants],
          englishTerm: imported.englishTerm,
          englishAvoid: [...imported.englishAvoid],
          decision: imported.decision ?? 'translate',
          note: imported.note,
          wikidataId: /^Q[1-9]\d*$/.test(imported.wikidataId) ? imported.wikidataId : '',
          status: imported.status ?? 'draft',
        };
        const existing = existingEntry(ctx, imported.frenchTerm, label.key);
        if (existing === undefined) {
          createGlossaryEntry(ctx, fields);
          created += 1;
          continue;
        }
        const disagree =
          existing.englishTerm !== '' &&
          imported.englishTerm !== '' &&
          foldText(existing.englishTerm) !== foldText(imported.englishTerm);
        const chosen = choiceFor(imported.line);
        if (disagree) {
          conflicts.push({
            line: imported.line,
            frenchTerm: existing.frenchTerm,
            mine: existing.englishTerm,
            theirs: imported.englishTerm,
            entryId: existing.id,
            choice: chosen,
          });
          if (chosen === 'both') {
            createGlossaryEntry(ctx, fields);
            created += 1;
            continue;
          }
        }
        const current = entryFields(existing);
        const englishTerm =
          current.englishTerm === '' || (disagree && chosen === 'take')
            ? imported.englishTerm
            : current.englishTerm;
        const next = {
          ...current,
          englishTerm,
          frenchVariants: distinctTerms(
            [...current.frenchVariants, ...imported.frenchVariants],
            [current.frenchTerm],
          ),
          englishAvoid: distinctTerms([...current.englishAvoid, ...imported.englishAvoid], [englishTerm]),
          note: current.note === '' ? fields.note : current.note,
          wikidataId: current.wikidataId === '' ? fields.wikidataId : current.wikidataId,
        };
        if (JSON.stringify(next) === JSON.stringify(current)) {
          unchanged += 1;
          continue;
        }
        writeGlossaryEntry(ctx, existing.id, next);
        merged += 1;
      }
      labelsCreated = labels.created;
    },
  );
  return { created, merged, unchanged, labelsCreated, conflicts };
}
