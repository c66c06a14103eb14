// Story profiles and their lookup keys in SQLite (migrations 3, 5 and 8). Candidate lookups are
// index range scans — band keys and key terms within the days a link can reach, dated event
// keys — so their cost depends on how many articles share a key, not on how many are stored.
// Band and term keys lead with the article's 64-day period: a lookup's window spans at most two
// periods, so it reads the index pages of recent periods only, which stay in cache however large
// the archive grows (a key-first index spreads every lookup over the whole archive's pages).
// Profiles never change once stored, so recent ones are kept decoded in memory: stories cluster
// in time, and most candidates of a new article are articles of the last few days.
import type Database from 'better-sqlite3';
import { MIN_SHARED_KEYS } from '../../stories/index.js';
import { dayNumber, LINK_MAX_DAYS, STORY_WINDOW_DAYS } from '../../stories/link.js';
import { BANDS, bandKeys, signatureFromBuffer, signatureToBuffer } from '../../stories/minhash.js';
import { KEY_TERMS, keyTerms, type ProfileAnnotation, type StoryProfile } from '../../stories/profile.js';
import type { StoredStoryProfile, StoryArticle, StoryEventKey, StoryInput } from '../types.js';

type Prepare = (sql: string) => Database.Statement;

interface ProfileRow {
  id: string; date: string; shingles: number; signature: Buffer;
  vector: string; actors: string; triples: string; dated_triples: string;
}

/** decoded profiles kept in memory (about 4 KB each) */
const PROFILE_CACHE_SIZE = 4096;

const params = (n: number) => Array(n).fill('?').join(', ');

/** days since 1970-01-01 → 64-day period (an arithmetic shift, as in migration 8) */
const periodOf = (day: number) => day >> 6;
// both lookup windows must fit in two periods: the statements below name two
if (2 * Math.max(LINK_MAX_DAYS, STORY_WINDOW_DAYS) + 1 > 64) throw new Error('story lookup window longer than a key period');

// The key lookups, each an index range scan: bands and key terms in one statement (UNION ALL,
// no de-duplication B-tree: the caller keeps a set), dated events in another when there are any.
// Fixed-length parameter lists (padded with keys no article has) run faster than a JSON list.
const KEY_CANDIDATES = `SELECT article_seq FROM story_bands
    WHERE period IN (?, ?) AND band_key IN (${params(BANDS)}) AND day BETWEEN ? AND ?
  UNION ALL
  SELECT article_seq FROM story_terms WHERE period IN (?, ?) AND term IN (${params(KEY_TERMS)}) AND day BETWEEN ? AND ?
    GROUP BY article_seq HAVING count(*) >= ${MIN_SHARED_KEYS}`;
const DATED_CANDIDATES = 'SELECT article_seq FROM story_dated_events WHERE key IN (SELECT value FROM json_each(?))';
const NO_BAND = -1; // band keys are ≥ 0
const NO_TERM = ''; // terms have two characters or more

const PROFILE_COLUMNS = 'a.id, p.date, p.shingles, p.signature, p.vector, p.actors, p.triples, p.dated_triples';

export const STORY_ARTICLE_COLUMNS = 'a.id, a.name, a.title, a.date, a.source, a.url';

export class SqliteStories {
  /** article id → decoded profile, least recently used first */
  private readonly cache = new Map<string, StoryProfile>();

  constructor(private readonly prepare: Prepare) {}

