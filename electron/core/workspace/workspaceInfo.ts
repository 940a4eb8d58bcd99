import { basename, extname } from 'node:path';
import type { OperationResult, ValidatedInput, WorkspacePublisher } from '../../../shared/contract';
import type { CoreContext } from '../coreContext';
import { refuseWhenReadOnly } from '../store/storeError';
import { currentAuthor } from './currentAuthor';
import { readWorkspaceSetting, writeWorkspaceSetting } from './workspaceSettings';

/// `workspace.info`: whether the open workspace is read-only (see `openStore`), its file, the
/// name the app shows for it, the name of who is writing to it (null until one is set) and who
/// publishes its fact-checks.
export function workspaceInfo(ctx: CoreContext): OperationResult<'workspace.info'> {
  const path = ctx.store.name;
  const name = path === ':memory:' ? path : basename(path, extname(path));
  return {
    readOnly: ctx.store.readonly,
    path,
    name,
    author: currentAuthor(ctx),
    publisher: workspacePublisher(ctx),
  };
}

/// Who publishes the workspace's fact-checks, or null until set (`workspace.setPublisher`).
export function workspacePublisher(ctx: CoreContext): WorkspacePublisher | null {
  const name = readWorkspaceSetting(ctx.store, 'publisher-name');
  return name === null ? null : { name, url: readWorkspaceSetting(ctx.store, 'publisher-url') ?? '' };
}

/// `workspace.setPublisher`: stores the fact-checks' publisher (a setting, not an undoable step).
export function setWorkspacePublisher(
  ctx: CoreContext,
  input: ValidatedInput<'workspace.setPublisher'>,
): OperationResult<'workspace.setPublisher'> {
  refuseWhenReadOnly(ctx.store);
  ctx.store.transaction(() => {
    writeWorkspaceSetting(ctx.store, 'publisher-name', input.name);
    writeWorkspaceSetting(ctx.store, 'publisher-url', input.url);
  })();
  return workspaceInfo(ctx);
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
