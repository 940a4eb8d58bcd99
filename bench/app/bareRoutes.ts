/// The bench server's routes for the bare baselines (never part of web mode).
export const bareRoutes = {
  /// POST `{id}`: the article's JSON, exactly as `articles.get` answers it.
  article: '/bare/article',
  /// POST `{articleId, start, end}`: inserts one row with better-sqlite3 and answers its id.
  row: '/bare/row',
  /// POST `{articleId}`: the article's segments, exactly as `segments.list` answers them.
  segments: '/bare/segments',
} as const;

/// The key both sides press to mark the selection: the shortcut of the label the benchmark marks
/// with (Event, which no seeded annotation uses, so its mark is easy to find).
export const benchMarkKey = '5';

/// The label the benchmark marks with; its shortcut is `benchMarkKey`.
export const benchMarkLabel = 'event';
