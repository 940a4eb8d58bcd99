/// Numbered schema migrations; migration N brings `user_version` from N-1 to N.
/// Append only: a released migration is never edited.
export const migrations: readonly string[] = [
  `
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    byline TEXT,
    published_at TEXT,
    source_url TEXT,
    site_name TEXT,
    language TEXT NOT NULL DEFAULT 'fr',
    file_name TEXT,
    encoding TEXT,
    content_hash TEXT NOT NULL,
    doc TEXT NOT NULL,
    text TEXT NOT NULL,
    imported_at TEXT NOT NULL
  );
  CREATE INDEX articles_content_hash ON articles(content_hash);

  CREATE TABLE glossary_entries (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    french_term TEXT NOT NULL,
    french_key TEXT NOT NULL,
    english_term TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
    source_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX glossary_entries_french_key ON glossary_entries(french_key, label);

  CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL CHECK (start >= 0),
    end INTEGER NOT NULL CHECK (end > start),
    kind TEXT NOT NULL CHECK (kind IN ('entity', 'claim')),
    label TEXT NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    glossary_entry_id INTEGER REFERENCES glossary_entries(id) ON DELETE SET NULL,
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
  );
  CREATE INDEX annotations_article ON annotations(article_id, start);
  CREATE INDEX annotations_glossary_entry ON annotations(glossary_entry_id);
  `,
];
