// API latency on a large database: ≥ 100,000 synthetic events (direct store inserts, seeded
// pseudo-random, no NLP), served on loopback; p50/p95 of search, events and dyad timelines over
// a bounded number of real HTTP requests.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../src/api/server.js';
import type { Annotation, EventAnnotation } from '../src/nlp/annotation.js';
import { PLOVER_QUAD } from '../src/nlp/annotation.js';
import { AnnalsService } from '../src/service/service.js';
import { openSqliteDatabase } from '../src/store/sqlite/open.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const ARTICLES = 12_500;
const EVENTS_PER_ARTICLE = 8;
const CODES = ['USA', 'CHN', 'RUS', 'UKR', 'JPN', 'IND', 'DEU', 'FRA', 'GBR', 'ISR', 'PSE', 'IRN', 'TUR', 'BRA', 'ZAF',
  'KOR', 'PRK', 'SAU', 'EGY', 'PAK', 'AFG', 'SYR', 'IRQ', 'CAN', 'AUS', 'MEX', 'NGA', 'ETH', 'KEN', 'POL'];
const CATEGORIES = Object.keys(PLOVER_QUAD);
const WORDS = ['talks', 'ceasefire', 'sanctions', 'minister', 'summit', 'border', 'troops', 'protest', 'aid', 'trade',
  'election', 'envoy', 'treaty', 'missile', 'strike', 'embassy', 'refugees', 'parliament', 'court', 'visit'];

/** A small deterministic generator (mulberry32), so every run builds the same database. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Skewed choice: a few codes are much more active than the rest, as in news. */
const skewed = (rand: () => number, items: string[]) => items[Math.floor(items.length * rand() ** 2)];
const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

function syntheticArticle(i: number, rand: () => number): { date: string; text: string; annotation: Annotation } {
  const date = day(Math.floor(rand() * 3650));
  const words = Array.from({ length: 60 }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  const text = `Synthetic report ${i}. ${words.join(' ')}.`;
  const events: EventAnnotation[] = Array.from({ length: EVENTS_PER_ARTICLE }, () => {
    const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)];
    const source = skewed(rand, CODES);
    let target = skewed(rand, CODES);
    if (target === source) target = CODES[(CODES.indexOf(source) + 1) % CODES.length];
    const stated = rand() < 0.6;
    const when = stated ? day(Math.max(0, Math.floor(rand() * 3650))) : date;
    return {
      category, mode: null, source: [source], target: [target], source_actors: [source.toLowerCase()],
      target_actors: [target.toLowerCase()], date: stated ? when : null, when, when_assumed: !stated, location: null,
      negated: rand() < 0.05, modality: rand() < 0.85 ? 'asserted' : 'planned', attribution: null,
      evidence: `Synthetic evidence ${i}.`, rule: 'bench.synthetic', trigger: 'x', ...PLOVER_QUAD[category],
    };
  });
  const codes = new Set(events.flatMap((e) => [...e.source, ...e.target]));
  const actors = [...codes].map((code) => ({ id: code.toLowerCase(), name: `Country ${code}`, kind: 'country', country: code, sector: 'GOV', role: null, aliases: [] }));
  return { date, text, annotation: { id: String(i), date, story: null, times: [], mentions: [], actors, events } };
}

