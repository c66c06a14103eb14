// Query-string → service request: renames the HTTP parameter names (q) to the service's (query).
import type { EventsRequest } from '../../service/schemas.js';

export type QueryString = Record<string, string | number | undefined>;

const EVENT_FILTERS = ['actor', 'source', 'target', 'category', 'quad', 'from', 'to', 'negated', 'modality', 'article', 'counterpart'] as const;

/** The event filters of a query string, as the service's EventsRequest. */
export function eventFilters(query: QueryString): EventsRequest {
  const out: Record<string, unknown> = {};
  for (const key of EVENT_FILTERS) if (query[key] !== undefined && query[key] !== '') out[key] = query[key];
  return out as EventsRequest;
}

/** Page and limit, when given. */
export function paging(query: QueryString): { page?: number; limit?: number } {
  return {
    ...(query.page !== undefined ? { page: Number(query.page) } : {}),
    ...(query.limit !== undefined ? { limit: Number(query.limit) } : {}),
  };
}
