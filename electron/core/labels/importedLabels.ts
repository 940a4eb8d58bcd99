import type { Label } from '../../../shared/domain';
import { PasserelleError } from '../../../shared/errors';
import { foldText } from '../../../shared/foldText';
import type { CoreContext } from '../coreContext';
import { createLabel, labelKey, listLabels } from './labels';

// Colours given in turn to the labels an imported file brings.
const newLabelColours = ['#0f766e', '#b45309', '#7c3aed', '#be123c', '#1d4ed8', '#4d7c0f'];

/// Finds the workspace label an imported file names (by key, or by English or French name,
/// compared folded), creating one of that name when there is none; `created` lists the new ones.
/// `mapping` sends a file's label name to an existing label's key instead (the Import dialog's
/// label step). Call inside the import's `recordAction`, so a created label is part of its undo step.
export function importedLabels(
  ctx: CoreContext,
  mapping: Readonly<Record<string, string>> = {},
): {
  labelFor(name: string): Label;
  readonly created: string[];
} {
  const labels = listLabels(ctx);
  const created: string[] = [];
  return {
    created,
    labelFor(name) {
      const mapped = Object.hasOwn(mapping, name) ? mapping[name] : undefined;
      if (mapped !== undefined) {
        const target = labels.find((label) => label.key === mapped);
        if (target === undefined) {
          throw new PasserelleError(
            'invalid_input',
            `The file's label "${name}" is mapped to "${mapped}", which is no label of the workspace.`,
          );
        }
        return target;
      }
      const folded = foldText(name);
      const known = labels.find(
        (label) =>
          label.key === name ||
          label.key === labelKey(name) ||
          foldText(label.nameEn) === folded ||
          foldText(label.nameFr) === folded,
      );
      if (known !== undefined) return known;
      const made = createLabel(ctx, {
        nameEn: name,
        nameFr: name,
        colour: newLabelColours[created.length % newLabelColours.length] ?? '#0f766e',
        shortcut: null,
      });
      labels.push(made);
      created.push(made.nameEn);
      return made;
    },
  };
}
