import type { FastifyInstance } from 'fastify';
import type { AnnalsService } from '../../service/service.js';
import type { ActorSummary, Counts, EventRecord } from '../../store/types.js';
import * as R from '../responses.js';
import { networkQuery } from '../schemas.js';
import type { QueryString } from './query.js';

export interface PairSummary {
  a: string;
  b: string;
  aName: string;
  bName: string;
  events: number;
  score: number;
  cooperation: number;
  conflict: number;
}

export interface Stats {
  counts: Counts;
  latest: EventRecord[];
  actors: ActorSummary[];
  pairs: PairSummary[];
}

/**
 * Recomputes the overview only when the database has changed: the article and event totals (two
 * cheap counts) are the key. Ingest adds articles; story merges remove events.
 */
class StatsCache {
  private key = '';
  private value: Stats | null = null;

  async get(service: AnnalsService): Promise<Stats> {
    const [articles, events] = await Promise.all([service.search({ query: '', limit: 1 }), service.listEvents({ limit: 1 })]);
    const key = `${articles.total}:${events.total}:${articles.items[0]?.id ?? ''}:${events.items[0]?.id ?? ''}`;
    if (!this.value || key !== this.key) {
      this.value = { counts: await service.counts(), ...(await overview(service)) };
      this.key = key;
    }
    return this.value;
  }
}

async function overview(service: AnnalsService): Promise<Omit<Stats, 'counts'>> {
  const [latest, actors, network] = await Promise.all([
    service.listEvents({ limit: 10, sort: '-when' }),
    service.listActors({ limit: 10 }),
    service.network({ nodes: 300, edges: 10 }),
  ]);
  const names = new Map(network.nodes.map((n) => [n.code, n.name]));
  const pairs = network.edges.map((e) => ({ ...e, aName: names.get(e.a) ?? e.a, bName: names.get(e.b) ?? e.b }));
  return { latest: latest.items, actors: actors.items, pairs };
}

export function overviewRoutes(app: FastifyInstance, service: AnnalsService): void {
  const cache = new StatsCache();
  app.get('/api/stats', {
    schema: {
      summary: 'What the database holds: counts, latest events, most active actors and pairs',
      tags: ['overview'],
      response: { 200: R.stats },
    },
  }, async () => cache.get(service));

  app.get('/api/network', {
    schema: {
      summary: 'Who interacts with whom in a date range: codes with event counts, pairs with counts and score sums',
      description: 'Aggregated in the database and capped (nodes, edges); pairs are unordered (a < b).',
      tags: ['overview'],
      querystring: networkQuery,
      response: { 200: R.network, 400: R.error },
    },
  }, async (request) => {
    const q = request.query as QueryString;
    return service.network({
      ...(q.from ? { from: String(q.from) } : {}),
      ...(q.to ? { to: String(q.to) } : {}),
      ...(q.nodes !== undefined ? { nodes: Number(q.nodes) } : {}),
      ...(q.edges !== undefined ? { edges: Number(q.edges) } : {}),
    });
  });
}
