import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, EventAnnotation } from '../../nlp/annotation.js';
import { PLOVER_QUAD } from '../../nlp/annotation.js';
import type { ArticleInput } from '../types.js';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import { migrate, openSqliteDatabase, type SqliteDatabase } from './open.js';
import { SqliteStore } from './sqlite-store.js';
import { ftsQuery } from './fts.js';

// Invented articles: a Ruritanian minister visits Freedonia; Freedonia later sanctions Ruritania.
const TEXT_A = 'Ruritanian Foreign Minister Anna Kova met Freedonian President Rufus Firefly in Fredville on Monday. '
  + 'The two sides agreed to expand grain trade, the ministry said.';
const TEXT_B = 'Freedonia imposed sanctions on Ruritania in March over border incidents. '
  + 'Kova condemned the measures.';

function article(id: string, text: string, date: string, title: string): ArticleInput {
  return { id, name: `${id}-name`, url: null, source: 'Example Wire', title, date, published: null, text, story: null };
}

function span(text: string, piece: string) {
  const start = text.indexOf(piece);
  if (start < 0) throw new Error(`"${piece}" not in text`);
  return { text: piece, start, end: start + piece.length };
}

function event(category: string, source: string[], target: string[], extra: Partial<EventAnnotation>): EventAnnotation {
  const plover = PLOVER_QUAD[category];
  return {
    category, mode: null, source, target, source_actors: [], target_actors: [], date: null, when: '2000-01-01',
    when_assumed: true, location: null, negated: false, modality: 'asserted', attribution: null, evidence: '',
    rule: 'test.rule', trigger: '', quad: plover.quad, score: plover.score, ...extra,
  };
}

const actors = {
  kova: { id: 'anna-kova', name: 'Anna Kova', kind: 'person', country: 'RUR', sector: 'GOV', role: 'Foreign Minister', aliases: ['Kova'] },
  firefly: { id: 'rufus-firefly', name: 'Rufus Firefly', kind: 'person', country: 'FRD', sector: 'GOV', role: 'President', aliases: [] },
  freedonia: { id: 'freedonia', name: 'Freedonia', kind: 'country', country: 'FRD', sector: 'GOV', role: null, aliases: ['Freedonian'] },
  ruritania: { id: 'ruritania', name: 'Ruritania', kind: 'country', country: 'RUR', sector: 'GOV', role: null, aliases: [] },
};

function annotationA(): Annotation {
  return {
    id: 'a', date: '2021-12-08', story: null,
    times: [{ ...span(TEXT_A, 'Monday'), type: 'DATE', value: '2021-12-06' }],
    mentions: [
      { ...span(TEXT_A, 'Anna Kova'), type: 'PER', actor: 'anna-kova' },
      { ...span(TEXT_A, 'Rufus Firefly'), type: 'PER', actor: 'rufus-firefly' },
      { ...span(TEXT_A, 'Fredville'), type: 'LOC' },
    ],
    actors: [actors.kova, actors.firefly],
    events: [
      event('CONSULT', ['RUR'], ['FRD'], {
        source_actors: ['anna-kova'], target_actors: ['rufus-firefly'], date: '2021-12-06', when: '2021-12-06',
        when_assumed: false, location: 'Fredville, FRD', evidence: TEXT_A.split('. ')[0], trigger: 'met', rule: 'consult.meet',
        attribution: 'the ministry',
      }),
      event('AGREE', ['RUR', 'FRD'], ['RUR', 'FRD'], { when: '2021-12-08', modality: 'planned', trigger: 'agreed', rule: 'agree.agree_to' }),
    ],
  };
}

function annotationB(): Annotation {
  return {
    id: 'b', date: '2022-04-02', story: null,
    times: [{ ...span(TEXT_B, 'March'), type: 'DATE', value: '2022-03' }],
    mentions: [
      { ...span(TEXT_B, 'Freedonia'), type: 'LOC', actor: 'freedonia' },
      { ...span(TEXT_B, 'Ruritania'), type: 'LOC', actor: 'ruritania' },
      { ...span(TEXT_B, 'Kova'), type: 'PER', actor: 'anna-kova' },
    ],
    actors: [actors.freedonia, actors.ruritania, { ...actors.kova, role: 'Minister of Foreign Affairs', aliases: [] }],
    events: [
      event('SANCTION', ['FRD'], ['RUR'], { source_actors: ['freedonia'], target_actors: ['ruritania'], date: '2022-03', when: '2022-03', when_assumed: false, trigger: 'imposed sanctions' }),
      event('ACCUSE', ['RUR'], ['FRD'], { source_actors: ['anna-kova'], target_actors: ['freedonia'], when: '2022-04-02', trigger: 'condemned' }),
      event('ASSAULT', ['RUR'], ['FRD'], { when: '2022-04-02', negated: true, trigger: 'attack' }),
    ],
  };
}

