import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { copyWorkspace, workspaceFile } from '../../core/backups/workspaceBackups';
import { exitCodes } from '../cliIo';
import { defineCommand, UsageError, workspaceArgument, workspaceOption } from '../commandLine';

/// `passerelle backup <file>`: a copy of the workspace in `file`, taken through SQLite's backup
/// API (consistent even while the app writes); an existing file is never overwritten.
export const backupCommand = defineCommand({
  name: 'backup',
  arguments: '<file>',
  summary: ['back up the workspace into a new file'],
  description:
    "Copies the workspace into a new file through SQLite's backup API: a consistent copy even\n" +
    'while the app or web mode is writing to it. An existing file is never overwritten. The copy\n' +
    'is a workspace of its own: open it with --db, or restore it from the app.',
  options: { db: workspaceOption },
  read: (values, positionals) => {
    if (positionals.length !== 1)
      throw new UsageError('backup needs exactly one file to write the backup to.');
    return { command: 'backup' as const, target: positionals[0] ?? '', ...workspaceArgument(values.db) };
  },
  run: async (ctx, { target }, io) => {
    const file = resolve(target);
    if (!existsSync(dirname(file))) {
      io.stderr(`passerelle: the folder ${dirname(file)} does not exist; nothing was written.\n`);
      return exitCodes.failed;
    }
    const bytes = await copyWorkspace(ctx.store, file);
    io.stdout(`Backed up ${workspaceFile(ctx.store)} to ${file} (${bytes} bytes).\n`);
    return exitCodes.ok;
  },
});
