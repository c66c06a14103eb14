import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, EventAnnotation } from '../../nlp/annotation.js';
import { PLOVER_QUAD } from '../../nlp/annotation.js';
import { openSqliteDatabase } from './open.js';
import { SqliteStore } from './sqlite-store.js';

// Invented countries: Ruritania (RUR), Freedonia (FRD), Latveria (LAT).
function event(category: string, source: string[], target: string[], when: string): EventAnnotation {
  const plover = PLOVER_QUAD[category];
  return {
    category, mode: null, source, target, source_actors: [], target_actors: [], date: when, when,
    when_assumed: false, location: null, negated: false, modality: 'asserted', attribution: null, evidence: 'x',
    rule: 'test.rule', trigger: 't', quad: plover.quad, score: plover.score,
  };
}

function annotation(id: string, date: string, events: EventAnnotation[]): Annotation {
  const country = (code: string, name: string) => ({ id: name.toLowerCase(), name, kind: 'country', country: code, sector: 'GOV', role: null, aliases: [] });
  return {
    id, date, story: null, times: [], mentions: [],
    actors: [country('RUR', 'Ruritania'), country('FRD', 'Freedonia')],
    events,
  };
}

describe('SqliteStore.network', () => {
  let store: SqliteStore;
  beforeEach(async () => {
    store = new SqliteStore(openSqliteDatabase(':memory:'));
    const save = (id: string, date: string, events: EventAnnotation[]) => store.saveArticle(
      { id, name: id, url: null, source: null, title: null, date, published: null, text: `text ${id}`, story: null },
      { annotation: annotation(id, date, events) });
    await save('a1', '2022-01-10', [
      event('CONSULT', ['RUR'], ['FRD'], '2022-01-09'),
      event('ASSAULT', ['FRD'], ['RUR'], '2022-01-10'),
      event('AID', ['RUR'], ['LAT'], '2022-01-10'),
    ]);
    await save('a2', '2022-06-01', [event('ACCUSE', ['RUR', 'LAT'], ['FRD'], '2022-06-01')]);
  });
  afterEach(() => store.close());

  it('counts events per code and per unordered pair, with score sums and quad classes', async () => {
    const { nodes, edges } = await store.network({});
    expect(nodes[0]).toEqual({ code: 'RUR', name: 'Ruritania', events: 4 });
    expect(nodes.find((n) => n.code === 'LAT')).toEqual({ code: 'LAT', name: 'LAT', events: 2 });
    const rurFrd = edges.find((e) => e.a === 'FRD' && e.b === 'RUR');
    const score = PLOVER_QUAD.CONSULT.score + PLOVER_QUAD.ASSAULT.score + PLOVER_QUAD.ACCUSE.score;
    expect(rurFrd).toMatchObject({ a: 'FRD', b: 'RUR', events: 3, cooperation: 1, conflict: 2 });
    expect(rurFrd!.score).toBeCloseTo(score, 6);
    expect(edges.find((e) => e.a === 'FRD' && e.b === 'LAT')).toMatchObject({ events: 1, conflict: 1 });
  });

  it('restricts to a date range and caps nodes and edges', async () => {
    const january = await store.network({ from: '2022-01-01', to: '2022-01-31' });
    expect(january.edges.map((e) => `${e.a}-${e.b}:${e.events}`)).toEqual(['FRD-RUR:2', 'LAT-RUR:1']);
    const capped = await store.network({ nodes: 1, edges: 1 });
    expect(capped.nodes).toHaveLength(1);
    expect(capped.edges).toHaveLength(1);
  });
});

describe('SqliteStore.eventTimeline', () => {
  it('counts filtered events per period and category', async () => {
    const store = new SqliteStore(openSqliteDatabase(':memory:'));
    await store.saveArticle(
      { id: 't1', name: 't1', url: null, source: null, title: null, date: '2022-01-10', published: null, text: 'text t1', story: null },
      { annotation: annotation('t1', '2022-01-10', [
        event('CONSULT', ['RUR'], ['FRD'], '2022-01-09'),
        event('CONSULT', ['FRD'], ['RUR'], '2022-01-20'),
        event('ASSAULT', ['FRD'], ['LAT'], '2022-02-02'),
      ]) });
    expect(await store.eventTimeline({ actor: 'RUR' })).toEqual([
      { period: '2022-01', category: 'CONSULT', quad: 'verbal cooperation', events: 2, score: 2 * PLOVER_QUAD.CONSULT.score },
    ]);
    const byDay = await store.eventTimeline({ source: ['FRD'], interval: 'day' });
    expect(byDay.map((p) => `${p.period} ${p.category}`)).toEqual(['2022-01-20 CONSULT', '2022-02-02 ASSAULT']);
    await store.close();
  });
});

