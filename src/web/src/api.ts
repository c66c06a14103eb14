// Calls to the annals HTTP API. Response shapes are the store's types, imported (types only).
import type {
  ActorDetail, ActorSummary, ArticleDetail, Counts, DyadPoint, EventDetail, EventRecord, Network, Page, SearchHit,
  TimelinePoint, TimexRecord,
} from '../../store/types.js';
import type { PairSummary, Stats } from '../../api/routes/overview.js';

export type { ActorDetail, ActorSummary, Counts, DyadPoint, EventDetail, EventRecord, Network, Page, PairSummary, Stats, TimelinePoint };

/** A search hit as the API sends it: the snippet as plain text with highlight offsets. */
export interface SearchItem extends SearchHit {
  highlights: [number, number][];
}

export interface ArticleEvent extends EventRecord {
  evidenceStart: number | null;
  evidenceEnd: number | null;
  timex: TimexRecord | null;
}

export interface ArticleView extends Omit<ArticleDetail, 'events'> {
  events: ArticleEvent[];
}

export interface DyadSide {
  query: string;
  id: string | null;
  name: string;
  code: string | null;
}

export interface DyadView {
  a: DyadSide;
  b: DyadSide;
  interval: string;
  points: DyadPoint[];
  /** per period and quad, each event once */
  combined: { period: string; quad: string; events: number; score: number }[];
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const TOKEN_KEY = 'annals-token';

async function get<T>(path: string): Promise<T> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const response = await fetch(path, { headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  if (response.status === 401) {
    // A private server: ask once for the token and retry.
    const given = window.prompt('This annals server is private. Token:');
    if (given) {
      sessionStorage.setItem(TOKEN_KEY, given);
      return get<T>(path);
    }
  }
  const body = await response.json().catch(() => null) as { message?: string } | null;
  if (!response.ok) throw new ApiError(response.status, body?.message ?? `${response.status} ${response.statusText}`);
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  stats: () => get<Stats>('/api/stats'),
  search: (query: string) => get<Page<SearchItem>>(`/api/search${query}`),
  article: (id: string) => get<ArticleView>(`/api/articles/${enc(id)}`),
  events: (query: string) => get<Page<EventRecord>>(`/api/events${query}`),
  event: (id: string) => get<EventDetail>(`/api/events/${enc(id)}`),
  eventTimeline: (query: string) => get<{ interval: string; points: TimelinePoint[] }>(`/api/events/timeline${query}`),
  actors: (query: string) => get<Page<ActorSummary>>(`/api/actors${query}`),
  actor: (id: string) => get<ActorDetail>(`/api/actors/${enc(id)}`),
  dyad: (a: string, b: string, query: string) => get<DyadView>(`/api/dyads/${enc(a)}/${enc(b)}/timeline${query}`),
  network: (query: string) => get<Network>(`/api/network${query}`),
};
