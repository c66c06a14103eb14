// Ordered schema steps. Step N brings the database to `PRAGMA user_version = N`; never edit a
// released step, append a new one.

export const MIGRATIONS: readonly string[] = [
  // 1: articles, full-text index, annotation layers, actors, events
  `
  CREATE TABLE articles (
    seq        INTEGER PRIMARY KEY,          -- ingestion order, FTS rowid
    id         TEXT NOT NULL UNIQUE,         -- articleId(text)
    name       TEXT NOT NULL,
    url        TEXT,
    source     TEXT,
    title      TEXT,
    date       TEXT NOT NULL,
    published  TEXT,
    text       TEXT NOT NULL,
    story      TEXT
  );
  CREATE INDEX articles_date ON articles(date);
  CREATE INDEX articles_story ON articles(story);

  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
  END;
  CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
  END;

  CREATE TABLE actors (
    id       TEXT PRIMARY KEY,               -- slug shared across documents
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    country  TEXT,
    sector   TEXT
  );
  CREATE INDEX actors_country ON actors(country);
  CREATE INDEX actors_name ON actors(name COLLATE NOCASE);

  CREATE TABLE actor_aliases (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias    TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
  );
  CREATE INDEX actor_aliases_alias ON actor_aliases(alias COLLATE NOCASE);

  CREATE TABLE actor_roles (
    actor_id    TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    country     TEXT,
    sector      TEXT,
    stated_from TEXT,
    stated_to   TEXT,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
  );
  CREATE INDEX actor_roles_actor ON actor_roles(actor_id);

  CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,
    actor_id   TEXT REFERENCES actors(id)
  );
  CREATE INDEX mentions_article ON mentions(article_id, start);
  CREATE INDEX mentions_actor ON mentions(actor_id);

  CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,             -- position in the article's list
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,
    value      TEXT NOT NULL,
    mod        TEXT,
    PRIMARY KEY (article_id, idx)
  );

  CREATE TABLE events (
    id           TEXT PRIMARY KEY,
    category     TEXT NOT NULL,
    mode         TEXT,
    quad         TEXT NOT NULL,
    score        REAL NOT NULL,
    source       TEXT NOT NULL,              -- JSON array of codes, for display
    target       TEXT NOT NULL,
    date         TEXT,
    "when"       TEXT NOT NULL,
    when_start   TEXT NOT NULL,              -- first and last day \`when\` covers, for ranges and sorting
    when_end     TEXT NOT NULL,
    when_assumed INTEGER NOT NULL,
    location     TEXT,
    negated      INTEGER NOT NULL,
    modality     TEXT NOT NULL,
    attribution  TEXT,
    evidence     TEXT NOT NULL,
    rule         TEXT NOT NULL,
    trigger      TEXT NOT NULL
  );
  CREATE INDEX events_when ON events(when_start, when_end);
  CREATE INDEX events_category ON events(category, when_start);
  CREATE INDEX events_quad ON events(quad, when_start);

  -- one row per code per side: indexes lookups by source / target code and dyads
  CREATE TABLE event_codes (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    side     TEXT NOT NULL CHECK (side IN ('source', 'target')),
    code     TEXT NOT NULL,
    PRIMARY KEY (event_id, side, code)
  );
  CREATE INDEX event_codes_code ON event_codes(code, side);

  CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    side     TEXT NOT NULL CHECK (side IN ('source', 'target')),
    PRIMARY KEY (event_id, actor_id, side)
  );
  CREATE INDEX event_actors_actor ON event_actors(actor_id, side);

  CREATE TABLE event_reports (
    event_id       TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    evidence       TEXT NOT NULL,
    attribution    TEXT,
    trigger        TEXT NOT NULL,
    evidence_start INTEGER,
    evidence_end   INTEGER,
    timex_idx      INTEGER,
    PRIMARY KEY (event_id, article_id)
  );
  CREATE INDEX event_reports_article ON event_reports(article_id);

  -- the events an actor takes part in: linked explicitly, or (for a country) through its code
  CREATE VIEW actor_events AS
    SELECT actor_id, event_id, side FROM event_actors
    UNION
    SELECT a.id, c.event_id, c.side FROM actors a JOIN event_codes c ON c.code = a.country WHERE a.kind = 'country';
  `,
  // 2: actor_events becomes a table kept up to date on save (the view was slow for big actors)
  `
  DROP VIEW actor_events;
  CREATE TABLE actor_events (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    side     TEXT NOT NULL CHECK (side IN ('source', 'target')),
    PRIMARY KEY (actor_id, event_id, side)
  ) WITHOUT ROWID;
  CREATE INDEX actor_events_event ON actor_events(event_id, side);
  INSERT OR IGNORE INTO actor_events (actor_id, event_id, side)
    SELECT actor_id, event_id, side FROM event_actors
    UNION
    SELECT a.id, c.event_id, c.side FROM actors a JOIN event_codes c ON c.code = a.country WHERE a.kind = 'country';
  `,
  // 3: story clustering (src/stories): one profile per clustered article and its lookup keys —
  // MinHash LSH bands (near-duplicates), key terms by day and dated event triples (same story).
  // Keys reference articles by seq to keep the key tables small (40 bands + 16 terms per article).
  `
  CREATE TABLE story_profiles (
    article_seq   INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
    date          TEXT NOT NULL,
    shingles      INTEGER NOT NULL,
    signature     BLOB NOT NULL,             -- MinHash, NUM_HASHES little-endian uint32
    vector        TEXT NOT NULL,             -- JSON [[term, weight], ...], heaviest first
    actors        TEXT NOT NULL,             -- JSON arrays
    triples       TEXT NOT NULL,
    dated_triples TEXT NOT NULL
  );
  CREATE TABLE story_bands (
    band_key    INTEGER NOT NULL,
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_seq)
  ) WITHOUT ROWID;
  CREATE TABLE story_terms (
    term        TEXT NOT NULL,
    day         INTEGER NOT NULL,            -- days since 1970-01-01 of the article date
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    PRIMARY KEY (term, day, article_seq)
  ) WITHOUT ROWID;
  CREATE TABLE story_dated_events (
    key         TEXT NOT NULL,               -- CATEGORY|SRC|TGT@YYYY-MM-DD
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    PRIMARY KEY (key, article_seq)
  ) WITHOUT ROWID;
  `,
  // 4: code lookups answered from the index alone (actor filters, pair queries, counts per code)
  `
  CREATE INDEX event_codes_code_event ON event_codes(code, side, event_id);
  DROP INDEX event_codes_code;
  `,
  // 5: LSH band rows carry the article's day (days since 1970-01-01), so a lookup reads only the
  // bands of articles a link can reach: a band shared by years of boilerplate costs nothing.
  // Only the first 20 bands are kept (src/stories/minhash.ts).
  `
  CREATE TABLE story_bands_by_day (
    band_key    INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    PRIMARY KEY (band_key, day, article_seq)
  ) WITHOUT ROWID;
  INSERT INTO story_bands_by_day (band_key, day, article_seq)
    SELECT b.band_key, CAST(julianday(substr(p.date, 1, 10)) - 2440587.5 AS INTEGER), b.article_seq
    FROM story_bands b JOIN story_profiles p ON p.article_seq = b.article_seq
    WHERE b.band_key < 20 * 4294967296;
  DROP TABLE story_bands;
  ALTER TABLE story_bands_by_day RENAME TO story_bands;
  `,
  // 6: an article's reports with their events from the index alone (a story's events are read
  // on every ingest that joins it)
  `
  CREATE INDEX event_reports_article_event ON event_reports(article_id, event_id);
  DROP INDEX event_reports_article;
  `,
  // 7: a role's dates carry their kind: stated by the text, or a bound a word gives by the article
  // date ("former minister": ended before it). The columns hold both, so they lose "stated_".
  // Rows written before kept bounds as stated dates; the values the old word rules wrote are
  // recognisable and become bounds: an end on the article date ("former"; also "outgoing", still
  // in office then: a known inexactness) and a start in the article's month ("new": began before
  // the article date). A stated date that happens to have one of these values is converted too; a
  // start on the article date ("incoming", but also "sworn in on Monday") stays stated.
  `
  ALTER TABLE actor_roles RENAME COLUMN stated_from TO role_from;
  ALTER TABLE actor_roles RENAME COLUMN stated_to TO role_to;
  ALTER TABLE actor_roles ADD COLUMN from_kind TEXT CHECK (from_kind IN ('stated', 'before', 'after'));
  ALTER TABLE actor_roles ADD COLUMN to_kind TEXT CHECK (to_kind IN ('stated', 'before', 'after'));
  UPDATE actor_roles SET from_kind = 'stated' WHERE role_from IS NOT NULL;
  UPDATE actor_roles SET to_kind = 'stated' WHERE role_to IS NOT NULL;
  UPDATE actor_roles SET to_kind = 'before'
    WHERE role_to = (SELECT a.date FROM articles a WHERE a.id = actor_roles.article_id);
  UPDATE actor_roles SET from_kind = 'before', role_from = (SELECT a.date FROM articles a WHERE a.id = actor_roles.article_id)
    WHERE role_from = (SELECT substr(a.date, 1, 7) FROM articles a WHERE a.id = actor_roles.article_id);
  `,
  // 8: story keys lead with the article's 64-day period (day >> 6): articles arrive in date order
  // and a lookup reads only the days a link can reach, so both touch the index pages of one or
  // two recent periods, however many years the archive holds (src/store/sqlite/stories.ts).
  `
  CREATE TABLE story_bands_by_period (
    period      INTEGER NOT NULL,            -- day >> 6
    band_key    INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    PRIMARY KEY (period, band_key, day, article_seq)
  ) WITHOUT ROWID;
  INSERT INTO story_bands_by_period SELECT day >> 6, band_key, day, article_seq FROM story_bands;
  DROP TABLE story_bands;
  ALTER TABLE story_bands_by_period RENAME TO story_bands;
  CREATE TABLE story_terms_by_period (
    period      INTEGER NOT NULL,
    term        TEXT NOT NULL,
    day         INTEGER NOT NULL,
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    PRIMARY KEY (period, term, day, article_seq)
  ) WITHOUT ROWID;
  INSERT INTO story_terms_by_period SELECT day >> 6, term, day, article_seq FROM story_terms;
  DROP TABLE story_terms;
  ALTER TABLE story_terms_by_period RENAME TO story_terms;
  `,
];
