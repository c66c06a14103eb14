// The HTTP API against a real server on localhost (port 0) and a real SQLite database filled from
// the repository's examples and the dev gold articles (read from ../shared at run time).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnalsService } from '../service/service.js';
import { openStore } from '../store/index.js';
import type { ArticleView, Stats } from '../web/src/api.js';
import { startServer, type RunningServer } from './server.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES = path.join(repo, 'examples');
const GOLD_DEV = path.resolve(repo, '../shared/gold/dev');
const TOKEN = 'test-token-7f3a';

let dir: string;
let service: AnnalsService;
let server: RunningServer;
let base: string;

interface Answer<T = any> { status: number; body: T; headers: Headers; text: string }

async function call<T = any>(url: string, init: RequestInit = {}, at = base): Promise<Answer<T>> {
  const response = await fetch(new URL(url, at), init);
  const text = await response.text();
  let body: any = null;
  try { body = JSON.parse(text); } catch { /* not JSON */ }
  return { status: response.status, body, headers: response.headers, text };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'annals-api-'));
  service = new AnnalsService({ store: openStore(path.join(dir, 'api.db')) });
  const sources = [EXAMPLES, ...(existsSync(GOLD_DEV) ? [GOLD_DEV] : [])];
  const summary = await service.ingest({ paths: sources });
  expect(summary.new).toBeGreaterThan(5);
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>annals test page</title>');
  server = await startServer(service, { port: 0, host: '127.0.0.1', token: TOKEN, webRoot: dir });
  base = server.url;
});

afterAll(async () => {
  await server?.close();
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/stats', () => {
  it('reports the counts, latest events (latest first), most active actors and pairs', async () => {
    const { status, body } = await call<Stats>('/api/stats');
    expect(status).toBe(200);
    expect(body.counts).toEqual(await service.counts());
    expect(body.latest.length).toBeGreaterThan(0);
    const whens = body.latest.map((e) => e.when);
    expect([...whens].sort().reverse().map((w) => w.slice(0, 4))).toEqual(whens.map((w) => w.slice(0, 4)));
    expect(body.actors[0].events).toBeGreaterThanOrEqual(body.actors[body.actors.length - 1].events);
    for (const pair of body.pairs) expect(pair.a < pair.b).toBe(true);
  });
});

describe('GET /api/search', () => {
  it('finds articles with plain-text snippets whose highlights cover the searched word', async () => {
    const { status, body } = await call('/api/search?q=minister&limit=5');
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.snippet).not.toMatch(/[\u0002\u0003]/);
      expect(item.highlights.length).toBeGreaterThan(0);
      for (const [s, e] of item.highlights) expect(item.snippet.slice(s, e).toLowerCase()).toMatch(/^minister/);
    }
  });

  it('paginates: page 2 continues page 1 without overlap', async () => {
    const first = (await call('/api/search?q=said&limit=3')).body;
    const second = (await call('/api/search?q=said&limit=3&page=2')).body;
    expect(first.total).toBeGreaterThan(3);
    expect(second.offset).toBe(3);
    const ids = new Set(first.items.map((i: { id: string }) => i.id));
    for (const item of second.items) expect(ids.has(item.id)).toBe(false);
  });

  it('filters by article date range', async () => {
    const all = (await call('/api/search?q=said&limit=500')).body;
    const dates = all.items.map((i: { date: string }) => i.date).sort();
    const cut = dates[Math.floor(dates.length / 2)];
    const later = (await call(`/api/search?q=said&from=${cut}&limit=500`)).body;
    expect(later.total).toBeLessThan(all.total);
    for (const item of later.items) expect(item.date >= cut).toBe(true);
  });

  it('answers 400 naming the bad or unknown parameter', async () => {
    const bad = await call('/api/search?q=x&from=2021-13');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/from/);
    const impossible = await call('/api/events?to=2021-02-30');
    expect(impossible.status).toBe(400);
    expect(impossible.body.message).toMatch(/to/);
    const unknown = await call('/api/search?q=x&sort=rank');
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/unknown parameter "sort"/);
    const big = await call('/api/search?q=x&limit=5000');
    expect(big.status).toBe(400);
    expect(big.body.message).toMatch(/limit/);
  });
});