  saveProfile(profile: StoryProfile): void {
    const row = this.prepare('SELECT seq FROM articles WHERE id = ?').get(profile.id) as { seq: number } | undefined;
    if (!row) throw new Error(`no article ${profile.id}`);
    const seq = row.seq;
    const inserted = this.prepare(`INSERT OR IGNORE INTO story_profiles
        (article_seq, date, shingles, signature, vector, actors, triples, dated_triples)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(seq, profile.date, profile.shingles, signatureToBuffer(profile.signature),
      JSON.stringify(profile.vector), JSON.stringify(profile.actors), JSON.stringify(profile.triples),
      JSON.stringify(profile.datedTriples));
    if (!inserted.changes) return;
    this.remember(profile);
    const day = dayNumber(profile.date);
    const period = periodOf(day);
    // one statement per key table (keys as a JSON array): 37 rows cost three calls, not 37
    this.prepare(`INSERT OR IGNORE INTO story_bands (period, band_key, day, article_seq)
      SELECT @period, value, @day, @seq FROM json_each(@keys)`).run({ seq, day, period, keys: JSON.stringify(bandKeys(profile.signature)) });
    this.prepare(`INSERT OR IGNORE INTO story_terms (period, term, day, article_seq)
      SELECT @period, value, @day, @seq FROM json_each(@keys)`).run({ seq, day, period, keys: JSON.stringify(keyTerms(profile)) });
    if (profile.datedTriples.length) {
      this.prepare('INSERT OR IGNORE INTO story_dated_events (key, article_seq) SELECT value, @seq FROM json_each(@keys)')
        .run({ seq, keys: JSON.stringify(profile.datedTriples) });
    }
  }

  candidates(profile: StoryProfile): StoredStoryProfile[] {
    const day = dayNumber(profile.date);
    const found = new Set<number>();
    const add = (seqs: unknown[]) => { for (const seq of seqs) found.add(seq as number); };
    const window = (days: number) => [periodOf(day - days), periodOf(day + days)];
    add(this.prepare(KEY_CANDIDATES).pluck().all(
      ...window(LINK_MAX_DAYS), ...padded(bandKeys(profile.signature), BANDS, NO_BAND), day - LINK_MAX_DAYS, day + LINK_MAX_DAYS,
      ...window(STORY_WINDOW_DAYS), ...padded(keyTerms(profile), KEY_TERMS, NO_TERM), day - STORY_WINDOW_DAYS, day + STORY_WINDOW_DAYS));
    if (profile.datedTriples.length) add(this.prepare(DATED_CANDIDATES).pluck().all(JSON.stringify(profile.datedTriples)));
    if (!found.size) return [];
    // only articles in a story (recluster adds them back one by one), within the link window
    const rows = (this.prepare(`SELECT seq, id, story, date FROM articles WHERE seq IN (SELECT value FROM json_each(?))
      AND story IS NOT NULL AND date BETWEEN ? AND ? ORDER BY seq`).all(JSON.stringify([...found]),
      isoDay(day - LINK_MAX_DAYS), isoDay(day + LINK_MAX_DAYS)) as { seq: number; id: string; story: string; date: string }[])
      .filter((row) => row.id !== profile.id);
    const profiles = this.profiles(rows);
    return rows.map((row) => ({ ...profiles.get(row.id)!, story: row.story }));
  }

  /** The stored profiles of these articles: from memory when recent, else read in one query. */
  private profiles(rows: { seq: number; id: string; date: string }[]): Map<string, StoryProfile> {
    const out = new Map<string, StoryProfile>();
    const missing: number[] = [];
    for (const row of rows) {
      const known = this.cache.get(row.id);
      if (known && known.date === row.date) {
        this.cache.delete(row.id); // most recently used last
        this.cache.set(row.id, known);
        out.set(row.id, known);
      } else {
        missing.push(row.seq);
      }
    }
    if (missing.length) {
      const stored = this.prepare(`SELECT ${PROFILE_COLUMNS} FROM story_profiles p JOIN articles a ON a.seq = p.article_seq
        WHERE p.article_seq IN (SELECT value FROM json_each(?))`).all(JSON.stringify(missing)) as ProfileRow[];
      for (const row of stored) out.set(row.id, this.remember(decodeProfile(row)));
    }
    return out;
  }

  private remember(profile: StoryProfile): StoryProfile {
    this.cache.delete(profile.id);
    this.cache.set(profile.id, profile);
    if (this.cache.size > PROFILE_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return profile;
  }

  renameStories(from: string[], to: string): number {
    if (!from.length) return 0;
    return this.prepare('UPDATE articles SET story = @to WHERE story IN (SELECT value FROM json_each(@from))')
      .run({ to, from: JSON.stringify(from) }).changes;
  }

  articles(story: string): StoryArticle[] {
    return this.prepare(`SELECT ${STORY_ARTICLE_COLUMNS} FROM articles a WHERE a.story = ? ORDER BY a.date, a.seq`)
      .all(story) as StoryArticle[];
  }

  /**
   * The story's events with their merge fields and reporting articles, in event order. Reports
   * come from the index alone, then each distinct event is read once (a story of many copies
   * has many reports of few events).
   */
  eventKeys(story: string): StoryEventKey[] {
    const reports = this.prepare(`SELECT r.event_id, r.article_id FROM articles a JOIN event_reports r ON r.article_id = a.id
      WHERE a.story = ?`).all(story) as { event_id: string; article_id: string }[];
    if (!reports.length) return [];
    const reporters = groupedArticles(reports);
    const events = this.prepare(`SELECT id, category, source, target, negated, modality, date, location FROM events
      WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid`).all(JSON.stringify([...reporters.keys()])) as Omit<EventKeyRow, 'article_id'>[];
    return events.map((row) => ({ ...toEventKey(row), articles: reporters.get(row.id)!.sort() }));
  }

  /**
   * Events of a category at a place dated to a day in [from, to], as reported by clustered
   * articles: cross-story merge candidates (only day-precise dates merge across stories, and for
   * those the day range is that one day, so the category index is read over [from, to] only).
   */
  eventKeysAt(q: { category: string; location: string; from: string; to: string }): StoryEventKey[] {
    return toEventKeys(this.prepare(`SELECT e.id, e.category, e.source, e.target, e.negated, e.modality, e.date, e.location, r.article_id
      FROM events e JOIN event_reports r ON r.event_id = e.id JOIN articles a ON a.id = r.article_id
      WHERE e.category = @category AND e.when_start BETWEEN @from AND @to AND e.when_end <= @to
        AND e.location = @location AND e.date IS NOT NULL AND a.story IS NOT NULL
      ORDER BY e.rowid, r.article_id LIMIT 500`).all(q) as EventKeyRow[]);
  }

  articleStories(): Map<string, string | null> {
    const rows = this.prepare('SELECT id, story FROM articles ORDER BY seq').all() as { id: string; story: string | null }[];
    return new Map(rows.map((r) => [r.id, r.story]));
  }

  clearStories(): number {
    return this.prepare('UPDATE articles SET story = NULL WHERE story IS NOT NULL').run().changes;
  }

  /** Up to `limit` articles after ingest position `afterSeq`, as clustering inputs. */
  inputs(afterSeq: number, limit: number): (StoryInput & { seq: number })[] {
    const rows = this.prepare(`SELECT a.seq, a.id, a.date, p.article_seq IS NOT NULL AS profiled,
        CASE WHEN p.article_seq IS NULL THEN a.text END AS text,
        p.shingles, p.signature, p.vector, p.actors, p.triples, p.dated_triples,
        (SELECT count(*) FROM event_reports r WHERE r.article_id = a.id) AS events
      FROM articles a LEFT JOIN story_profiles p ON p.article_seq = a.seq WHERE a.seq > ? ORDER BY a.seq LIMIT ?`)
      .all(afterSeq, limit) as (ProfileRow & { seq: number; profiled: number; text: string | null; events: number })[];
    return rows.map((row) => ({
      seq: row.seq, id: row.id, date: row.date, events: row.events,
      profile: row.profiled ? decodeProfile(row) : null,
      source: row.profiled ? null : { text: row.text!, annotation: this.annotationParts(row.id) },
    }));
  }

  /**
   * An article's actors (through its mentions; the country is the one stored for the actor) and
   * its events as stored — before any merge, each reported by this article alone.
   */
  private annotationParts(articleId: string): ProfileAnnotation {
    const actors = this.prepare(`SELECT DISTINCT ac.id, ac.kind, ac.country FROM mentions m JOIN actors ac ON ac.id = m.actor_id
      WHERE m.article_id = ? ORDER BY ac.id`).all(articleId) as ProfileAnnotation['actors'];
    const events = (this.prepare(`SELECT e.category, e.source, e.target, e.negated, e.modality, e.date FROM event_reports r
      JOIN events e ON e.id = r.event_id WHERE r.article_id = ? ORDER BY e.rowid`).all(articleId) as
      { category: string; source: string; target: string; negated: number; modality: string; date: string | null }[])
      .map((e) => ({ ...e, source: JSON.parse(e.source) as string[], target: JSON.parse(e.target) as string[], negated: e.negated === 1 }));
    return { actors, events };
  }

  /** Event ids reported by the story's articles with those articles' ids, in event order. */
  eventArticles(story: string): Map<string, string[]> {
    const rows = this.prepare(`SELECT r.event_id, r.article_id FROM event_reports r
      JOIN events e ON e.id = r.event_id
      WHERE r.article_id IN (SELECT id FROM articles WHERE story = ?) ORDER BY e.rowid, r.article_id`)
      .all(story) as { event_id: string; article_id: string }[];
    return groupedArticles(rows);
  }
}

/** event id → its reporting articles, in row order (an event of a giant story has hundreds) */
function groupedArticles(rows: { event_id: string; article_id: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { event_id, article_id } of rows) {
    const articles = out.get(event_id);
    if (articles) articles.push(article_id);
    else out.set(event_id, [article_id]);
  }
  return out;
}

interface EventKeyRow {
  id: string; category: string; source: string; target: string; negated: number; modality: string;
  date: string | null; location: string | null; article_id: string;
}

/** One key per event, its reporting articles gathered from the joined rows. */
function toEventKeys(rows: EventKeyRow[]): StoryEventKey[] {
  const out = new Map<string, StoryEventKey>();
  for (const row of rows) {
    const known = out.get(row.id);
    if (known) known.articles.push(row.article_id);
    else out.set(row.id, { ...toEventKey(row), articles: [row.article_id] });
  }
  return [...out.values()];
}

function toEventKey(row: Omit<EventKeyRow, 'article_id'>): Omit<StoryEventKey, 'articles'> {
  return {
    id: row.id, category: row.category, source: JSON.parse(row.source) as string[], target: JSON.parse(row.target) as string[],
    negated: row.negated === 1, modality: row.modality, date: row.date, location: row.location,
  };
}


/** `keys` filled up to `length` with a key nothing has */
function padded<T>(keys: T[], length: number, none: T): T[] {
  return keys.length >= length ? keys : [...keys, ...Array<T>(length - keys.length).fill(none)];
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

function decodeProfile(row: ProfileRow): StoryProfile {
  return {
    id: row.id, date: row.date, shingles: row.shingles, signature: signatureFromBuffer(row.signature),
    vector: JSON.parse(row.vector) as [string, number][], actors: JSON.parse(row.actors) as string[],
    triples: JSON.parse(row.triples) as string[], datedTriples: JSON.parse(row.dated_triples) as string[],
  };
}