describe('SqliteStore', () => {
  let db: SqliteDatabase;
  let store: SqliteStore;

  beforeEach(async () => {
    db = openSqliteDatabase(':memory:');
    store = new SqliteStore(db);
    await store.saveArticle(article('aaaa', TEXT_A, '2021-12-08', 'Ruritania and Freedonia hold talks'), {
      annotation: annotationA(),
      eventLinks: [{ timex: 0, evidenceStart: 0, evidenceEnd: TEXT_A.indexOf('. ') }, { timex: null, evidenceStart: null, evidenceEnd: null }],
    });
    await store.saveArticle(article('bbbb', TEXT_B, '2022-04-02', 'Sanctions on Ruritania'), { annotation: annotationB() });
  });
  afterEach(async () => store.close());

  it('applies every migration and records the version; re-running is a no-op', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(migrate(db)).toBe(MIGRATIONS.length);
  });

  it('upgrades a version-1 database, filling actor_events from the old view', () => {
    const old = new Database(':memory:');
    old.exec(MIGRATIONS[0]);
    old.pragma('user_version = 1');
    old.exec(`INSERT INTO actors VALUES ('klow', 'Klow', 'country', 'KLW', 'GOV'), ('ann', 'Ann', 'person', 'KLW', 'GOV');
      INSERT INTO events (id, category, quad, score, source, target, "when", when_start, when_end, when_assumed, negated, modality, evidence, rule, trigger)
        VALUES ('e1', 'AID', 'material cooperation', 7, '["KLW"]', '["XYZ"]', '2020', '2020-01-01', '2020-12-31', 0, 0, 'asserted', '', 'r', 't');
      INSERT INTO event_codes VALUES ('e1', 'source', 'KLW'), ('e1', 'target', 'XYZ');
      INSERT INTO event_actors VALUES ('e1', 'ann', 'source');`);
    migrate(old);
    expect(old.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(old.prepare('SELECT actor_id, side FROM actor_events ORDER BY actor_id').all())
      .toEqual([{ actor_id: 'ann', side: 'source' }, { actor_id: 'klow', side: 'source' }]);
    old.close();
  });

  it('stores an article once: the same id again is a duplicate and changes nothing', async () => {
    const before = await store.counts();
    const again = await store.saveArticle(article('aaaa', TEXT_A, '2021-12-08', 'x'), { annotation: annotationA() });
    expect(again).toEqual({ status: 'duplicate', events: 0, eventIds: [] });
    expect(await store.counts()).toEqual(before);
    expect(before).toMatchObject({ articles: 2, events: 5, actors: 4, mentions: 6, firstArticle: '2021-12-08', lastArticle: '2022-04-02' });
    expect(await store.hasArticle('aaaa')).toBe(true);
    expect(await store.hasArticle('zzzz')).toBe(false);
  });

  it('rolls the whole article back when part of the save fails', async () => {
    const broken = annotationA();
    (broken.times[0] as { value: unknown }).value = null; // violates NOT NULL after the article row is written
    await expect(store.saveArticle(article('cccc', TEXT_A + ' More.', '2021-12-09', 't'), { annotation: broken })).rejects.toThrow();
    expect(await store.hasArticle('cccc')).toBe(false);
    expect((await store.counts()).articles).toBe(2);
  });

  it('finds articles by full text with highlighted snippets, filters and pagination', async () => {
    const hits = await store.search({ query: 'grain trade' });
    expect(hits.total).toBe(1);
    expect(hits.items[0]).toMatchObject({ id: 'aaaa', title: 'Ruritania and Freedonia hold talks', date: '2021-12-08' });
    expect(hits.items[0].snippet).toContain('[grain]');
    expect((await store.search({ query: 'Ruritania' })).total).toBe(2);
    expect((await store.search({ query: 'Ruritania', from: '2022-01-01' })).items.map((h) => h.id)).toEqual(['bbbb']);
    expect((await store.search({ query: 'Ruritania', to: '2021-12-31' })).items.map((h) => h.id)).toEqual(['aaaa']);
    expect((await store.search({ query: 'Ruritania', actor: 'Rufus Firefly' })).items.map((h) => h.id)).toEqual(['aaaa']);
    expect((await store.search({ query: 'Ruritania', actor: 'FRD' })).total).toBe(2);
    const page2 = await store.search({ query: 'Ruritania', limit: 1, offset: 1 });
    expect(page2).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(page2.items).toHaveLength(1);
    expect((await store.search({ query: 'sanction*' })).items.map((h) => h.id)).toEqual(['bbbb']);
    // FTS syntax in user input is treated as words, never as an error
    expect((await store.search({ query: 'NEAR( "unbalanced OR -' })).total).toBe(0);
    expect((await store.search({ query: '' })).items.map((h) => h.id)).toEqual(['bbbb', 'aaaa']);
  });

  it('filters events by actor (code, id, name or alias, either side) and by codes and attributes', async () => {
    const ids = async (q: Parameters<SqliteStore['listEvents']>[0]) => (await store.listEvents(q)).items.map((e) => e.category);
    expect(await ids({ actor: 'FRD' })).toEqual(['ASSAULT', 'ACCUSE', 'SANCTION', 'AGREE', 'CONSULT']);
    expect(await ids({ actor: 'frd', sort: 'when' })).toEqual(['CONSULT', 'AGREE', 'SANCTION', 'ACCUSE', 'ASSAULT']);
    expect(await ids({ actor: 'Kova' })).toEqual(['ACCUSE', 'CONSULT']);
    expect(await ids({ actor: 'rufus-firefly' })).toEqual(['CONSULT']);
    expect(await ids({ actor: 'Firefly' })).toEqual(['CONSULT']);
    expect(await ids({ actor: '_' })).toEqual([]);
    expect(await ids({ actor: 'Freedonia' })).toEqual(['ASSAULT', 'ACCUSE', 'SANCTION', 'AGREE', 'CONSULT']);
    expect(await ids({ source: ['FRD'] })).toEqual(['SANCTION', 'AGREE']);
    expect(await ids({ target: ['RUR'], category: ['sanction'] })).toEqual(['SANCTION']);
    expect(await ids({ quad: ['verbal cooperation'] })).toEqual(['AGREE', 'CONSULT']);
    expect(await ids({ negated: true })).toEqual(['ASSAULT']);
    expect(await ids({ negated: false, modality: ['planned'] })).toEqual(['AGREE']);
    // a month-resolution date overlaps a range inside it
    expect(await ids({ from: '2022-03-15', to: '2022-03-20' })).toEqual(['SANCTION']);
    expect(await ids({ from: '2021-12-07' , to: '2021-12-31' })).toEqual(['AGREE']);
    const page = await store.listEvents({ limit: 2, offset: 2 });
    expect(page.total).toBe(5);
    expect(page.items.map((e) => e.category)).toEqual(['SANCTION', 'AGREE']);
    const consult = (await store.listEvents({ category: ['CONSULT'] })).items[0];
    expect(consult).toMatchObject({ source: ['RUR'], target: ['FRD'], date: '2021-12-06', whenAssumed: false, location: 'Fredville, FRD' });
    expect(consult.sourceActors).toEqual([{ id: 'anna-kova', name: 'Anna Kova', country: 'RUR' }]);
  });

  it('explains an event with its reports and the time expression behind its date', async () => {
    const consult = (await store.listEvents({ category: ['CONSULT'] })).items[0];
    const detail = await store.getEvent(consult.id);
    expect(detail?.timex).toMatchObject({ text: 'Monday', value: '2021-12-06' });
    expect(detail?.reports).toEqual([expect.objectContaining({ articleId: 'aaaa', trigger: 'met', attribution: 'the ministry', evidenceStart: 0 })]);
    expect(await store.getEvent('nope')).toBeNull();
  });

  it('lists actors by event count and describes one actor', async () => {
    const top = await store.listActors({ limit: 10 });
    expect(top.total).toBe(4);
    expect(top.items[0]).toMatchObject({ id: 'freedonia', events: 5 });
    expect(top.items.find((a) => a.id === 'anna-kova')).toMatchObject({ events: 2, mentions: 2 });
    expect((await store.listActors({ query: 'firef' })).items.map((a) => a.id)).toEqual(['rufus-firefly']);
    const kova = await store.getActor('kova');
    expect(kova).toMatchObject({ id: 'anna-kova', events: 2, firstSeen: '2021-12-08', lastSeen: '2022-04-02' });
    expect(kova?.aliases).toEqual(['Anna Kova', 'Kova']);
    expect(kova?.roles.map((r) => [r.role, r.firstSeen])).toEqual([['Foreign Minister', '2021-12-08'], ['Minister of Foreign Affairs', '2022-04-02']]);
    expect(kova?.byCategory).toEqual([{ category: 'ACCUSE', events: 1 }, { category: 'CONSULT', events: 1 }]);
    expect(kova?.counterparts.map((c) => c.id).sort()).toEqual(['freedonia', 'rufus-firefly']);
    expect((await store.getActor('RUR'))?.id).toBe('ruritania');
    expect((await store.getActor('firefly'))?.id).toBe('rufus-firefly'); // a surname
    expect(await store.getActor('%')).toBeNull(); // LIKE wildcards in input are literal
    expect(await store.getActor('nobody')).toBeNull();
  });

  it('builds a dyad timeline in both directions', async () => {
    const score = (category: string) => PLOVER_QUAD[category].score;
    const points = await store.dyadTimeline({ a: 'RUR', b: 'FRD', interval: 'month' });
    expect(points).toEqual([
      { period: '2021-12', direction: 'a->b', quad: 'verbal cooperation', events: 2, score: score('CONSULT') + score('AGREE') },
      { period: '2021-12', direction: 'b->a', quad: 'verbal cooperation', events: 1, score: score('AGREE') },
      { period: '2022-03', direction: 'b->a', quad: 'material conflict', events: 1, score: score('SANCTION') },
      { period: '2022-04', direction: 'a->b', quad: 'material conflict', events: 1, score: score('ASSAULT') },
      { period: '2022-04', direction: 'a->b', quad: 'verbal conflict', events: 1, score: score('ACCUSE') },
    ]);
    const weeks = await store.dyadTimeline({ a: 'RUR', b: 'FRD', interval: 'week', to: '2021-12-31' });
    expect(weeks.map((p) => p.period)).toEqual(['2021-W49', '2021-W49']);
  });

  it('puts articles in stories and merges one event reported by two articles', async () => {
    await store.setStory('aaaa', 'ruritania-talks');
    expect((await store.getArticle('aaaa'))?.story).toBe('ruritania-talks');
    const [sanction] = (await store.listEvents({ category: ['SANCTION'] })).items;
    const [accuse] = (await store.listEvents({ category: ['ACCUSE'] })).items;
    const [consult] = (await store.listEvents({ category: ['CONSULT'] })).items;
    expect(consult.reportCount).toBe(1);
    expect(await store.mergeEvents(consult.id, [consult.id, sanction.id, accuse.id])).toBe(2);
    const merged = await store.getEvent(consult.id);
    expect(merged?.reports.map((r) => r.articleId)).toEqual(['aaaa', 'bbbb']);
    expect(merged?.reports).toHaveLength(2); // two reports from article bbbb collapse into one
    expect((await store.listEvents({ category: ['CONSULT'] })).items[0].reportCount).toBe(2);
    expect(await store.getEvent(sanction.id)).toBeNull();
    expect((await store.counts()).events).toBe(3);
    await expect(store.mergeEvents('missing', [consult.id])).rejects.toThrow(/no event/);
  });

  it('returns an article with its layers, by id or by name', async () => {
    const a = await store.getArticle('aaaa');
    expect(a?.mentions.map((m) => m.text)).toEqual(['Anna Kova', 'Rufus Firefly', 'Fredville']);
    expect(a?.timexes).toEqual([{ start: TEXT_A.indexOf('Monday'), end: TEXT_A.indexOf('Monday') + 6, text: 'Monday', type: 'DATE', value: '2021-12-06', mod: null }]);
    expect(a?.events.map((e) => e.category)).toEqual(['CONSULT', 'AGREE']);
    expect((await store.getArticle('bbbb-name'))?.id).toBe('bbbb');
    expect(await store.getArticle('none')).toBeNull();
  });
});

describe('ftsQuery', () => {
  it('quotes words and phrases and keeps prefixes', () => {
    expect(ftsQuery('grain "border incidents" sanc*')).toBe('"grain" AND "border incidents" AND "sanc"*');
    expect(ftsQuery('say "hi')).toBe('"say" AND "hi"');
    expect(ftsQuery(' - * ')).toBeNull();
  });
});
