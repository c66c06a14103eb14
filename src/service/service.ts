// The use cases shared by the CLI, the HTTP API and the web app. The service owns one Pipeline
// (models load once) and talks to the database only through the Store it is given.
import type { ReadError, ReadResult } from '../ingest/index.js';
import { countInputs, readArticles, readPayload } from '../ingest/index.js';
import { Pipeline } from '../nlp/pipeline.js';
import type { Store } from '../store/store.js';
import type {
  ActorDetail, ActorSummary, ArticleDetail, Counts, DyadPoint, EventDetail, EventRecord, Network, Page, SearchHit, TimelinePoint,
  StoryDetail,
} from '../store/types.js';
import { StoryClusterer } from '../stories/clusterer.js';
import { mergeableAcrossStories } from '../stories/events.js';
import { buildProfile } from '../stories/profile.js';
import { recluster, type ReclusterSummary } from '../stories/recluster.js';
import { forStorage } from './aliases.js';
import { extract, toArticleInput } from './extract.js';
import {
  ActorsRequestSchema, DyadRequestSchema, EventsRequestSchema, EventTimelineRequestSchema, IngestOptionsSchema,
  NetworkRequestSchema, parseRequest, SearchRequestSchema, toPage, type ActorsRequest, type DyadRequest,
  type EventsRequest, type EventTimelineRequest, type IngestOptions, type NetworkRequest, type SearchRequest,
} from './schemas.js';

/** What to ingest: files and folders, or one request body (JSONL, JSON, HTML, feed or dated text). */
export type IngestSource = { paths: string[] } | { payload: string; name?: string };

export interface IngestProgress {
  /** input files reached so far (a file with many JSONL lines counts once) */
  files: number;
  /** number of input files, when known in advance; null for payloads */
  total: number | null;
  /** articles (and unreadable inputs) handled so far */
  articles: number;
  /** where the last article came from */
  path: string | null;
}

export interface IngestedArticle {
  id: string;
  name: string;
  status: 'new' | 'duplicate';
  events: number;
  path: string;
  line?: number;
}

export interface IngestSummary {
  new: number;
  duplicate: number;
  failed: number;
  events: number;
  /** every input that could not be read or processed, with path and line */
  errors: ReadError[];
  articles: IngestedArticle[];
}

export interface ServiceOptions {
  store: Store;
  /** share a pipeline (and its loaded models); one is created when absent */
  pipeline?: Pipeline;
  /** cluster articles into stories and merge events reported by several articles (default true) */
  stories?: boolean;
}

export class AnnalsService {
  readonly store: Store;
  readonly pipeline: Pipeline;

  /** null when story clustering is off */
  private readonly clusterer: StoryClusterer | null;

  constructor(options: ServiceOptions) {
    this.store = options.store;
    this.pipeline = options.pipeline ?? new Pipeline();
    this.clusterer = options.stories === false ? null : new StoryClusterer(this.store);
  }

  /**
   * Read, annotate and store articles. A bad file or line is reported (path:line) and skipped;
   * each article is saved in its own transaction, so one failure never rolls back the others.
   */
  async ingest(source: IngestSource, options: IngestOptions = {}, onProgress?: (p: IngestProgress) => void): Promise<IngestSummary> {
    const { date } = parseRequest(IngestOptionsSchema, options);
    const summary: IngestSummary = { new: 0, duplicate: 0, failed: 0, events: 0, errors: [], articles: [] };
    const total = 'paths' in source ? (onProgress ? await countInputs(source.paths) : null) : null;
    const results: AsyncIterable<ReadResult> | Iterable<ReadResult> = 'paths' in source
      ? readArticles(source.paths, { date })
      : readPayload(source.payload, { date, name: source.name });
    let articles = 0;
    let files = 0;
    let lastPath: string | null = null;
    for await (const result of results) {
      await this.ingestOne(result, summary);
      const path = result.ok ? result.article.origin.path : result.error.path;
      if (path !== lastPath) files++;
      lastPath = path;
      articles++;
      onProgress?.({ files: total === null ? files : Math.min(files, total), total, articles, path });
    }
    return summary;
  }

