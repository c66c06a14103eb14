// JSON schemas of the HTTP parameters, for Fastify's validation and the OpenAPI description. They
// check shapes and types; the service's zod schemas then check meaning (dates, ranges) once more,
// so the CLI and the API accept exactly the same values.
import { DYAD_INTERVALS, EVENT_SORTS } from '../store/types.js';

const text = (description: string) => ({ type: 'string', maxLength: 500, description } as const);
const date = (description: string) => ({ type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description } as const);

export const pageParams = {
  page: { type: 'integer', minimum: 1, description: '1-based page number' },
  limit: { type: 'integer', minimum: 1, maximum: 500, description: 'page size (default 20, at most 500)' },
} as const;

export const searchQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: text('words (ANDed), "quoted phrases", prefix*'),
    from: date('article date from (YYYY, YYYY-MM or YYYY-MM-DD)'),
    to: date('article date to, inclusive'),
    actor: text('articles mentioning this actor: a code (JPN), an actor id, name or alias'),
    ...pageParams,
  },
} as const;

export const eventFilterParams = {
  actor: text('either side: a code (RUS) or an actor id, name or alias'),
  source: text('source codes, comma-separated (any of)'),
  target: text('target codes, comma-separated (any of)'),
  category: text('PLOVER categories, comma-separated (CONSULT,ACCUSE)'),
  quad: text('quad classes, comma-separated (verbal cooperation, material conflict, …)'),
  from: date('event date from (YYYY, YYYY-MM or YYYY-MM-DD)'),
  to: date('event date to, inclusive'),
  negated: { type: 'string', enum: ['true', 'false', '1', '0'], description: 'only negated (true) or only affirmed (false) events' },
  modality: text('modalities, comma-separated (asserted, planned, hypothetical, demanded)'),
  article: text('events reported by this article id'),
  counterpart: text('with actor: only events where this actor or code is on the other side (a pair)'),
} as const;

export const eventsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...eventFilterParams,
    sort: { type: 'string', enum: [...EVENT_SORTS], description: 'by event date: when (oldest first) or -when (latest first, default)' },
    ...pageParams,
  },
} as const;

export const eventTimelineQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...eventFilterParams,
    interval: { type: 'string', enum: [...DYAD_INTERVALS], description: 'period length (default month)' },
  },
} as const;

export const exportQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...eventFilterParams,
    format: { type: 'string', enum: ['jsonl', 'csv', 'plover'], description: 'jsonl (annals records), csv, or plover (PLOVER JSON fields, one record a line)' },
    sort: eventsQuery.properties.sort,
  },
} as const;

export const actorsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: text('part of an id, name or alias'),
    kind: text('person, country, organisation, group, …'),
    country: text('country code'),
    ...pageParams,
  },
} as const;

export const dyadQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    interval: { type: 'string', enum: [...DYAD_INTERVALS], description: 'period length (default month)' },
    from: date('event date from'),
    to: date('event date to, inclusive'),
  },
} as const;

export const networkQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: date('event date from'),
    to: date('event date to, inclusive'),
    nodes: { type: 'integer', minimum: 1, maximum: 300, description: 'most active codes kept (default 60)' },
    edges: { type: 'integer', minimum: 1, maximum: 2000, description: 'heaviest pairs kept (default 200)' },
  },
} as const;

export const ingestQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'fallback article date for inputs without one' },
    name: text('a name for the payload in error messages'),
  },
} as const;

export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

export const dyadParams = {
  type: 'object',
  required: ['a', 'b'],
  properties: {
    a: { type: 'string', minLength: 1, maxLength: 200, description: 'a code (JPN) or an actor id' },
    b: { type: 'string', minLength: 1, maxLength: 200 },
  },
} as const;

/** Error body of every 4xx/5xx answer. */
export const errorBody = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
} as const;
