import { basename, extname } from 'node:path';
import type { OperationResult } from '../../../shared/contract';
import type { CoreContext } from '../coreContext';

/// `workspace.info`: whether the open workspace is read-only (see `openStore`), its file and the
/// name the app shows for it.
export function workspaceInfo(ctx: CoreContext): OperationResult<'workspace.info'> {
  const path = ctx.store.name;
  const name = path === ':memory:' ? path : basename(path, extname(path));
  return { readOnly: ctx.store.readonly, path, name };
}