  private async ingestOne(result: ReadResult, summary: IngestSummary): Promise<void> {
    if (!result.ok) {
      summary.failed++;
      summary.errors.push(result.error);
      return;
    }
    const { article } = result;
    const where = { path: article.origin.path, ...(article.origin.line !== undefined ? { line: article.origin.line } : {}) };
    try {
      let saved = { status: 'duplicate' as 'new' | 'duplicate', events: 0 };
      if (!(await this.store.hasArticle(article.id))) {
        const extraction = extract(this.pipeline, article);
        const annotation = forStorage(extraction.annotation);
        // the story is found before the save, so events its story already has are saved as reports
        const plan = this.clusterer
          ? await this.clusterer.plan(buildProfile({ id: article.id, date: article.date, text: article.text, annotation: extraction.annotation }), annotation.events)
          : null;
        const stored = await this.store.saveArticle(toArticleInput(article), { ...extraction, annotation, reportOf: plan?.reportOf });
        if (this.clusterer && plan && stored.status === 'new') {
          await this.clusterer.commit(plan, stored.events, annotation.events.some(mergeableAcrossStories), { events: annotation.events, eventIds: stored.eventIds });
        }
        saved = stored;
      }
      summary[saved.status]++;
      summary.events += saved.events;
      summary.articles.push({ id: article.id, name: article.name, status: saved.status, events: saved.events, ...where });
    } catch (err) {
      summary.failed++;
      summary.errors.push({ ...where, message: err instanceof Error ? err.message : String(err) });
    }
  }

  async search(request: SearchRequest): Promise<Page<SearchHit>> {
    return this.store.search(toPage(parseRequest(SearchRequestSchema, request)));
  }

  async listEvents(request: EventsRequest = {}): Promise<Page<EventRecord>> {
    return this.store.listEvents(toPage(parseRequest(EventsRequestSchema, request)));
  }

  async listActors(request: ActorsRequest = {}): Promise<Page<ActorSummary>> {
    return this.store.listActors(toPage(parseRequest(ActorsRequestSchema, request)));
  }

  /** One actor by id, name, alias or country code; null when unknown. */
  async getActor(idOrName: string): Promise<ActorDetail | null> {
    return this.store.getActor(idOrName.trim());
  }

  /** One article by id (or name) with its mentions, time expressions and events. */
  async getArticle(id: string): Promise<ArticleDetail | null> {
    return this.store.getArticle(id.trim());
  }

  async dyadTimeline(request: DyadRequest): Promise<DyadPoint[]> {
    return this.store.dyadTimeline(parseRequest(DyadRequestSchema, request));
  }

  /** Everything needed to explain a stored event: trigger, rule, arguments, date source, evidence. */
  async explainEvent(id: string): Promise<EventDetail | null> {
    return this.store.getEvent(id.trim());
  }

  /**
   * A story by its id, or the story of an article (id or name): its articles, oldest first, and
   * the real-world events they report, each with the number of articles reporting it.
   */
  async getStory(id: string): Promise<StoryDetail | null> {
    const key = id.trim();
    const story = (await this.store.getArticle(key))?.story ?? key;
    const articles = await this.store.storyArticles(story);
    if (!articles.length) return null;
    const events = (await this.store.storyEvents(story)).map(({ articles: _reporters, ...event }) => event);
    return { id: story, articles, events };
  }

  /** Stories work: put an article in a story (null takes it out). */
  async assignStory(articleId: string, story: string | null): Promise<void> {
    await this.store.setStory(articleId, story);
  }

  /**
   * Recompute every story and event merge from the stored articles (a database ingested with
   * --no-stories, or after the link rules changed); `onProgress` gets the articles done so far.
   */
  async recluster(onProgress?: (articles: number) => void): Promise<ReclusterSummary> {
    return recluster(this.store, onProgress);
  }

  /** Stories work: fold events that are one event reported by several articles into `keep`. */
  async mergeEvents(keep: string, merged: string[]): Promise<number> {
    return this.store.mergeEvents(keep, merged);
  }

  async counts(): Promise<Counts> {
    return this.store.counts();
  }

  /** Events matching the event filters, counted per period and category (an actor's timeline, a filtered view). */
  async eventTimeline(request: EventTimelineRequest = {}): Promise<TimelinePoint[]> {
    return this.store.eventTimeline(parseRequest(EventTimelineRequestSchema, request));
  }

  /** The most active codes and the pairs between them in a date range (aggregated by the store, capped). */
  async network(request: NetworkRequest = {}): Promise<Network> {
    return this.store.network(parseRequest(NetworkRequestSchema, request));
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}
