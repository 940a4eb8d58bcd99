import type { HistoryMessage } from '../../../shared/historyMessages';
import type { CoreContext } from '../coreContext';
import type { Store } from '../store/openStore';
import { historyTables } from './historyTables';
import { cachedStatement } from '../store/rows';
import { currentAuthor } from '../workspace/currentAuthor';

/// How many steps a session keeps; older ones can no longer be undone.
export const maxStepsPerSession = 200;

/// How long the steps of other sessions (earlier runs of the app) are kept, in milliseconds.
const otherSessionsKeptFor = 2 * 24 * 60 * 60 * 1000;

const recording = new WeakSet<Store>();

/// Runs `action` in one write transaction, begun IMMEDIATE so that what it reads (is this span
/// marked already?) is the latest state of the workspace and no other process can write before
/// it commits, and records every change it makes to articles, labels,
/// glossary entries, annotations and suggestion rejections as one undo step of the context's
/// session, saying what it does as a message key and parameters that the UI translates (from the
/// result when `message` is a function) and who did it (`currentAuthor`). A new step discards the session's undone steps, so
/// nothing undone can come back. An action that changes nothing records nothing; one called
/// inside another joins the outer step.
export function recordAction<T>(
  ctx: CoreContext,
  message: HistoryMessage | ((result: T) => HistoryMessage),
  action: () => T,
): T {
  const { store } = ctx;
  if (recording.has(store)) return action();
  historyTables(store);
  return store
    .transaction(() => {
      const now = ctx.now();
      const stepId = Number(
        cachedStatement(
          store,
          `INSERT INTO history_steps (session_id, message_key, author, created_at) VALUES (?, '', ?, ?)`,
        ).run(ctx.sessionId, currentAuthor(ctx), now.toISOString()).lastInsertRowid,
      );
      cachedStatement(store, 'INSERT INTO history_capture (step_id) VALUES (?)').run(stepId);
      recording.add(store);
      let result: T;
      try {
        result = action();
      } finally {
        recording.delete(store);
        cachedStatement(store, 'DELETE FROM history_capture').run();
      }
      const changes = cachedStatement(
        store,
        'SELECT table_name, before, after FROM history_changes WHERE step_id = ?',
      ).all(stepId) as { table_name: string; before: string | null; after: string | null }[];
      if (changes.length === 0) {
        cachedStatement(store, 'DELETE FROM history_steps WHERE id = ?').run(stepId);
        return result;
      }
      const said = typeof message === 'function' ? message(result) : message;
      cachedStatement(
        store,
        'UPDATE history_steps SET message_key = ?, message_params = ?, article_ids = ? WHERE id = ?',
      ).run(said.key, JSON.stringify(said.params), JSON.stringify(touchedArticles(changes)), stepId);
      cachedStatement(store, `DELETE FROM history_steps WHERE session_id = ? AND state = 'undone'`).run(
        ctx.sessionId,
      );
      cachedStatement(
        store,
        `DELETE FROM history_steps WHERE session_id = @session AND id <
           (SELECT id FROM history_steps WHERE session_id = @session ORDER BY id DESC LIMIT 1 OFFSET @keep)`,
      ).run({ session: ctx.sessionId, keep: maxStepsPerSession - 1 });
      cachedStatement(store, 'DELETE FROM history_steps WHERE session_id <> ? AND created_at < ?').run(
        ctx.sessionId,
        new Date(now.getTime() - otherSessionsKeptFor).toISOString(),
      );
      return result;
    })
    .immediate();
}

/// The articles a step's changes belong to: rows of the articles table themselves, and rows
/// holding an `article_id`.
function touchedArticles(
  changes: readonly { table_name: string; before: string | null; after: string | null }[],
): number[] {
  const ids = new Set<number>();
  for (const change of changes) {
    for (const image of [change.before, change.after]) {
      if (image === null) continue;
      const row = JSON.parse(image) as { id?: unknown; article_id?: unknown };
      const articleId = change.table_name === 'articles' ? row.id : row.article_id;
      if (typeof articleId === 'number') ids.add(articleId);
    }
  }
  return [...ids].sort((a, b) => a - b);
}
