import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { CoreContext } from '../coreContext';
import { createBackup, listBackups, restoreBackup, workspaceFile, workspaceName } from './workspaceBackups';

/// `backups.list`: the workspace's name (its file name without extension, as the header shows it)
/// and its backups, newest first.
export function listWorkspaceBackups(ctx: CoreContext): OperationResult<'backups.list'> {
  const file = ctx.store.memory ? null : workspaceFile(ctx.store);
  return {
    workspaceName: file === null ? '' : workspaceName(file),
    backups: file === null ? [] : listBackups(file),
  };
}

/// `backups.create`: a backup of the workspace now, into its backups folder, kept until deleted.
export function createWorkspaceBackup(ctx: CoreContext): Promise<OperationResult<'backups.create'>> {
  return createBackup(ctx.store, 'manual', ctx.now());
}

/// `backups.restore`: the workspace's content replaced by one of its backups, the current content
/// backed up first.
export function restoreWorkspaceBackup(
  ctx: CoreContext,
  input: ValidatedInput<'backups.restore'>,
): Promise<OperationResult<'backups.restore'>> {
  return restoreBackup(ctx.store, input.fileName, ctx.now());
}
