import type { FastifyInstance } from 'fastify';
import type { AnnalsService } from '../../service/service.js';
import { notFound } from '../errors.js';
import * as R from '../responses.js';
import { actorsQuery, dyadParams, dyadQuery, idParams } from '../schemas.js';
import { paging, type QueryString } from './query.js';

export function actorRoutes(app: FastifyInstance, service: AnnalsService): void {
  app.get('/api/actors', {
    schema: {
      summary: 'Actors, most active first; q filters by id, name or alias',
      tags: ['actors'],
      querystring: actorsQuery,
      response: { 200: R.actorsPage, 400: R.error },
    },
  }, async (request) => {
    const q = request.query as QueryString;
    return service.listActors({
      ...(q.q ? { query: String(q.q) } : {}),
      ...(q.kind ? { kind: String(q.kind) } : {}),
      ...(q.country ? { country: String(q.country) } : {}),
      ...paging(q),
    });
  });

  app.get('/api/actors/:id', {
    schema: {
      summary: 'One actor (by id, name, alias or country code): roles over time, counterparts, events by category',
      tags: ['actors'],
      params: idParams,
      response: { 200: R.actorDetail, 404: R.error },
    },
  }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const actor = await service.getActor(id);
    return actor ?? notFound(reply, `no actor "${id}"`);
  });

  app.get('/api/dyads/:a/:b/timeline', {
    schema: {
      summary: 'Events between two actors or codes over time, both directions, per quad class',
      description: 'points: period, direction (a->b or b->a), quad, events and the sum of PLOVER scores. combined: the same per period and quad with each event counted once (reciprocal events fall in both directions).',
      tags: ['actors'],
      params: dyadParams,
      querystring: dyadQuery,
      response: { 200: R.dyadTimeline, 400: R.error, 404: R.error },
    },
  }, async (request, reply) => {
    const { a, b } = request.params as { a: string; b: string };
    const q = request.query as QueryString;
    const interval = (q.interval ?? 'month') as 'day' | 'week' | 'month';
    const range = { ...(q.from ? { from: String(q.from) } : {}), ...(q.to ? { to: String(q.to) } : {}) };
    const all = await service.dyadTimeline({ a, b, interval, combined: true, ...range });
    const points = all.filter((p) => p.direction !== 'both');
    // each event once, whatever its direction (an event with both on both sides is in both directions above)
    const combined = all.filter((p) => p.direction === 'both').map(({ direction: _both, ...p }) => p);
    const [sideA, sideB] = await Promise.all([describeSide(service, a, points.length > 0), describeSide(service, b, points.length > 0)]);
    const unknown = [sideA, sideB].find((side) => !side.known);
    if (unknown) return notFound(reply, `no actor or code "${unknown.query}"`);
    return { a: sideA, b: sideB, interval, points, combined };
  });
}

interface DyadSide {
  query: string;
  id: string | null;
  name: string;
  code: string | null;
  known: boolean;
}

/**
 * Name a dyad side cheaply (the full actor detail aggregates all its events): an actor whose id,
 * name or country code is the query, else the bare code. A side is unknown when nothing names it
 * and no event carries it (checked only when the timeline is empty).
 */
async function describeSide(service: AnnalsService, query: string, hasEvents: boolean): Promise<DyadSide> {
  const text = query.trim();
  const { items } = await service.listActors({ query: text, limit: 50 });
  const actor = items.find((a) => a.id === text.toLowerCase() || a.name.toLowerCase() === text.toLowerCase())
    ?? items.find((a) => a.kind === 'country' && a.country === text.toUpperCase());
  if (actor) return { query, id: actor.id, name: actor.name, code: actor.kind === 'country' ? actor.country : null, known: true };
  const code = text.toUpperCase();
  const country = (await service.listActors({ country: code, kind: 'country', limit: 1 })).items[0];
  if (country) return { query, id: country.id, name: country.name, code, known: true };
  const known = hasEvents || (await service.listEvents({ actor: text, limit: 1 })).total > 0;
  return { query, id: null, name: code, code, known };
}
