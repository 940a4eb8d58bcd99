import type { CoreContext } from '../coreContext';

/// Every row undo and redo may touch, to compare whole workspaces before and after.
export function workspaceSnapshot(ctx: CoreContext): unknown {
  const all = (table: string) => ctx.store.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
  return {
    articles: all('articles'),
    labels: all('labels'),
    glossary: all('glossary_entries'),
    annotations: all('annotations'),
    rejections: all('suggestion_rejections'),
  };
}
