// The SQLite implementation of Store (better-sqlite3, synchronous underneath). Every query is a
// fixed SQL text with bound parameters; filters only switch fixed fragments on and off.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { EventAnnotation } from '../../nlp/annotation.js';
import { pageBounds, type EventLink, type Extraction, type Store } from '../store.js';
import type {
  ActorDetail, ActorQuery, ActorSummary, ArticleDetail, ArticleInput, ArticleRecord, Counts, DyadPoint,
  DyadQuery, EventActorRef, EventDetail, EventQuery, EventRecord, EventReport, MentionRecord, Network, NetworkEdge,
  NetworkNode, NetworkQuery, EventTimelineQuery, TimelinePoint, Page, SaveResult, SearchHit, SearchQuery, TimexRecord,
} from '../types.js';
import { whenRange } from '../when.js';
import { groupRoleTerms, roleDate, type RoleReport } from '../tenures.js';
import { ftsQuery } from './fts.js';
import type { StoryProfile } from '../../stories/profile.js';
import type { StoredStoryProfile, StoryArticle, StoryEvent, StoryEventKey, StoryInput } from '../types.js';
import { SqliteStories } from './stories.js';

type Db = Database.Database;
type Params = Record<string, unknown>;

/** Stable id of the index-th event of an article. */
export function eventId(articleId: string, index: number): string {
  return createHash('sha256').update(`${articleId}:event:${index}`).digest('hex').slice(0, 12);
}

/** @actor as a LIKE pattern for a name's last word(s): "Putin" matches "Vladimir Putin". */
const NAME_ENDING = `'% ' || replace(replace(replace(@actor, '\\', '\\\\'), '%', '\\%'), '_', '\\_') ESCAPE '\\'`;

/** Actor ids whose id, name or alias is @actor, or whose name ends with it (case-insensitive). */
const ACTORS_NAMED = `
  SELECT id FROM actors WHERE id = lower(@actor) OR name = @actor COLLATE NOCASE OR name LIKE ${NAME_ENDING}
  UNION SELECT actor_id FROM actor_aliases WHERE alias = @actor COLLATE NOCASE`;

/**
 * The (event_id, side) rows of a resolved query side (see SqliteStore.side): events coded with
 * one of @<p>Codes, and events explicitly linked to one of @<p>Actors. UNION ALL: callers either
 * test membership (IN) or keep rows distinct themselves.
 */
const sideEvents = (p: string) => `
  SELECT event_id, side FROM event_codes WHERE code IN (SELECT value FROM json_each(@${p}Codes))
  UNION ALL SELECT event_id, side FROM actor_events WHERE actor_id IN (SELECT value FROM json_each(@${p}Actors))`;

/** True when side @<p> is on the other side of row x (x.event_id, x.side): index probes, no scan. */
const OTHER_SIDE = `CASE x.side WHEN 'source' THEN 'target' ELSE 'source' END`;
const onOtherSide = (p: string) => `(
  EXISTS (SELECT 1 FROM event_codes c WHERE c.event_id = x.event_id AND c.side = ${OTHER_SIDE}
    AND c.code IN (SELECT value FROM json_each(@${p}Codes)))
  OR EXISTS (SELECT 1 FROM actor_events o WHERE o.event_id = x.event_id AND o.side = ${OTHER_SIDE}
    AND o.actor_id IN (SELECT value FROM json_each(@${p}Actors))))`;

const sideParams = (p: string, side: ResolvedSide): Params => ({ [`${p}Codes`]: side.codes, [`${p}Actors`]: side.actors });

/** Above this many rows a side is busy enough that paging by date beats sorting its events. */
const BUSY_ACTOR_ROWS = 2000;

/** A query side resolved to codes and explicitly linked actors, as JSON arrays for json_each. */
interface ResolvedSide {
  codes: string;
  actors: string;
  /** rows sideEvents yields: the cheaper side drives pair queries */
  rows: number;
}

const EVENT_COLUMNS = `e.id, e.category, e.mode, e.quad, e.score, e.source, e.target, e.date, e."when",
  e.when_assumed, e.location, e.negated, e.modality, e.attribution, e.evidence, e.rule, e.trigger,
  (SELECT count(*) FROM event_reports r WHERE r.event_id = e.id) AS report_count`;

const EVENT_ORDER = {
  when: 'e.when_start ASC, e.when_end ASC, e.rowid ASC',
  '-when': 'e.when_start DESC, e.when_end DESC, e.rowid DESC',
} as const;

/**
 * Reports of merged events become reports of the kept event, in place (an article reporting both
 * keeps one: the conflicting row stays behind and goes with its event).
 */
