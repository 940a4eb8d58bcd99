import { migrateHistoryMessages } from './historyMessagesMigration';
import type { Store } from './openStore';

/// One schema migration: SQL, or a function for a change SQL cannot make alone.
export type Migration = string | ((db: Store) => void);

/// Numbered schema migrations; migration N brings `user_version` from N-1 to N.
/// Append only: a released migration is never edited.
export const migrations: readonly Migration[] = [
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
  // Issue 3: workspace labels, the full glossary entry, remembered rejections, session undo history.
  `
  CREATE TABLE labels (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    colour TEXT NOT NULL,
    shortcut TEXT UNIQUE CHECK (shortcut IS NULL OR shortcut GLOB '[1-9]'),
    position INTEGER NOT NULL
  );
  INSERT INTO labels (key, name_en, name_fr, colour, shortcut, position) VALUES
    ('person', 'Person', 'Personne', '#f4a261', '1', 0),
    ('organisation', 'Organisation', 'Organisation', '#2a9d8f', '2', 1),
    ('place', 'Place', 'Lieu', '#8ab17d', '3', 2),
    ('product', 'Product', 'Produit', '#e9c46a', '4', 3),
    ('event', 'Event', 'Événement', '#b388eb', '5', 4),
    ('other', 'Other', 'Autre', '#9aa5b1', '6', 5);

  ALTER TABLE glossary_entries ADD COLUMN french_variants TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE glossary_entries ADD COLUMN english_avoid TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE glossary_entries ADD COLUMN decision TEXT NOT NULL DEFAULT 'translate'
    CHECK (decision IN ('translate', 'keep', 'gloss'));
  ALTER TABLE glossary_entries ADD COLUMN wikidata_id TEXT NOT NULL DEFAULT '';
  -- Folded French term and variants, each between line feeds, so one instr() finds an entry by any of them.
  ALTER TABLE glossary_entries ADD COLUMN match_keys TEXT NOT NULL DEFAULT '';
  ALTER TABLE glossary_entries ADD COLUMN english_key TEXT NOT NULL DEFAULT '';
  -- SQL cannot fold accents; the application refolds a row whenever it is saved again.
  UPDATE glossary_entries SET match_keys = char(10) || french_key || char(10), english_key = lower(english_term);
  CREATE INDEX glossary_entries_label ON glossary_entries(label);
  CREATE INDEX annotations_label ON annotations(label);

  CREATE TABLE suggestion_rejections (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    glossary_entry_id INTEGER NOT NULL REFERENCES glossary_entries(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    UNIQUE (article_id, start, end, glossary_entry_id)
  );
  CREATE INDEX suggestion_rejections_entry ON suggestion_rejections(glossary_entry_id);

  CREATE TABLE history_steps (
    id INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL,
    description TEXT NOT NULL,
    article_ids TEXT NOT NULL DEFAULT '[]',
    state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone')),
    created_at TEXT NOT NULL
  );
  CREATE INDEX history_steps_session ON history_steps(session_id, state, id);
  CREATE TABLE history_changes (
    id INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES history_steps(id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    before TEXT,
    after TEXT
  );
  CREATE INDEX history_changes_step ON history_changes(step_id, id);
  `,
  // 3: finding the highest article id the history still holds (so a new article never takes the
  // id of a deleted one whose deletion can be undone) without scanning every change.
  `CREATE INDEX history_changes_row ON history_changes(table_name, row_id);`,
  // 4: undo steps carry a message key and parameters the UI translates, not English text.
  migrateHistoryMessages,
  // 5: workspace settings (the user's name first), and who made each glossary entry and undo step.
  // Annotations have had an author column (empty when unknown) since migration 1.
  `
  CREATE TABLE IF NOT EXISTS workspace_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  ALTER TABLE glossary_entries ADD COLUMN author TEXT;
  ALTER TABLE history_steps ADD COLUMN author TEXT;
  -- Undo compares a row with its stored image: the images get the new column, as the row did.
  UPDATE history_changes SET before = json_set(before, '$.author', NULL)
    WHERE table_name = 'glossary_entries' AND before IS NOT NULL;
  UPDATE history_changes SET after = json_set(after, '$.author', NULL)
    WHERE table_name = 'glossary_entries' AND after IS NOT NULL;
  `,
  // 6: what a reviewer records about each claim annotation (its id is the annotation's), evidence
  // as a JSON array of {url, title, note}.
  `
  CREATE TABLE claims (
    id INTEGER PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
    claimant_entry_id INTEGER REFERENCES glossary_entries(id) ON DELETE SET NULL,
    claimant_description TEXT NOT NULL DEFAULT '',
    claim_date TEXT,
    english_text TEXT NOT NULL DEFAULT '',
    verdict TEXT NOT NULL DEFAULT 'unverified' CHECK (verdict IN
      ('false', 'mostly-false', 'mixed', 'mostly-true', 'true', 'unverified', 'unverifiable')),
    review_summary TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '[]',
    reviewer TEXT NOT NULL DEFAULT '',
    review_date TEXT,
    fact_check_url TEXT NOT NULL DEFAULT '',
    author TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX claims_claimant ON claims(claimant_entry_id);
  CREATE INDEX claims_verdict ON claims(verdict);
  `,
  // 7: translation segments, stand-off spans over an article's text with their English text.
  // `source_key` is the normalised source repeats are found by (`segmentSourceKey`), `words` its
  // word count (`countWords`) for progress, `ignored_issues` a JSON array of {key, reason}.
  `
  CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    source_key TEXT NOT NULL,
    words INTEGER NOT NULL DEFAULT 0,
    target TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'draft', 'translated', 'reviewed')),
    origin TEXT NOT NULL DEFAULT 'human' CHECK (origin IN ('human', 'memory', 'machine', 'propagated')),
    provider TEXT,
    model TEXT,
    propagated_from INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    propagation_exception INTEGER NOT NULL DEFAULT 0 CHECK (propagation_exception IN (0, 1)),
    ignored_issues TEXT NOT NULL DEFAULT '[]',
    author TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (start >= 0 AND end > start)
  );
  CREATE INDEX segments_article ON segments(article_id, start);
  CREATE INDEX segments_source_key ON segments(source_key);
  CREATE INDEX segments_propagated_from ON segments(propagated_from);
  `,
];
