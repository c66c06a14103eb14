import type { FastifyInstance } from 'fastify';
import type { AnnalsService } from '../../service/service.js';
import { notFound } from '../errors.js';
import { actorsQuery, dyadParams, dyadQuery, idParams } from '../schemas.js';
import { paging, type QueryString } from './query.js';

export function actorRoutes(app: FastifyInstance, service: AnnalsService): void {
  app.get('/api/actors', {
    schema: {
      summary: 'Actors, most active first; q filters by id, name or alias',
      tags: ['actors'],
      querystring: actorsQuery,
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
    },
  }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const actor = await service.getActor(id);
    return actor ?? notFound(reply, `no actor "${id}"`);
  });

  app.get('/api/dyads/:a/:b/timeline', {
    schema: {
      summary: 'Events between two actors or codes over time, both directions, per quad class',
      description: 'Each point: period, direction (a->b or b->a), quad, events and the sum of PLOVER scores.',
      tags: ['actors'],
      params: dyadParams,
      querystring: dyadQuery,
    },
  }, async (request, reply) => {
    const { a, b } = request.params as { a: string; b: string };
    const q = request.query as QueryString;
    const [sideA, sideB] = await Promise.all([describeSide(service, a), describeSide(service, b)]);
    const unknown = [sideA, sideB].find((side) => !side.known);
    if (unknown) return notFound(reply, `no actor or code "${unknown.query}"`);
    const interval = (q.interval ?? 'month') as 'day' | 'week' | 'month';
    const points = await service.dyadTimeline({
      a, b, interval, ...(q.from ? { from: String(q.from) } : {}), ...(q.to ? { to: String(q.to) } : {}),
    });
    return { a: sideA, b: sideB, interval, points };
  });
}

interface DyadSide {
  query: string;
  id: string | null;
  name: string;
  code: string | null;
  known: boolean;
}

/** Name a dyad side: an actor when one matches, else a bare code that some event carries. */
async function describeSide(service: AnnalsService, query: string): Promise<DyadSide> {
  const actor = await service.getActor(query);
  if (actor) return { query, id: actor.id, name: actor.name, code: actor.kind === 'country' ? actor.country : null, known: true };
  const { total } = await service.listEvents({ actor: query, limit: 1 });
  return { query, id: null, name: query.toUpperCase(), code: query.toUpperCase(), known: total > 0 };
}