describe('GET /api/articles/:id', () => {
  it('returns the text with mentions, time expressions and events whose offsets point into it', async () => {
    const { body: events } = await call('/api/events?limit=1');
    const { body: detail } = await call(`/api/events/${events.items[0].id}`);
    const { status, body } = await call<ArticleView>(`/api/articles/${detail.reports[0].articleId}`);
    expect(status).toBe(200);
    expect(body.mentions.length).toBeGreaterThan(0);
    for (const m of body.mentions) expect(body.text.slice(m.start, m.end)).toBe(m.text);
    for (const t of body.timexes) expect(body.text.slice(t.start, t.end)).toBe(t.text);
    expect(body.events.some((e) => e.id === events.items[0].id)).toBe(true);
    for (const e of body.events) {
      if (e.evidenceStart !== null && e.evidenceEnd !== null) {
        expect(e.evidenceEnd).toBeGreaterThan(e.evidenceStart);
        expect(e.evidenceEnd).toBeLessThanOrEqual(body.text.length);
      }
    }
  });

  it('gives an article\'s story: its articles (the article among them) and their events', async () => {
    const list = (await call('/api/search?limit=100')).body.items as { id: string }[];
    let checked = 0;
    for (const { id } of list) {
      const article = (await call(`/api/articles/${id}`)).body;
      if (!article.story) continue;
      const { status, body } = await call(`/api/stories/${article.story}`);
      expect(status).toBe(200);
      expect(body.articles.map((a: { id: string }) => a.id)).toContain(id);
      for (const other of article.storyArticles) expect(body.articles.map((a: { id: string }) => a.id)).toContain(other.id);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    expect((await call('/api/stories/no-such-story')).status).toBe(404);
  });

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await call('/api/articles/does-not-exist');
    expect(status).toBe(404);
    expect(body.message).toMatch(/does-not-exist/);
  });
});

describe('GET /api/events', () => {
  it('filters by category, negation and date range, pages, and sorts by event date', async () => {
    const stats = (await call<Stats>('/api/stats')).body;
    const category = stats.counts.byCategory[0];
    const byCategory = (await call(`/api/events?category=${category.category}&limit=500`)).body;
    expect(byCategory.total).toBe(category.events);
    for (const e of byCategory.items) expect(e.category).toBe(category.category);

    const negated = (await call('/api/events?negated=true&limit=500')).body;
    for (const e of negated.items) expect(e.negated).toBe(true);
    const affirmed = (await call('/api/events?negated=false&limit=1')).body;
    expect(negated.total + affirmed.total).toBe(stats.counts.events);

    const oldest = (await call('/api/events?sort=when&limit=500')).body.items.map((e: { when: string }) => e.when.slice(0, 4));
    expect(oldest).toEqual([...oldest].sort());

    const year = oldest[Math.floor(oldest.length / 2)];
    const inYear = (await call(`/api/events?from=${year}&to=${year}&limit=500`)).body;
    expect(inYear.total).toBeGreaterThan(0);
    for (const e of inYear.items) expect(e.when.slice(0, 4)).toBe(year);

    const page2 = (await call('/api/events?limit=2&page=2')).body;
    expect(page2).toMatchObject({ limit: 2, offset: 2, total: stats.counts.events });
  });

  it('answers 400 naming the parameter for bad values', async () => {
    for (const [query, name] of [['negated=maybe', 'negated'], ['sort=date', 'sort'], ['page=0', 'page'], ['to=yesterday', 'to']]) {
      const { status, body } = await call(`/api/events?${query}`);
      expect(status, query).toBe(400);
      expect(body.message, query).toContain(name);
    }
  });

  it('explains one event and answers 404 for an unknown one', async () => {
    const { body: list } = await call('/api/events?limit=1');
    const { status, body } = await call(`/api/events/${list.items[0].id}`);
    expect(status).toBe(200);
    expect(body.reports.length).toBeGreaterThan(0);
    expect(body.rule).toBeTruthy();
    expect((await call('/api/events/000000000000')).status).toBe(404);
  });

  it('counts filtered events per period and category', async () => {
    const { body } = await call('/api/events/timeline?interval=month');
    const total = body.points.reduce((n: number, p: { events: number }) => n + p.events, 0);
    expect(total).toBe((await service.counts()).events);
    for (const p of body.points) expect(p.period).toMatch(/^\d{4}-\d{2}$/);
  });
});

