import { basename, extname } from 'node:path';
import type { OperationResult, ValidatedInput } from '../../../shared/contract';
import type { CoreContext } from '../coreContext';
import { refuseWhenReadOnly } from '../store/storeError';
import { currentAuthor } from './currentAuthor';
import { writeWorkspaceSetting } from './workspaceSettings';

/// `workspace.info`: whether the open workspace is read-only (see `openStore`), its file, the
/// name the app shows for it and the name of who is writing to it (null until one is set).
export function workspaceInfo(ctx: CoreContext): OperationResult<'workspace.info'> {
  const path = ctx.store.name;
  const name = path === ':memory:' ? path : basename(path, extname(path));
  return { readOnly: ctx.store.readonly, path, name, author: currentAuthor(ctx) };
}

/// `workspace.setAuthor`: stores the user's name as a workspace setting at once (a setting, not
/// an undoable step); what is marked from then on records it.
export function setWorkspaceAuthor(
  ctx: CoreContext,
  input: ValidatedInput<'workspace.setAuthor'>,
): OperationResult<'workspace.setAuthor'> {
  refuseWhenReadOnly(ctx.store);
  writeWorkspaceSetting(ctx.store, 'author', input.name);
  return workspaceInfo(ctx);
}