async function buildDatabase(file: string): Promise<SqliteStore> {
  const db = openSqliteDatabase(file);
  db.pragma('synchronous = OFF'); // bench set-up only: no durability needed
  const store = new SqliteStore(db);
  const rand = random(42);
  // one outer transaction per 500 articles (each save nests as a savepoint): far fewer commits
  for (let i = 0; i < ARTICLES; i++) {
    if (i % 500 === 0) db.exec('BEGIN');
    const { date, text, annotation } = syntheticArticle(i, rand);
    const id = `bench${String(i).padStart(8, '0')}`;
    await store.saveArticle({ id, name: id, url: null, source: 'Bench Wire', title: `Report ${i}`, date, published: null, text, story: null }, { annotation });
    if (i % 500 === 499 || i === ARTICLES - 1) db.exec('COMMIT');
  }
  db.exec('ANALYZE'); // what `PRAGMA optimize` on close gives a long-lived database
  return store;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(base: string, urls: string[], expected = 200): Promise<{ p50: number; p95: number }> {
  for (const url of urls.slice(0, 3)) await (await fetch(base + url)).arrayBuffer(); // warm-up
  const times: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    const response = await fetch(base + url);
    await response.arrayBuffer();
    if (response.status !== expected) throw new Error(`${url}: ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: Math.round(percentile(times, 50) * 10) / 10, p95: Math.round(percentile(times, 95) * 10) / 10 };
}

export async function benchApi(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'annals-bench-api-'));
  try {
    const buildStarted = performance.now();
    // ANNALS_BENCH_DB keeps the generated database between runs (for tuning queries)
    const kept = process.env.ANNALS_BENCH_DB;
    const store = kept && existsSync(kept) ? new SqliteStore(openSqliteDatabase(kept)) : await buildDatabase(kept ?? path.join(dir, 'bench.db'));
    const buildSeconds = (performance.now() - buildStarted) / 1000;
    const service = new AnnalsService({ store });
    const server = await startServer(service, { port: 0, webRoot: null });
    const base = server.url.replace(/\/$/, '');
    const rand = random(7);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    const year = () => 2015 + Math.floor(rand() * 10);
    try {
      const events = (await service.counts()).events;
      // baseline: the same HTTP round trip without the database (machine and load differ between runs)
      const baseline = await measure(base, Array.from({ length: 60 }, () => '/api/no-such-route'), 404);
      const search = await measure(base, Array.from({ length: 60 }, () => `/api/search?q=${pick(WORDS)}+${pick(WORDS)}&limit=20`));
      const eventQueries = [
        () => '/api/events?limit=20',
        () => `/api/events?actor=${pick(CODES)}&limit=20`,
        () => `/api/events?category=${pick(CATEGORIES)}&limit=20`,
        () => `/api/events?from=${year()}-03&to=${year() + 1}-02&limit=20`,
        () => `/api/events?source=${pick(CODES)}&target=${pick(CODES)}&limit=20`,
        () => `/api/events?actor=${pick(CODES)}&counterpart=${pick(CODES)}&limit=20`,
        () => `/api/events?quad=material+conflict&negated=false&page=5&limit=20`,
      ];
      const eventsLatency = await measure(base, Array.from({ length: 140 }, (_, i) => eventQueries[i % eventQueries.length]()));
      const pair = () => {
        const a = pick(CODES);
        const b = pick(CODES.filter((c) => c !== a));
        return `${a}/${b}`;
      };
      const dyad = await measure(base, Array.from({ length: 60 }, (_, i) =>
        `/api/dyads/${pair()}/timeline?interval=${i % 2 ? 'month' : 'week'}`));
      const stats = await measure(base, Array.from({ length: 10 }, () => '/api/stats'));
      const network = await measure(base, Array.from({ length: 10 }, () => `/api/network?from=${year()}-01-01&to=${year() + 2}-12-31`));
      return {
        'api.events_in_db': events,
        'api.db_build_s': Math.round(buildSeconds * 10) / 10,
        'api.baseline_http_p50_ms': baseline.p50,
        'api.search_p50_ms': search.p50,
        'api.search_p95_ms': search.p95,
        'api.events_p50_ms': eventsLatency.p50,
        'api.events_p95_ms': eventsLatency.p95,
        'api.dyad_p50_ms': dyad.p50,
        'api.dyad_p95_ms': dyad.p95,
        'api.stats_p95_ms': stats.p95,
        'api.network_p95_ms': network.p95,
      };
    } finally {
      await server.close();
      await service.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchApi());
}