describe('actors and pairs', () => {
  it('lists actors by a part of their name and shows one with its counterparts and categories', async () => {
    const stats = (await call<Stats>('/api/stats')).body;
    const top = stats.actors[0];
    const found = (await call(`/api/actors?q=${encodeURIComponent(top.name.slice(0, 4))}`)).body;
    expect(found.items.some((a: { id: string }) => a.id === top.id)).toBe(true);
    const { status, body } = await call(`/api/actors/${top.id}`);
    expect(status).toBe(200);
    expect(body.byCategory.reduce((n: number, c: { events: number }) => n + c.events, 0)).toBe(top.events);
    expect((await call('/api/actors/nobody-at-all')).status).toBe(404);
  });

  it('gives a dyad timeline whose counts match the pair events, both directions, per quad', async () => {
    const stats = (await call<Stats>('/api/stats')).body;
    const pair = stats.pairs[0];
    const { status, body } = await call(`/api/dyads/${pair.a}/${pair.b}/timeline?interval=week`);
    expect(status).toBe(200);
    for (const p of body.points) {
      expect(p.period).toMatch(/^\d{4}-W\d{2}$/);
      expect(['a->b', 'b->a']).toContain(p.direction);
    }
    const events = (await call(`/api/events?actor=${pair.a}&counterpart=${pair.b}&limit=1`)).body;
    const inTimeline = body.points.reduce((n: number, p: { events: number }) => n + p.events, 0);
    const once = body.combined.reduce((n: number, p: { events: number }) => n + p.events, 0);
    expect(once).toBe(events.total); // each event once
    expect(inTimeline).toBeGreaterThanOrEqual(once); // reciprocal events count in both directions
    expect(events.total).toBeGreaterThanOrEqual(pair.events);
    expect((await call(`/api/dyads/${pair.a}/${pair.b}/timeline?interval=year`)).status).toBe(400);
    expect((await call(`/api/dyads/${pair.a}/ZZZ/timeline`)).status).toBe(404);
  });

  it('aggregates the network with caps; pairs are unordered', async () => {
    const { body } = await call('/api/network?nodes=5&edges=4');
    expect(body.nodes.length).toBeLessThanOrEqual(5);
    expect(body.edges.length).toBeLessThanOrEqual(4);
    for (const e of body.edges) expect(e.a < e.b).toBe(true);
    expect((await call('/api/network?nodes=100000')).status).toBe(400);
  });
});

describe('GET /api/export/events', () => {
  it('streams CSV (header + one row per event), JSONL and PLOVER records with the same filters', async () => {
    const total = (await service.counts()).events;
    const csv = await call('/api/export/events?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment/);
    const rows = csv.text.trim().split('\r\n');
    expect(rows[0]).toMatch(/^id,when,date,/);
    // evidence cells may hold line breaks inside quotes; count records by event ids instead
    const jsonl = await call('/api/export/events?format=jsonl');
    const records = jsonl.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(total);
    expect(rows.length).toBeGreaterThanOrEqual(total + 1);

    const category = records[0].category;
    const plover = (await call(`/api/export/events?format=plover&category=${category}`)).text.trim().split('\n').map((l) => JSON.parse(l));
    expect(plover.length).toBe(records.filter((r: { category: string }) => r.category === category).length);
    for (const r of plover) {
      expect(r.event).toEqual([category]);
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Array.isArray(r.source)).toBe(true);
      expect([1, 2, 3, 4]).toContain(r.quad_code);
    }
    expect((await call('/api/export/events?format=xml')).status).toBe(400);
  });
});