describe('SqliteStore.listEvents counterpart', () => {
  it('keeps the events where the two sides face each other, either direction', async () => {
    const store = new SqliteStore(openSqliteDatabase(':memory:'));
    await store.saveArticle(
      { id: 'c1', name: 'c1', url: null, source: null, title: null, date: '2022-01-10', published: null, text: 'text c1', story: null },
      { annotation: annotation('c1', '2022-01-10', [
        event('CONSULT', ['RUR'], ['FRD'], '2022-01-09'),
        event('ACCUSE', ['FRD'], ['RUR'], '2022-01-20'),
        event('AID', ['RUR', 'FRD'], ['LAT'], '2022-02-02'),
      ]) });
    const pair = await store.listEvents({ actor: 'RUR', counterpart: 'FRD' });
    expect(pair.items.map((e) => e.category).sort()).toEqual(['ACCUSE', 'CONSULT']);
    expect((await store.listEvents({ actor: 'ruritania', counterpart: 'LAT' })).total).toBe(1);
    expect((await store.listEvents({ counterpart: 'LAT' })).total).toBe(3); // without actor it does not filter
    await store.close();
  });
});

describe('SqliteStore.listEvents for a busy actor', () => {
  it('pages a busy actor by date exactly as a plain filter would', async () => {
    const store = new SqliteStore(openSqliteDatabase(':memory:'));
    for (let a = 0; a < 30; a++) {
      const day = `2021-${String((a % 12) + 1).padStart(2, '0')}-${String((a % 27) + 1).padStart(2, '0')}`;
      const events = Array.from({ length: 80 }, (_, i) => event(i % 3 ? 'CONSULT' : 'ACCUSE', ['RUR'], [i % 2 ? 'FRD' : 'LAT'], day));
      await store.saveArticle(
        { id: `busy${a}`, name: `busy${a}`, url: null, source: null, title: null, date: day, published: null, text: `text busy ${a}`, story: null },
        { annotation: annotation(`busy${a}`, day, events) });
    }
    for (const sort of ['-when', 'when'] as const) {
      for (const offset of [0, 1000, 2380]) {
        const busy = await store.listEvents({ actor: 'RUR', sort, limit: 25, offset });
        const plain = await store.listEvents({ source: ['RUR'], sort, limit: 25, offset });
        expect(busy.total).toBe(2400);
        expect(busy.items.map((e) => e.id)).toEqual(plain.items.map((e) => e.id));
      }
    }
    await store.close();
  });
});

describe('SqliteStore.dyadTimeline combined', () => {
  it('counts a reciprocal event in each direction, and once in "both"', async () => {
    const store = new SqliteStore(openSqliteDatabase(':memory:'));
    await store.saveArticle(
      { id: 'd1', name: 'd1', url: null, source: null, title: null, date: '2022-01-10', published: null, text: 'text d1', story: null },
      { annotation: annotation('d1', '2022-01-10', [
        event('CONSULT', ['RUR', 'FRD'], ['RUR', 'FRD'], '2022-01-09'),
        event('ACCUSE', ['FRD'], ['RUR'], '2022-01-20'),
      ]) });
    const points = await store.dyadTimeline({ a: 'RUR', b: 'FRD', combined: true });
    const at = (direction: string, quad: string) => points.find((p) => p.direction === direction && p.quad === quad)?.events ?? 0;
    expect([at('a->b', 'verbal cooperation'), at('b->a', 'verbal cooperation'), at('both', 'verbal cooperation')]).toEqual([1, 1, 1]);
    expect([at('a->b', 'verbal conflict'), at('b->a', 'verbal conflict'), at('both', 'verbal conflict')]).toEqual([0, 1, 1]);
    expect((await store.dyadTimeline({ a: 'RUR', b: 'FRD' })).some((p) => p.direction === 'both')).toBe(false);
    await store.close();
  });
});
