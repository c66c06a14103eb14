// Shapes the store accepts and returns. They are dialect-free: the SQLite store implements them
// today, a PostgreSQL store later. The service layer re-exports them for the CLI, API and web.
import type { MergeableEvent } from '../stories/events.js';
import type { ProfileAnnotation, StoryProfile } from '../stories/profile.js';

/** What the store keeps about an article besides its annotation. */
export interface ArticleInput {
  id: string;
  name: string;
  url: string | null;
  source: string | null;
  title: string | null;
  /** publication date, YYYY-MM-DD */
  date: string;
  published: string | null;
  text: string;
  story: string | null;
}

export interface ArticleRecord extends ArticleInput {
  /** position in ingestion order (1-based) */
  seq: number;
}

export type SaveStatus = 'new' | 'duplicate';

export interface SaveResult {
  status: SaveStatus;
  /** events stored for the article (0 for a duplicate) */
  events: number;
  /** parallel to the annotation's events: the stored event each one is a report of */
  eventIds: string[];
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PageRequest {
  /** page size; the store caps it */
  limit?: number;
  offset?: number;
}

export interface SearchQuery extends PageRequest {
  /** free text; words are ANDed, "quoted phrases" kept, a trailing * is a prefix search */
  query: string;
  /** article date range, inclusive, YYYY-MM-DD */
  from?: string;
  to?: string;
  /** actor code (JPN), actor id (antony-blinken), name or alias */
  actor?: string;
  /** markers around matched words in snippets */
  highlightOpen?: string;
  highlightClose?: string;
}

export interface SearchHit {
  id: string;
  name: string;
  title: string | null;
  date: string;
  source: string | null;
  url: string | null;
  snippet: string;
  /** bm25 rank: lower is better */
  rank: number;
}

export const EVENT_SORTS = ['when', '-when'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export interface EventQuery extends PageRequest {
  /** matches either side: a code (JPN), or an actor id, name or alias */
  actor?: string;
  /** codes on the source / target side (any of) */
  source?: string[];
  target?: string[];
  category?: string[];
  quad?: string[];
  /** event date range (`when`), inclusive, YYYY-MM-DD; partial dates overlap the range */
  from?: string;
  to?: string;
  negated?: boolean;
  modality?: string[];
  /** events reported by this article */
  article?: string;
  /** with `actor`: only events where this actor or code is on the other side (a pair's events) */
  counterpart?: string;
  /** default `-when` (latest first) */
  sort?: EventSort;
}

export interface EventActorRef {
  id: string;
  name: string;
  country: string | null;
}

export interface EventRecord {
  id: string;
  category: string;
  mode: string | null;
  quad: string;
  score: number;
  source: string[];
  target: string[];
  sourceActors: EventActorRef[];
  targetActors: EventActorRef[];
  /** calendar date the text links to the event, or null */
  date: string | null;
  /** the date a timeline places the event on: `date`, else the article date */
  when: string;
  whenAssumed: boolean;
  location: string | null;
  negated: boolean;
  modality: string;
  attribution: string | null;
  evidence: string;
  rule: string;
  trigger: string;
  /** how many articles report the event */
  reportCount: number;
}

export interface EventReport {
  articleId: string;
  articleName: string;
  articleTitle: string | null;
  articleDate: string;
  evidence: string;
  attribution: string | null;
  trigger: string;
  /** character offsets of the evidence sentence in the article text, when known */
  evidenceStart: number | null;
  evidenceEnd: number | null;
}

export interface TimexRecord {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod: string | null;
}

export interface EventDetail extends EventRecord {
  reports: EventReport[];
  /** the time expression the date came from, when the event has a date found in its report */
  timex: TimexRecord | null;
}

export interface ActorQuery extends PageRequest {
  /** restrict to actors whose id, name or alias contains this text */
  query?: string;
  kind?: string;
  country?: string;
}

export interface ActorSummary {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  sector: string | null;
  events: number;
  mentions: number;
}

/** How a stored role date relates to the role: the text states it, or the role began/ended before or after it. */
export type RoleDateKind = 'stated' | 'before' | 'after';

/** A start or end known only relative to a date (an article's): "former" → ended before it. */
export interface RoleBound {
  kind: 'before' | 'after';
  date: string;
}

/** One term of a role: a role held twice with dates apart is two of these. */
export interface ActorRole {
  role: string;
  country: string | null;
  sector: string | null;
  /** dates as stated in the text (null when the text states none) */
  statedFrom: string | null;
  statedTo: string | null;
  /** on a side with no stated date: the bound a word like "former" or "new" gives, else null */
  fromBound: RoleBound | null;
  toBound: RoleBound | null;
  /** first and last article dates that state the role */
  firstSeen: string;
  lastSeen: string;
  articles: number;
}

export interface Counterpart {
  id: string;
  name: string;
  country: string | null;
  events: number;
}

export interface ActorDetail extends ActorSummary {
  aliases: string[];
  roles: ActorRole[];
  counterparts: Counterpart[];
  /** codes this actor's events are coded with on its side, with counts */
  codes: { code: string; events: number }[];
  byCategory: { category: string; events: number }[];
  firstSeen: string | null;
  lastSeen: string | null;
}

export const DYAD_INTERVALS = ['day', 'week', 'month'] as const;
export type DyadInterval = (typeof DYAD_INTERVALS)[number];

export interface DyadQuery {
  /** two codes (JPN, USA) or actor ids */
  a: string;
  b: string;
  interval?: DyadInterval;
  from?: string;
  to?: string;
  /** also return 'both' points (an event with both actors on both sides is in each direction once) */
  combined?: boolean;
}

export interface DyadPoint {
  /** period key: 2021-12-11, 2021-W49 or 2021-12 */
  period: string;
  /** 'a->b' or 'b->a'; with `combined`, also 'both': each event once, whatever its direction */
  direction: 'a->b' | 'b->a' | 'both';
  quad: string;
  events: number;
  score: number;
}

export interface Counts {
  articles: number;
  events: number;
  actors: number;
  mentions: number;
  firstArticle: string | null;
  lastArticle: string | null;
  byCategory: { category: string; events: number }[];
  byQuad: { quad: string; events: number }[];
}

export interface MentionRecord {
  start: number;
  end: number;
  text: string;
  type: string;
  actor: string | null;
}

export interface ArticleDetail extends ArticleRecord {
  mentions: MentionRecord[];
  timexes: TimexRecord[];
  events: EventRecord[];
  /** the other articles of its story (same news, other sources), oldest first */
  storyArticles: StoryArticle[];
}

/** An article as a story lists it. */
export interface StoryArticle {
  id: string;
  name: string;
  title: string | null;
  date: string;
  source: string | null;
  url: string | null;
}

/** A story: articles reporting the same news; its id is the smallest article id in it. */
export interface StoryDetail {
  id: string;
  articles: StoryArticle[];
  /** real-world events its articles report, each with its reportCount */
  events: EventRecord[];
}

/** A stored story profile with the story its article is in now. */
export interface StoredStoryProfile extends StoryProfile {
  story: string | null;
}

/**
 * A stored article as story clustering sees it: its profile when one is stored (it was clustered
 * before), else its text and the parts of its stored annotation a profile is built from.
 */
export interface StoryInput {
  id: string;
  date: string;
  /** events the article reports */
  events: number;
  profile: StoryProfile | null;
  /** null when `profile` is given */
  source: { text: string; annotation: ProfileAnnotation } | null;
}

/** An event of a story with the ids of the articles that report it. */
export interface StoryEvent extends EventRecord {
  articles: string[];
}

/** What merging needs of a story's event: its merge fields and reporting articles. */
export interface StoryEventKey extends MergeableEvent {
  id: string;
  articles: string[];
}

export interface NetworkQuery {
  /** event date range (`when`), inclusive, YYYY-MM-DD */
  from?: string;
  to?: string;
  /** most active codes kept as nodes (default 60, capped at 300) */
  nodes?: number;
  /** heaviest pairs kept as edges (default 200, capped at 2000) */
  edges?: number;
}

/** An actor code (country or international body) with the events it takes part in. */
export interface NetworkNode {
  code: string;
  /** a display name: the stored country/organisation actor with that code, else the code */
  name: string;
  events: number;
}

/** An unordered pair of codes (a < b) with the events between them, either direction. */
export interface NetworkEdge {
  a: string;
  b: string;
  events: number;
  score: number;
  cooperation: number;
  conflict: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface EventTimelineQuery extends EventQuery {
  interval?: DyadInterval;
}

/** Events matching a query, counted per period and category (the period keys of DyadPoint). */
export interface TimelinePoint {
  period: string;
  category: string;
  quad: string;
  events: number;
  score: number;
}