const MOVE_REPORTS = `UPDATE OR IGNORE event_reports SET event_id = @keep WHERE event_id IN (SELECT value FROM json_each(@ids))`;

const DYAD_PERIOD = {
  day: 'e.when_start',
  week: `strftime('%G-W%V', e.when_start)`,
  month: 'substr(e.when_start, 1, 7)',
} as const;

interface EventRow {
  id: string; category: string; mode: string | null; quad: string; score: number; source: string;
  target: string; date: string | null; when: string; when_assumed: number; location: string | null;
  negated: number; modality: string; attribution: string | null; evidence: string; rule: string; trigger: string;
  report_count: number;
}

/** A whitelisted SQL fragment by key (own keys only), else the default's. */
function pick<K extends string>(choices: Record<K, string>, key: string | undefined, fallback: K): string {
  return key !== undefined && Object.hasOwn(choices, key) ? choices[key as K] : choices[fallback];
}

const upperList = (xs: string[] | undefined) => (xs && xs.length ? JSON.stringify(xs.map((x) => x.toUpperCase())) : null);
const plainList = (xs: string[] | undefined) => (xs && xs.length ? JSON.stringify(xs) : null);
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export class SqliteStore implements Store {
  /** prepared statements by SQL text (the texts come from a finite set of fixed fragments) */
  private readonly statements = new Map<string, Database.Statement>();

  /** story profiles and keys (migration 3) */
  private readonly stories = new SqliteStories((sql) => this.prepare(sql));

  constructor(private readonly db: Db) {}

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async saveArticle(article: ArticleInput, extraction: Extraction): Promise<SaveResult> {
    return this.db.transaction(() => this.saveArticleNow(article, extraction))();
  }

  private saveArticleNow(article: ArticleInput, { annotation, eventLinks, reportOf }: Extraction): SaveResult {
    if (this.prepare('SELECT 1 FROM articles WHERE id = ?').get(article.id)) return { status: 'duplicate', events: 0, eventIds: [] };
    this.prepare(`INSERT INTO articles (id, name, url, source, title, date, published, text, story)
      VALUES (@id, @name, @url, @source, @title, @date, @published, @text, @story)`).run(article);

    const upsertActor = this.prepare(`INSERT INTO actors (id, name, kind, country, sector)
      VALUES (@id, @name, @kind, @country, @sector)
      ON CONFLICT(id) DO UPDATE SET country = coalesce(actors.country, excluded.country),
                                    sector = coalesce(actors.sector, excluded.sector)`);
    const addAlias = this.prepare('INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)');
    const addRole = this.prepare(`INSERT INTO actor_roles (actor_id, role, country, sector, role_from, from_kind, role_to, to_kind, article_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const known = new Set<string>();
    for (const actor of annotation.actors) {
      const before = this.prepare('SELECT kind, country FROM actors WHERE id = ?').get(actor.id) as { kind: string; country: string | null } | undefined;
      upsertActor.run({ id: actor.id, name: actor.name, kind: actor.kind, country: actor.country, sector: actor.sector });
      if (!before || before.country === null) this.linkCountryToPastEvents(actor.id);
      known.add(actor.id);
      for (const alias of new Set([actor.name, ...actor.aliases])) if (alias) addAlias.run(actor.id, alias);
      if (actor.role) {
        const from = roleDate(actor.role_from, actor.role_from_bound);
        const to = roleDate(actor.role_to, actor.role_to_bound);
        addRole.run(actor.id, actor.role, actor.country, actor.sector, from.date, from.kind, to.date, to.kind, article.id);
      }
    }

    const addMention = this.prepare('INSERT INTO mentions (article_id, start, end, text, type, actor_id) VALUES (?, ?, ?, ?, ?, ?)');
    for (const m of annotation.mentions) {
      addMention.run(article.id, m.start, m.end, m.text, m.type, m.actor && known.has(m.actor) ? m.actor : null);
    }
    const addTimex = this.prepare('INSERT INTO timexes (article_id, idx, start, end, text, type, value, mod) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    annotation.times.forEach((t, i) => addTimex.run(article.id, i, t.start, t.end, t.text, t.type, t.value, t.mod ?? null));

    const eventIds = annotation.events.map((event, i) => {
      const reported = reportOf?.[i];
      if (reported && this.prepare('SELECT 1 FROM events WHERE id = ?').get(reported)) {
        this.insertReport(reported, article, event, eventLinks?.[i]);
        return reported;
      }
      const id = eventId(article.id, i);
      this.insertEvent(article, id, event, known, eventLinks?.[i]);
      return id;
    });
    return { status: 'new', events: annotation.events.length, eventIds };
  }

  private insertEvent(article: ArticleInput, id: string, e: EventAnnotation, known: Set<string>, link?: EventLink): void {
    const range = whenRange(e.when, article.date);
    this.prepare(`INSERT INTO events (id, category, mode, quad, score, source, target, date, "when", when_start, when_end,
        when_assumed, location, negated, modality, attribution, evidence, rule, trigger)
      VALUES (@id, @category, @mode, @quad, @score, @source, @target, @date, @when, @whenStart, @whenEnd,
        @whenAssumed, @location, @negated, @modality, @attribution, @evidence, @rule, @trigger)`).run({
      id, category: e.category, mode: e.mode, quad: e.quad, score: e.score,
      source: JSON.stringify(e.source), target: JSON.stringify(e.target), date: e.date, when: e.when,
      whenStart: range.start, whenEnd: range.end, whenAssumed: e.when_assumed ? 1 : 0, location: e.location,
      negated: e.negated ? 1 : 0, modality: e.modality, attribution: e.attribution, evidence: e.evidence,
      rule: e.rule, trigger: e.trigger,
    });
    const addCode = this.prepare('INSERT OR IGNORE INTO event_codes (event_id, side, code) VALUES (?, ?, ?)');
    for (const code of e.source) addCode.run(id, 'source', code);
    for (const code of e.target) addCode.run(id, 'target', code);
    const addActor = this.prepare('INSERT OR IGNORE INTO event_actors (event_id, actor_id, side) VALUES (?, ?, ?)');
    const addLink = this.prepare('INSERT OR IGNORE INTO actor_events (actor_id, event_id, side) VALUES (?, ?, ?)');
    for (const [side, actors] of [['source', e.source_actors], ['target', e.target_actors]] as const) {
      for (const actor of actors) {
        if (!known.has(actor)) continue;
        addActor.run(id, actor, side);
        addLink.run(actor, id, side);
      }
    }
    // countries take part in every event coded with their code
    this.prepare(`INSERT OR IGNORE INTO actor_events (actor_id, event_id, side)
      SELECT a.id, c.event_id, c.side FROM event_codes c JOIN actors a ON a.country = c.code AND a.kind = 'country'
      WHERE c.event_id = ?`).run(id);
    this.insertReport(id, article, e, link);
  }

  /** The article's report of an event: its evidence, attribution and where they are in the text. */
  private insertReport(id: string, article: ArticleInput, e: EventAnnotation, link?: EventLink): void {
    this.prepare(`INSERT INTO event_reports (event_id, article_id, evidence, attribution, trigger, evidence_start, evidence_end, timex_idx)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(id, article.id, e.evidence, e.attribution, e.trigger,
      link?.evidenceStart ?? null, link?.evidenceEnd ?? null, link?.timex ?? null);
  }

  /** A country actor seen for the first time takes part in the events already coded with its code. */
  private linkCountryToPastEvents(actorId: string): void {
    this.prepare(`INSERT OR IGNORE INTO actor_events (actor_id, event_id, side)
      SELECT a.id, c.event_id, c.side FROM actors a JOIN event_codes c ON c.code = a.country
      WHERE a.id = ? AND a.kind = 'country'`).run(actorId);
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const article = this.prepare(`SELECT seq, id, name, url, source, title, date, published, text, story
      FROM articles WHERE id = ? OR (name = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE id = ?))
      ORDER BY seq LIMIT 1`).get(id, id, id) as ArticleRecord | undefined;
    if (!article) return null;
    const mentions = this.prepare(`SELECT start, end, text, type, actor_id AS actor FROM mentions
      WHERE article_id = ? ORDER BY start, end`).all(article.id) as MentionRecord[];
    const timexes = this.prepare(`SELECT start, end, text, type, value, mod FROM timexes
      WHERE article_id = ? ORDER BY idx`).all(article.id) as TimexRecord[];
    const events = this.queryEvents('e.id IN (SELECT event_id FROM event_reports WHERE article_id = @article)',
      { article: article.id }, 'e.rowid ASC', -1, 0);
    const storyArticles = article.story ? this.stories.articles(article.story).filter((a) => a.id !== article.id) : [];
    return { ...article, mentions, timexes, events, storyArticles };
  }

  async search(q: SearchQuery): Promise<Page<SearchHit>> {
    const { limit, offset } = pageBounds(q);
    const where: string[] = [];
    const params: Params = {};
    if (q.from) { where.push('a.date >= @from'); params.from = q.from; }
    if (q.to) { where.push('a.date <= @to'); params.to = q.to; }
    if (q.actor) {
      where.push(`(a.id IN (SELECT article_id FROM mentions WHERE actor_id IN (${ACTORS_NAMED}))
        OR a.id IN (SELECT r.article_id FROM event_reports r WHERE r.event_id IN (SELECT event_id FROM (${sideEvents('actor')}))))`);
      params.actor = q.actor;
      Object.assign(params, sideParams('actor', this.side(q.actor)));
    }
    const text = q.query.trim();
    if (!text) return this.browseArticles(where, params, limit, offset);
    const match = ftsQuery(text);
    if (!match) return { items: [], total: 0, limit, offset };
    const filter = ['articles_fts MATCH @match', ...where].join(' AND ');
    const from = 'FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid';
    const total = (this.prepare(`SELECT count(*) AS n ${from} WHERE ${filter}`).get({ ...params, match }) as { n: number }).n;
    const items = this.prepare(`SELECT a.id, a.name, a.title, a.date, a.source, a.url,
        snippet(articles_fts, 1, @open, @close, '…', 20) AS snippet, bm25(articles_fts, 5.0, 1.0) AS rank
      ${from} WHERE ${filter} ORDER BY rank, a.seq LIMIT @limit OFFSET @offset`).all({
      ...params, match, open: q.highlightOpen ?? '[', close: q.highlightClose ?? ']', limit, offset,
    }) as SearchHit[];
    return { items, total, limit, offset };
  }

  /** Articles newest first, when the search has no words (a browse view). */
  private browseArticles(where: string[], params: Params, limit: number, offset: number): Page<SearchHit> {
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.prepare(`SELECT count(*) AS n FROM articles a ${filter}`).get(params) as { n: number }).n;
    const items = this.prepare(`SELECT a.id, a.name, a.title, a.date, a.source, a.url,
        substr(a.text, 1, 200) AS snippet, 0 AS rank
      FROM articles a ${filter} ORDER BY a.date DESC, a.seq DESC LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset }) as SearchHit[];
    return { items, total, limit, offset };
  }

  async listEvents(q: EventQuery): Promise<Page<EventRecord>> {
    const { limit, offset } = pageBounds(q);
    const { filter, pageFilter, params } = this.eventFilter(q);
    const total = (this.prepare(`SELECT count(*) AS n FROM events e WHERE ${filter}`).get(params) as { n: number }).n;
    const order = pick(EVENT_ORDER, q.sort, '-when');
    return { items: this.queryEvents(pageFilter, params, order, limit, offset), total, limit, offset };
  }

  async eventTimeline(q: EventTimelineQuery): Promise<TimelinePoint[]> {
    const { filter, params } = this.eventFilter(q);
    const period = pick(DYAD_PERIOD, q.interval, 'month');
    return this.prepare(`SELECT ${period} AS period, e.category, e.quad, count(*) AS events, sum(e.score) AS score
      FROM events e WHERE ${filter} GROUP BY period, e.category, e.quad ORDER BY period, e.category`).all(params) as TimelinePoint[];
  }

  /** The WHERE clause (fixed fragments) and bound parameters of an event query. */
  /**
   * `filter` counts best; `pageFilter` differs for a busy actor: with `+e.id` the planner walks the
   * date index and stops after one page instead of sorting all of the actor's events.
   */
  private eventFilter(q: EventQuery): { filter: string; pageFilter: string; params: Params } {
    const where: string[] = [];
    const params: Params = {};
    let busyActor = -1; // index in `where` of a busy actor's fragment
    const add = (fragment: string, name: string, value: unknown) => {
      if (value === null || value === undefined) return;
      where.push(fragment);
      params[name] = value;
    };
    if (q.actor && !q.counterpart) { // with a counterpart, the pair condition below implies this one
      const side = this.side(q.actor);
      where.push(`e.id IN (SELECT event_id FROM (${sideEvents('actor')}))`);
      Object.assign(params, sideParams('actor', side));
      if (side.rows > BUSY_ACTOR_ROWS) busyActor = where.length - 1;
    }
    add(`e.id IN (SELECT event_id FROM event_codes WHERE side = 'source' AND code IN (SELECT value FROM json_each(@source)))`, 'source', upperList(q.source));
    add(`e.id IN (SELECT event_id FROM event_codes WHERE side = 'target' AND code IN (SELECT value FROM json_each(@target)))`, 'target', upperList(q.target));
    add('e.category IN (SELECT value FROM json_each(@category))', 'category', upperList(q.category));
    add('e.quad IN (SELECT value FROM json_each(@quad))', 'quad', plainList(q.quad?.map((x) => x.toLowerCase())));
    add('e.modality IN (SELECT value FROM json_each(@modality))', 'modality', plainList(q.modality?.map((x) => x.toLowerCase())));
    add('e.when_end >= @from', 'from', q.from);
    add('e.when_start <= @to', 'to', q.to);
    add('e.negated = @negated', 'negated', q.negated === undefined ? undefined : q.negated ? 1 : 0);
    add('e.id IN (SELECT event_id FROM event_reports WHERE article_id = @article)', 'article', q.article);
    if (q.actor && q.counterpart) {
      // a pair's events, either direction: walk the side with fewer events, probe the other
      const [drive, probe] = this.bySize(this.side(q.actor), this.side(q.counterpart));
      where.push(`e.id IN (SELECT x.event_id FROM (${sideEvents('drive')}) x WHERE ${onOtherSide('probe')})`);
      Object.assign(params, sideParams('drive', drive), sideParams('probe', probe));
    }
    const filter = where.join(' AND ') || '1';
    const pageFilter = where.map((w, i) => (i === busyActor ? `+${w}` : w)).join(' AND ') || '1';
    return { filter, pageFilter, params };
  }

  private queryEvents(filter: string, params: Params, order: string, limit: number, offset: number): EventRecord[] {
    const rows = this.prepare(`SELECT ${EVENT_COLUMNS} FROM events e WHERE ${filter}
      ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({ ...params, limit, offset }) as EventRow[];
    const actors = this.eventActors(rows.map((r) => r.id));
    return rows.map((row) => toEventRecord(row, actors.get(row.id)));
  }

  private eventActors(ids: string[]): Map<string, { source: EventActorRef[]; target: EventActorRef[] }> {
    const out = new Map<string, { source: EventActorRef[]; target: EventActorRef[] }>();
    if (!ids.length) return out;
    const rows = this.prepare(`SELECT ea.event_id, ea.side, a.id, a.name, a.country FROM event_actors ea
      JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id IN (SELECT value FROM json_each(?))
      ORDER BY ea.rowid`).all(JSON.stringify(ids)) as ({ event_id: string; side: 'source' | 'target' } & EventActorRef)[];
    for (const { event_id, side, ...actor } of rows) {
      const entry = out.get(event_id) ?? { source: [], target: [] };
      entry[side].push(actor);
      out.set(event_id, entry);
    }
    return out;
  }

  async getEvent(id: string): Promise<EventDetail | null> {
    const [event] = this.queryEvents('e.id = @id', { id }, 'e.rowid', 1, 0);
    if (!event) return null;
    const reports = this.prepare(`SELECT r.article_id AS articleId, a.name AS articleName, a.title AS articleTitle,
        a.date AS articleDate, r.evidence, r.attribution, r.trigger, r.evidence_start AS evidenceStart,
        r.evidence_end AS evidenceEnd
      FROM event_reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = ? ORDER BY a.seq`).all(id) as EventReport[];
    const timex = (this.prepare(`SELECT t.start, t.end, t.text, t.type, t.value, t.mod FROM event_reports r
      JOIN timexes t ON t.article_id = r.article_id AND t.idx = r.timex_idx
      JOIN articles a ON a.id = r.article_id WHERE r.event_id = ? ORDER BY a.seq LIMIT 1`).get(id) as TimexRecord | undefined) ?? null;
    return { ...event, reports, timex };
  }

  async listActors(q: ActorQuery): Promise<Page<ActorSummary>> {
    const { limit, offset } = pageBounds(q);
    const where: string[] = [];
    const params: Params = {};
    if (q.query) {
      where.push(`(a.id LIKE @like ESCAPE '\\' OR a.name LIKE @like ESCAPE '\\'
        OR a.id IN (SELECT actor_id FROM actor_aliases WHERE alias LIKE @like ESCAPE '\\'))`);
      params.like = likePattern(q.query);
    }
    if (q.kind) { where.push('a.kind = @kind'); params.kind = q.kind; }
    if (q.country) { where.push('a.country = upper(@country)'); params.country = q.country; }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.prepare(`SELECT count(*) AS n FROM actors a ${filter}`).get(params) as { n: number }).n;
    const items = this.prepare(`SELECT a.id, a.name, a.kind, a.country, a.sector,
        (SELECT count(DISTINCT event_id) FROM actor_events WHERE actor_id = a.id) AS events,
        (SELECT count(*) FROM mentions WHERE actor_id = a.id) AS mentions
      FROM actors a ${filter} ORDER BY events DESC, mentions DESC, a.name LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset }) as ActorSummary[];
    return { items, total, limit, offset };
  }

  /** The actor id for an id, a name or alias, or a country code. */
  private resolveActor(text: string): string | null {
    const row = this.prepare(`SELECT id FROM (
        SELECT id, 0 AS pref FROM actors WHERE id = lower(@actor)
        UNION ALL SELECT id, 1 FROM actors WHERE name = @actor COLLATE NOCASE
        UNION ALL SELECT actor_id, 2 FROM actor_aliases WHERE alias = @actor COLLATE NOCASE
        UNION ALL SELECT id, 3 FROM actors WHERE kind = 'country' AND country = upper(@actor)
        UNION ALL SELECT id, 4 FROM actors WHERE name LIKE ${NAME_ENDING}
      ) r ORDER BY pref, (SELECT count(*) FROM actor_events x WHERE x.actor_id = r.id) DESC, id LIMIT 1`)
      .get({ actor: text }) as { id: string } | undefined;
    return row?.id ?? null;
  }

  async getActor(idOrName: string): Promise<ActorDetail | null> {
    const id = this.resolveActor(idOrName);
    if (!id) return null;
    const summary = this.prepare(`SELECT a.id, a.name, a.kind, a.country, a.sector,
        (SELECT count(DISTINCT event_id) FROM actor_events WHERE actor_id = a.id) AS events,
        (SELECT count(*) FROM mentions WHERE actor_id = a.id) AS mentions
      FROM actors a WHERE a.id = ?`).get(id) as ActorSummary;
    const aliases = (this.prepare('SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias')
      .all(id) as { alias: string }[]).map((r) => r.alias);
    // one row per term of each role (a role held twice with dates apart is two rows)
    const roles = groupRoleTerms(this.prepare(`SELECT r.role, r.country, r.sector, r.role_from AS "from", r.from_kind AS fromKind,
        r.role_to AS "to", r.to_kind AS toKind, r.article_id AS articleId, a.date AS seen
      FROM actor_roles r JOIN articles a ON a.id = r.article_id WHERE r.actor_id = ?`).all(id) as RoleReport[]);
    const counterparts = this.prepare(`SELECT a.id, a.name, a.country, count(DISTINCT other.event_id) AS events
      FROM actor_events me JOIN actor_events other ON other.event_id = me.event_id AND other.side <> me.side
      JOIN actors a ON a.id = other.actor_id
      WHERE me.actor_id = @id AND other.actor_id <> @id
      GROUP BY a.id ORDER BY events DESC, a.name LIMIT 25`).all({ id }) as ActorDetail['counterparts'];
    const codes = this.prepare(`SELECT c.code, count(DISTINCT c.event_id) AS events
      FROM actor_events me JOIN event_codes c ON c.event_id = me.event_id AND c.side = me.side
      WHERE me.actor_id = ? GROUP BY c.code ORDER BY events DESC, c.code`).all(id) as ActorDetail['codes'];
    const byCategory = this.prepare(`SELECT e.category, count(*) AS events FROM events e
      WHERE e.id IN (SELECT event_id FROM actor_events WHERE actor_id = ?)
      GROUP BY e.category ORDER BY events DESC, e.category`).all(id) as ActorDetail['byCategory'];
    const seen = this.prepare(`SELECT min(date) AS firstSeen, max(date) AS lastSeen FROM articles WHERE id IN (
        SELECT article_id FROM mentions WHERE actor_id = @id
        UNION SELECT article_id FROM actor_roles WHERE actor_id = @id
        UNION SELECT r.article_id FROM event_reports r JOIN actor_events x ON x.event_id = r.event_id WHERE x.actor_id = @id)`)
      .get({ id }) as { firstSeen: string | null; lastSeen: string | null };
    return { ...summary, aliases, roles, counterparts, codes, byCategory, ...seen };
  }

  async dyadTimeline(q: DyadQuery): Promise<DyadPoint[]> {
    const period = pick(DYAD_PERIOD, q.interval, 'month');
    const a = this.side(q.a);
    const b = this.side(q.b);
    // walk the side with fewer events and probe the other; directions flip when b drives
    const swapped = b.rows < a.rows;
    const [drive, probe] = swapped ? [b, a] : [a, b];
    const where: string[] = [];
    const params: Params = { ...sideParams('drive', drive), ...sideParams('probe', probe), out: swapped ? 'b->a' : 'a->b', in: swapped ? 'a->b' : 'b->a' };
    if (q.from) { where.push('e.when_end >= @from'); params.from = q.from; }
    if (q.to) { where.push('e.when_start <= @to'); params.to = q.to; }
    // the pairs found once (materialised), each joined to its event once; 'both' counts events once
    const both = q.combined ? `UNION ALL SELECT period, 'both', quad, count(*), sum(score)
        FROM (SELECT DISTINCT event_id, period, quad, score FROM dyad) GROUP BY period, quad` : '';
    return this.prepare(`WITH pairs AS MATERIALIZED (
        SELECT DISTINCT x.event_id, CASE x.side WHEN 'source' THEN @out ELSE @in END AS direction
        FROM (${sideEvents('drive')}) x WHERE ${onOtherSide('probe')}),
      dyad AS MATERIALIZED (
        SELECT p.event_id, p.direction, ${period} AS period, e.quad, e.score
        FROM pairs p JOIN events e ON e.id = p.event_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''})
      SELECT period, direction, quad, count(*) AS events, sum(score) AS score FROM dyad GROUP BY period, direction, quad
      ${both}
      ORDER BY period, direction, quad`).all(params) as DyadPoint[];
  }

  /**
   * Resolve what a user named (a code, or an actor id / name / alias) to the codes and actor links
   * that find its events. A country actor's events are exactly those coded with its code (saves
   * keep actor_events so), so it is matched by code alone and its rows are not counted twice.
   */
  private side(text: string): ResolvedSide {
    const codes = new Set<string>();
    const code = text.trim().toUpperCase();
    if (this.prepare('SELECT 1 FROM event_codes WHERE code = ? LIMIT 1').get(code)) codes.add(code);
    const actors: string[] = [];
    const named = this.prepare(`SELECT id, kind, country FROM actors WHERE id IN (${ACTORS_NAMED})`)
      .all({ actor: text.trim() }) as { id: string; kind: string; country: string | null }[];
    for (const actor of named) {
      if (actor.kind === 'country' && actor.country) codes.add(actor.country);
      else actors.push(actor.id);
    }
    const resolved = { codes: JSON.stringify([...codes]), actors: JSON.stringify(actors) };
    const rows = (this.prepare(`SELECT (SELECT count(*) FROM event_codes WHERE code IN (SELECT value FROM json_each(@codes)))
      + (SELECT count(*) FROM actor_events WHERE actor_id IN (SELECT value FROM json_each(@actors))) AS n`).get(resolved) as { n: number }).n;
    return { ...resolved, rows };
  }

  /** The two sides, fewer events first. */
  private bySize(a: ResolvedSide, b: ResolvedSide): [ResolvedSide, ResolvedSide] {
    return b.rows < a.rows ? [b, a] : [a, b];
  }

  async counts(): Promise<Counts> {
    const one = (sql: string) => (this.prepare(sql).get() as { n: number }).n;
    const range = this.prepare('SELECT min(date) AS firstArticle, max(date) AS lastArticle FROM articles').get() as
      { firstArticle: string | null; lastArticle: string | null };
    return {
      articles: one('SELECT count(*) AS n FROM articles'),
      events: one('SELECT count(*) AS n FROM events'),
      actors: one('SELECT count(*) AS n FROM actors'),
      mentions: one('SELECT count(*) AS n FROM mentions'),
      ...range,
      byCategory: this.prepare('SELECT category, count(*) AS events FROM events GROUP BY category ORDER BY events DESC, category').all() as Counts['byCategory'],
      byQuad: this.prepare('SELECT quad, count(*) AS events FROM events GROUP BY quad ORDER BY events DESC, quad').all() as Counts['byQuad'],
    };
  }

  async network(q: NetworkQuery): Promise<Network> {
    const nodeLimit = Math.min(300, Math.max(1, Math.floor(q.nodes ?? 60)));
    const edgeLimit = Math.min(2000, Math.max(1, Math.floor(q.edges ?? 200)));
    const where: string[] = [];
    const params: Params = {};
    if (q.from) { where.push('e.when_end >= @from'); params.from = q.from; }
    if (q.to) { where.push('e.when_start <= @to'); params.to = q.to; }
    const inRange = where.length ? `AND ${where.join(' AND ')}` : '';
    // A sequential pass over events reading their code lists beats a join per event here.
    const counted = where.length
      ? `SELECT code, count(*) AS events FROM (SELECT DISTINCT e.rowid, c.value AS code FROM events e,
           json_each(json_array(json(e.source), json(e.target))) side, json_each(side.value) c WHERE 1 ${inRange})
         GROUP BY code ORDER BY events DESC, code LIMIT @nodeLimit`
      : `SELECT code, count(DISTINCT event_id) AS events FROM event_codes
         GROUP BY code ORDER BY events DESC, code LIMIT @nodeLimit`;
    const nodes = this.prepare(`SELECT n.code, n.events,
        coalesce((SELECT name FROM actors WHERE country = n.code ORDER BY kind <> 'country', kind <> 'organization', name LIMIT 1), n.code) AS name
      FROM (${counted}) n ORDER BY n.events DESC, n.code`).all({ ...params, nodeLimit }) as NetworkNode[];
    const edges = this.prepare(`WITH pairs AS (
        SELECT DISTINCT e.rowid, min(s.value, t.value) AS a, max(s.value, t.value) AS b, e.score, e.quad
        FROM events e, json_each(e.source) s, json_each(e.target) t
        WHERE s.value <> t.value ${inRange})
      SELECT a, b, count(*) AS events, sum(score) AS score,
        sum(quad LIKE '%cooperation') AS cooperation, sum(quad LIKE '%conflict') AS conflict
      FROM pairs GROUP BY a, b ORDER BY events DESC, a, b LIMIT @edgeLimit`).all({ ...params, edgeLimit }) as NetworkEdge[];
    return { nodes, edges };
  }

  async setStory(articleId: string, story: string | null): Promise<void> {
    this.prepare('UPDATE articles SET story = ? WHERE id = ?').run(story, articleId);
  }

  async mergeEvents(keep: string, merged: string[]): Promise<number> {
    const others = merged.filter((id) => id !== keep);
    if (!others.length) return 0;
    return this.db.transaction(() => {
      if (!this.prepare('SELECT 1 FROM events WHERE id = ?').get(keep)) throw new Error(`no event ${keep}`);
      const ids = JSON.stringify(others);
      this.prepare(MOVE_REPORTS).run({ keep, ids });
      return this.prepare('DELETE FROM events WHERE id IN (SELECT value FROM json_each(?))').run(ids).changes;
    })();
  }

  async saveStoryProfile(profile: StoryProfile): Promise<void> {
    this.db.transaction(() => this.stories.saveProfile(profile))();
  }

  async storyCandidates(profile: StoryProfile): Promise<StoredStoryProfile[]> {
    return this.stories.candidates(profile);
  }

  async renameStories(from: string[], to: string): Promise<number> {
    return this.stories.renameStories(from, to);
  }

  async storyArticles(story: string): Promise<StoryArticle[]> {
    return this.stories.articles(story);
  }

  async storyEventKeys(story: string): Promise<StoryEventKey[]> {
    return this.stories.eventKeys(story);
  }

  async eventKeysAt(query: { category: string; location: string; from: string; to: string }): Promise<StoryEventKey[]> {
    return this.stories.eventKeysAt(query);
  }

  async articleStories(): Promise<Map<string, string | null>> {
    return this.stories.articleStories();
  }

  async clearStories(): Promise<number> {
    return this.stories.clearStories();
  }

  async *storyInputs(): AsyncIterable<StoryInput> {
    // in batches: one statement at a time on the connection, while the caller writes between them
    for (let after = 0; ;) {
      const batch = this.stories.inputs(after, 200);
      if (!batch.length) return;
      for (const { seq: _seq, ...input } of batch) yield input;
      after = batch.at(-1)!.seq;
    }
  }

  async storyEvents(story: string): Promise<StoryEvent[]> {
    const articles = this.stories.eventArticles(story);
    if (!articles.size) return [];
    const events = this.queryEvents('e.id IN (SELECT value FROM json_each(@ids))',
      { ids: JSON.stringify([...articles.keys()]) }, 'e.rowid ASC', -1, 0);
    return events.map((e) => ({ ...e, articles: articles.get(e.id) ?? [] }));
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // keep the planner's statistics fresh (SQLite's advice: run before closing a connection)
    if (!this.db.readonly) this.db.pragma('optimize');
    this.db.close();
  }
}

function toEventRecord(row: EventRow, actors?: { source: EventActorRef[]; target: EventActorRef[] }): EventRecord {
  return {
    id: row.id, category: row.category, mode: row.mode, quad: row.quad, score: row.score,
    source: JSON.parse(row.source) as string[], target: JSON.parse(row.target) as string[],
    sourceActors: actors?.source ?? [], targetActors: actors?.target ?? [],
    date: row.date, when: row.when, whenAssumed: row.when_assumed === 1, location: row.location,
    negated: row.negated === 1, modality: row.modality, attribution: row.attribution, evidence: row.evidence,
    rule: row.rule, trigger: row.trigger, reportCount: row.report_count,
  };
}
