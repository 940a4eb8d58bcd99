import type { CoreContext } from '../coreContext';
import { readWorkspaceSetting } from './workspaceSettings';

/// Who is writing through this context: its own author (a CLI run's `--author`) when it has one,
/// else the workspace's name setting, else null (unknown). Every row that records an author
/// (annotations, glossary entries, undo steps; claims and segments to come) stores this.
export function currentAuthor(ctx: CoreContext): string | null {
  return ctx.author ?? readWorkspaceSetting(ctx.store, 'author');
}
