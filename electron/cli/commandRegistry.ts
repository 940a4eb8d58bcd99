import { plannedCommand, type Command, type PlannedCommand } from './commandLine';
import { backupCommand } from './commands/backupCommand';
import { exportDatasetCommand } from './commands/exportDatasetCommand';
import { exportGlossaryCommand } from './commands/exportGlossaryCommand';
import { exportTranslationCommand } from './commands/exportTranslationCommand';
import { importCommand } from './commands/importCommand';
import { importDatasetCommand } from './commands/importDatasetCommand';
import { importGlossaryCommand } from './commands/importGlossaryCommand';
import { importTranslationCommand } from './commands/importTranslationCommand';
import { listCommand } from './commands/listCommand';
import { serveCommand } from './commands/serveCommand';
import { suggestCommand } from './commands/suggestCommand';

/// Every command of the CLI, in the order `passerelle --help` lists them. Adding a command is its
/// module and one line here (replacing its `plannedCommand` line if it has one).
export const commandRegistry = [
  importCommand,
  listCommand,
  exportGlossaryCommand,
  exportDatasetCommand,
  exportTranslationCommand,
  suggestCommand,
  serveCommand,
  backupCommand,
  importGlossaryCommand,
  importTranslationCommand,
  plannedCommand('search'),
  importDatasetCommand,
] as const satisfies readonly (Command | PlannedCommand)[];

/// The commands that run, without those not built yet.
export const availableCommands: readonly Command[] = commandRegistry.filter(
  (command): command is Extract<(typeof commandRegistry)[number], { available: true }> => command.available,
);
