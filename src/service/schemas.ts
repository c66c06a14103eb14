// Request shapes of the use cases, declared once with zod: the CLI, the HTTP API and the web app
// parse their inputs with these. Strings are coerced (query strings arrive as text); lists accept
// either an array or a comma-separated string; partial dates widen to the days they cover.
import { z } from 'zod';
import { DYAD_INTERVALS, EVENT_SORTS } from '../store/types.js';
import { dayRange } from '../store/when.js';

const list = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',') : v),
  z.array(z.string().trim()).transform((xs) => xs.filter(Boolean)),
);

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const date = z.string().trim().regex(DATE, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
/** Start of a range: '2021-12' means from 2021-12-01. */
const fromDate = date.transform((v, ctx) => {
  const range = dayRange(v);
  if (!range) ctx.addIssue({ code: 'custom', message: `not a calendar date: ${v}` });
  return range?.start ?? v;
});
/** End of a range: '2021-12' means up to 2021-12-31. */
const toDate = date.transform((v, ctx) => {
  const range = dayRange(v);
  if (!range) ctx.addIssue({ code: 'custom', message: `not a calendar date: ${v}` });
  return range?.end ?? v;
});

const bool = z.preprocess((v) => (v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : v), z.boolean());

export const PageRequestSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
  /** 1-based page number; turned into offset = (page - 1) * limit */
  page: z.coerce.number().int().min(1).optional(),
});

export const SearchRequestSchema = PageRequestSchema.extend({
  query: z.string().default(''),
  from: fromDate.optional(),
  to: toDate.optional(),
  actor: z.string().trim().min(1).optional(),
  highlightOpen: z.string().max(32).optional(),
  highlightClose: z.string().max(32).optional(),
});
export type SearchRequest = z.input<typeof SearchRequestSchema>;

export const EventsRequestSchema = PageRequestSchema.extend({
  actor: z.string().trim().min(1).optional(),
  source: list.optional(),
  target: list.optional(),
  category: list.optional(),
  quad: list.optional(),
  from: fromDate.optional(),
  to: toDate.optional(),
  negated: bool.optional(),
  modality: list.optional(),
  article: z.string().trim().min(1).optional(),
  counterpart: z.string().trim().min(1).optional(),
  sort: z.enum(EVENT_SORTS).optional(),
});
export type EventsRequest = z.input<typeof EventsRequestSchema>;

export const ActorsRequestSchema = PageRequestSchema.extend({
  query: z.string().trim().min(1).optional(),
  kind: z.string().trim().min(1).optional(),
  country: z.string().trim().min(1).optional(),
});
export type ActorsRequest = z.input<typeof ActorsRequestSchema>;

export const DyadRequestSchema = z.object({
  a: z.string().trim().min(1),
  b: z.string().trim().min(1),
  interval: z.enum(DYAD_INTERVALS).optional(),
  from: fromDate.optional(),
  to: toDate.optional(),
  combined: bool.optional(),
});
export type DyadRequest = z.input<typeof DyadRequestSchema>;

export const EventTimelineRequestSchema = EventsRequestSchema.omit({ limit: true, offset: true, page: true, sort: true }).extend({
  interval: z.enum(DYAD_INTERVALS).optional(),
});
export type EventTimelineRequest = z.input<typeof EventTimelineRequestSchema>;

export const NetworkRequestSchema = z.object({
  from: fromDate.optional(),
  to: toDate.optional(),
  nodes: z.coerce.number().int().min(1).max(300).optional(),
  edges: z.coerce.number().int().min(1).max(2000).optional(),
});
export type NetworkRequest = z.input<typeof NetworkRequestSchema>;

export const IngestOptionsSchema = z.object({
  /** fallback article date for inputs that carry none */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').optional(),
});
export type IngestOptions = z.input<typeof IngestOptionsSchema>;

/** Turn a parsed page request into the store's limit/offset. */
export function toPage<T extends { limit?: number; offset?: number; page?: number }>(request: T): Omit<T, 'page'> {
  const { page, ...rest } = request;
  if (page === undefined) return rest;
  const limit = rest.limit ?? 20;
  return { ...rest, limit, offset: (page - 1) * limit };
}

/** Parse with a schema and throw one readable error listing every problem. */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`);
  throw new RequestError(problems.join('; '));
}

/** A request the caller got wrong (the API answers 400). */
export class RequestError extends Error {
  readonly status = 400;
}