describe('POST /api/articles', () => {
  const article = 'date 2024-03-05\n\nThe foreign minister of Ruritania met the foreign minister of Japan in Tokyo on Monday, officials said.\n';

  it('needs the token', async () => {
    const { status } = await call('/api/articles', { method: 'POST', body: article, headers: { 'content-type': 'text/plain' } });
    expect(status).toBe(401);
    const wrong = await call('/api/articles', { method: 'POST', body: article, headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });

  it('ingests text with the token (201), then reports the same article as a duplicate (200)', async () => {
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' };
    const first = await call('/api/articles', { method: 'POST', body: article, headers });
    expect(first.status).toBe(201);
    expect(first.body.new).toBe(1);
    const found = await call(`/api/articles/${first.body.articles[0].id}`);
    expect(found.status).toBe(200);
    expect(found.body.date).toBe('2024-03-05');
    const again = await call('/api/articles', { method: 'POST', body: article, headers });
    expect(again.status).toBe(200);
    expect(again.body.duplicate).toBe(1);
  });

  it('ingests a JSONL batch and reports bad lines by number', async () => {
    const lines = [
      JSON.stringify({ date: '2024-03-06', text: 'Officials in Freedonia said the talks with Ruritania would resume next week.' }),
      '{ not json',
      JSON.stringify({ date: '2024-03-07', text: 'The Freedonian parliament approved the budget on Thursday.' }),
    ].join('\n');
    const { status, body } = await call('/api/articles?name=batch.jsonl', { method: 'POST', body: lines, headers: { 'x-annals-token': TOKEN, 'content-type': 'application/x-ndjson' } });
    expect(status).toBe(201);
    expect(body.new).toBe(2);
    expect(body.failed).toBe(1);
    expect(body.errors[0].line).toBe(2);
  });

  it('answers 400 for an empty or unreadable body', async () => {
    const headers = { authorization: `Bearer ${TOKEN}` };
    expect((await call('/api/articles', { method: 'POST', body: '', headers })).status).toBe(400);
    const broken = await call('/api/articles', { method: 'POST', body: '{"text": ', headers: { ...headers, 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    expect(broken.body.message).toMatch(/JSON/);
    expect((await call('/api/articles?date=tomorrow', { method: 'POST', body: article, headers })).status).toBe(400);
  });
});

describe('server setup', () => {
  it('describes itself as OpenAPI and serves the docs page', async () => {
    const { status, body } = await call('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    for (const p of ['/api/search', '/api/articles/{id}', '/api/events', '/api/actors/{id}', '/api/dyads/{a}/{b}/timeline', '/api/export/events', '/api/stats', '/api/network']) {
      expect(Object.keys(body.paths)).toContain(p);
    }
    const docs = await call('/api/docs/');
    expect(docs.status).toBe(200);
    expect(docs.headers.get('x-content-type-options')).toBe('nosniff');
    expect(docs.headers.get('content-type')).toMatch(/html/);
  });

  it('answers JSON 404 for unknown API paths and the web page for app paths', async () => {
    const api = await call('/api/nothing-here');
    expect(api.status).toBe(404);
    expect(api.body.error).toBe('Not Found');
    const page = await call('/events?category=CONSULT');
    expect(page.status).toBe(200);
    expect(page.text).toContain('annals test page');
  });

  it('says which port is taken when it cannot listen', async () => {
    const port = Number(new URL(base).port);
    await expect(startServer(service, { port, webRoot: null })).rejects.toThrow(/port \d+ .*in use.*--port/);
  });

  it('limits the body size (413) and, when private, needs the token to read', async () => {
    const small = await startServer(service, { port: 0, token: TOKEN, private: true, webRoot: null });
    try {
      expect((await call('/api/stats', {}, small.url)).status).toBe(401);
      expect((await call('/api/stats', { headers: { authorization: `Bearer ${TOKEN}` } }, small.url)).status).toBe(200);
    } finally {
      await small.close();
    }
    const huge = 'date 2024-01-01\n\n' + 'word '.repeat(3_000_000);
    const tooBig = await call('/api/articles', { method: 'POST', body: huge, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(tooBig.status).toBe(413);
  });
});
