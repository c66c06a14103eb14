// The repository interface the service layer talks to. Implementations receive their database
// handle (see sqlite/sqlite-store.ts); nothing here opens anything.
import type { Annotation } from '../nlp/annotation.js';
import type {
  ActorDetail, ActorQuery, ActorSummary, ArticleDetail, ArticleInput, Counts, DyadPoint, DyadQuery,
  EventDetail, EventQuery, EventRecord, EventTimelineQuery, Network, NetworkQuery, TimelinePoint, Page, SaveResult, SearchHit, SearchQuery,
  StoryArticle, StoryEvent, StoryEventKey, StoryInput, StoredStoryProfile,
} from './types.js';
import type { StoryProfile } from '../stories/profile.js';

/** Per-event links back into the article that the annotation JSON does not carry. */
export interface EventLink {
  /** index into annotation.times of the expression the event date came from */
  timex: number | null;
  /** character offsets of the evidence sentence */
  evidenceStart: number | null;
  evidenceEnd: number | null;
}

export interface Extraction {
  annotation: Annotation;
  /** parallel to annotation.events; optional */
  eventLinks?: EventLink[];
  /**
   * parallel to annotation.events; optional: the stored event an event is another report of
   * (story clustering found it before the save), saved as a report of that event, not a new row
   */
  reportOf?: (string | null)[];
}

export interface Store {
  /** True when an article with this id is stored. */
  hasArticle(id: string): Promise<boolean>;
  /** Save an article and its annotation in one transaction; the same id twice is a no-op. */
  saveArticle(article: ArticleInput, extraction: Extraction): Promise<SaveResult>;
  getArticle(id: string): Promise<ArticleDetail | null>;
  search(query: SearchQuery): Promise<Page<SearchHit>>;
  listEvents(query: EventQuery): Promise<Page<EventRecord>>;
  getEvent(id: string): Promise<EventDetail | null>;
  listActors(query: ActorQuery): Promise<Page<ActorSummary>>;
  /** by id, then by exact name or alias (case-insensitive), then by code for country actors */
  getActor(idOrName: string): Promise<ActorDetail | null>;
  dyadTimeline(query: DyadQuery): Promise<DyadPoint[]>;
  counts(): Promise<Counts>;
  /** Put an article in a story (null takes it out). */
  setStory(articleId: string, story: string | null): Promise<void>;
  /**
   * One event reported by several articles: the reports of `merged` become reports of `keep`
   * (whose category, codes and actors stand) and the merged events are deleted. Returns the
   * number of events removed.
   */
  mergeEvents(keep: string, merged: string[]): Promise<number>;
  /** Stories (src/stories): keep an article's story profile and its lookup keys (article by id). */
  saveStoryProfile(profile: StoryProfile): Promise<void>;
  /** Stored profiles sharing an LSH band, enough key terms within the date window, or a dated event with `profile`. */
  storyCandidates(profile: StoryProfile): Promise<StoredStoryProfile[]>;
  /** Move every article of the stories `from` into story `to` (clusters merging); returns articles moved. */
  renameStories(from: string[], to: string): Promise<number>;
  /** The articles of a story, oldest first. */
  storyArticles(story: string): Promise<StoryArticle[]>;
  /** The events reported by a story's articles, each with its reporting article ids, oldest first. */
  storyEvents(story: string): Promise<StoryEvent[]>;
  /** The same events with only the fields event merging reads (a cheaper query, run on every ingest). */
  storyEventKeys(story: string): Promise<StoryEventKey[]>;
  /** Events of one category at one place whose day range lies within [from, to] (YYYY-MM-DD), as merge keys. */
  eventKeysAt(query: { category: string; location: string; from: string; to: string }): Promise<StoryEventKey[]>;
  /** Every article id with its story (null when not clustered), in ingest order. */
  articleStories(): Promise<Map<string, string | null>>;
  /** Take every article out of its story (re-clustering starts from here); returns how many were in one. */
  clearStories(): Promise<number>;
  /** What clustering needs of each stored article, in ingest order: its stored profile, or what builds one. */
  storyInputs(): AsyncIterable<StoryInput>;
  /** Who interacts with whom: the most active codes and the pairs between them, aggregated in the database. */
  network(query: NetworkQuery): Promise<Network>;
  /** Events matching the listEvents filters, counted per period (day, week, month) and category. */
  eventTimeline(query: EventTimelineQuery): Promise<TimelinePoint[]>;
  close(): Promise<void>;
}

export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 20;

/** Clamp a page request to sane bounds. */
export function pageBounds(request: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(request.limit ?? DEFAULT_PAGE)));
  const offset = Math.max(0, Math.floor(request.offset ?? 0));
  return { limit, offset };
}
