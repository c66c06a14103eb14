import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakePipeline as pipeline } from '../../test/support/fake-extraction.js';
import { openSqliteStore } from '../store/sqlite/open.js';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { annotate } from './annotate.js';
import { evaluate } from './evaluate.js';
import { AnnalsService, type IngestProgress } from './service.js';


describe('AnnalsService.ingest', () => {
  let dir: string;
  let store: SqliteStore;
  let service: AnnalsService;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'annals-service-'));
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'one.txt'), 'date 2022-05-02\nBorduria met Syldavia in the capital on Monday. Talks went well.\n');
    writeFileSync(path.join(dir, 'in', 'two.txt'), 'date 2022-05-03\nSyldavia met Borduria again. Nothing was agreed.\n');
    writeFileSync(path.join(dir, 'in', 'noheader.txt'), 'An article that forgot its date line.\n');
    writeFileSync(path.join(dir, 'in', 'batch.jsonl'), [
      JSON.stringify({ id: 'j1', date: '2022-05-04', title: 'Quiet week', text: 'Nothing of note happened in Klow.' }),
      '{"id": "j2", "date": "2022-05-04", "text": "broken',
      JSON.stringify({ id: 'j3', date: '2022-05-05', text: 'Sylvania met Freedonia at the border.' }),
    ].join('\n'));
    writeFileSync(path.join(dir, 'in', 'blob.txt'), Buffer.from([0x00, 0xff, 0x10, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    store = openSqliteStore(':memory:');
    service = new AnnalsService({ store, pipeline: pipeline() });
  });
  afterEach(async () => {
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the good articles and reports each bad file or line with its path and line', async () => {
    const progress: IngestProgress[] = [];
    const summary = await service.ingest({ paths: [path.join(dir, 'in')] }, {}, (p) => progress.push(p));
    expect(summary).toMatchObject({ new: 4, duplicate: 0, failed: 3, events: 3 });
    const errors = summary.errors.map((e) => `${path.basename(e.path)}:${e.line ?? ''}`).sort();
    expect(errors).toEqual(['batch.jsonl:2', 'blob.txt:', 'noheader.txt:']);
    expect(progress.at(-1)).toMatchObject({ files: 5, total: 5, articles: 7 });

    const counts = await service.counts();
    expect(counts).toMatchObject({ articles: 4, events: 3 });
    const events = await service.listEvents({ actor: 'BOR' });
    expect(events.items.map((e) => [e.source, e.target])).toEqual([[['SYL'], ['BOR']], [['BOR'], ['SYL']]]);
    expect((await service.search({ query: 'Klow' })).items.map((h) => h.name)).toEqual(['j1']);
  });

  it('leaves the store unchanged when the same folder is ingested twice', async () => {
    await service.ingest({ paths: [path.join(dir, 'in')] });
    const before = await service.counts();
    const again = await service.ingest({ paths: [path.join(dir, 'in')] });
    expect(again).toMatchObject({ new: 0, duplicate: 4, failed: 3, events: 0 });
    expect(await service.counts()).toEqual(before);
  });

  it('reports an article the pipeline fails on and still stores the rest', async () => {
    writeFileSync(path.join(dir, 'in', 'three.txt'), 'date 2022-05-06\nEXPLODE here.\n');
    const summary = await service.ingest({ paths: [path.join(dir, 'in', 'three.txt'), path.join(dir, 'in', 'one.txt')] });
    expect(summary).toMatchObject({ new: 1, failed: 1 });
    expect(summary.errors[0]).toMatchObject({ path: path.join(dir, 'in', 'three.txt'), message: 'stage failure on purpose' });
  });

  it('ingests a request body and rejects a bad fallback date', async () => {
    const summary = await service.ingest({ payload: JSON.stringify({ date: '2022-06-01', text: 'Borduria met Klowland.' }), name: 'body' });
    expect(summary).toMatchObject({ new: 1, events: 1 });
    await expect(service.ingest({ paths: [dir] }, { date: '01/06/2022' })).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('validates query requests and pages by page number', async () => {
    await service.ingest({ paths: [path.join(dir, 'in')] });
    const page2 = await service.listEvents({ limit: '1', page: '2' } as never);
    expect(page2).toMatchObject({ limit: 1, offset: 1, total: 3 });
    expect((await service.listEvents({ category: 'consult,assault', from: '2022-05' })).total).toBe(3);
    await expect(service.listEvents({ from: 'May 2022' })).rejects.toThrow(/from/);
    await expect(service.listEvents({ sort: 'id' } as never)).rejects.toThrow(/sort/);
    const explained = await service.explainEvent(page2.items[0].id);
    expect(explained?.rule).toBe('fake.met');
    expect(explained?.reports[0].evidenceStart).not.toBeNull();
  });
});

describe('annotate and evaluate', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'annals-annotate-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('annotates files without a database, one result per article', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'date 2022-05-02\nBorduria met Syldavia.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'no date here\n');
    const results = [];
    for await (const r of annotate([dir], { pipeline: pipeline(), stories: false })) results.push(r);
    const ok = results.filter((r) => r.ok);
    expect(ok).toHaveLength(1);
    expect(ok[0].ok && ok[0].annotation).toMatchObject({ id: 'a', date: '2022-05-02', story: null, events: [{ category: 'CONSULT', source: ['BOR'] }] });
    expect(results.filter((r) => !r.ok)).toHaveLength(1);
  });

  it('scores the pipeline against a gold folder', async () => {
    const text = 'Borduria met Syldavia on Monday.';
    writeFileSync(path.join(dir, 'g1.json'), JSON.stringify({
      id: 'g1', date: '2022-05-04', text, story: 's', times: [], mentions: [{ text: 'Borduria', type: 'LOC' }, { text: 'Syldavia', type: 'LOC' }],
      events: [{ category: 'CONSULT', source: ['BOR'], target: ['SYL'], date: '2022-05-02', negated: false, modality: 'asserted' }],
    }));
    const result = await evaluate(dir, { pipeline: pipeline(), outDir: path.join(dir, 'pred') });
    expect(result.scores.mentions.f1).toBe(1);
    expect(result.scores.events).toMatchObject({ f1: 1, date_acc: 0 });
    expect(result.lines.at(-1)).toBe('summary docs=1 time_value_f1=0.000 mention_f1=1.000 event_f1=1.000 story_f1=0.000');
    const rescored = await evaluate(dir, { predictionsDir: path.join(dir, 'pred') });
    expect(rescored.scores).toEqual(result.scores);
  });
});
