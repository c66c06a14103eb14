import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakePipeline } from '../../test/support/fake-extraction.js';
import { runCli } from '../../test/support/run-cli.js';
import { AnnalsService } from '../service/service.js';
import { openStore } from '../store/index.js';
import { csv, errorLine, table } from './format.js';

// The query commands over a database filled through the service with a stand-in extraction stage.
describe('CLI query commands', () => {
  let dir: string;
  let db: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'annals-cli-'));
    db = path.join(dir, 'test.db');
    writeFileSync(path.join(dir, 'a.txt'), 'date 2022-05-02\nBorduria met Syldavia in Klow on Monday. The talks were cordial.\n');
    writeFileSync(path.join(dir, 'b.jsonl'), JSON.stringify({ id: 'b', date: '2022-06-10', title: 'Border row', text: 'Syldavia met Borduria over the border row.' }));
    const service = new AnnalsService({ store: openStore(db), pipeline: fakePipeline() });
    await service.ingest({ paths: [dir] });
    await service.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists events as a table, JSON and CSV', async () => {
    const tableRun = await runCli(['events', '--db', db, '--actor', 'BOR']);
    expect(tableRun.code).toBe(0);
    const lines = tableRun.out.trim().split('\n');
    expect(lines[0]).toMatch(/^date\s+category\s+source → target\s+marks\s+place\s+sources\s+id$/);
    expect(lines[2]).toMatch(/^~2022-06-10\s+CONSULT\s+SYL \(Syldavia\) → BOR \(Borduria\)/);
    expect(lines[3]).toMatch(/^~2022-05-02\s+CONSULT\s+BOR \(Borduria\) → SYL \(Syldavia\)/);
    const json = JSON.parse((await runCli(['events', '--db', db, '--source', 'SYL', '--format', 'json'])).out);
    expect(json.total).toBe(1);
    expect(json.items[0]).toMatchObject({ category: 'CONSULT', source: ['SYL'], target: ['BOR'], rule: 'fake.met' });
    const csvOut = (await runCli(['events', '--db', db, '--format', 'csv', '--sort', 'when'])).out.trim().split('\r\n');
    expect(csvOut[0].startsWith('id,when,date,category')).toBe(true);
    expect(csvOut).toHaveLength(3);
    expect((await runCli(['events', '--db', db, '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['events', '--db', db, '--negated', '--format', 'json'])).out).toContain('"total": 0');
  });

  it('shows top actors, one actor, search hits and an explained event', async () => {
    const actors = await runCli(['actors', '--db', db]);
    expect(actors.out).toMatch(/Borduria\s+borduria\s+country\s+BOR\s+GOV\s+2\s+2/);
    const actor = await runCli(['actor', 'borduria', '--db', db]);
    expect(actor.out).toContain('Borduria  (borduria)');
    expect(actor.out).toMatch(/CONSULT\s+2/);
    expect(actor.out).toMatch(/Syldavia\s+SYL\s+2/);
    expect((await runCli(['actor', 'Nobody', '--db', db])).code).not.toBe(0);
    const search = await runCli(['search', 'border', 'row', '--db', db]);
    expect(search.out).toContain('1 article');
    expect(search.out).toContain('2022-06-10  Border row');
    expect(search.out).toContain('[border] [row]');
    const id = JSON.parse((await runCli(['events', '--db', db, '--source', 'BOR', '--format', 'json'])).out).items[0].id;
    const explain = await runCli(['explain', id, '--db', db]);
    expect(explain.out).toContain(`event ${id}: CONSULT`);
    expect(explain.out).toContain('rule:        fake.met');
    expect(explain.out).toContain('trigger:     "met"');
    expect(explain.out).toContain('evidence:    Borduria met Syldavia in Klow on Monday.');
    expect((await runCli(['explain', 'nope', '--db', db])).code).not.toBe(0);
  });

  it('refuses to query a database that does not exist', async () => {
    const run = await runCli(['events', '--db', path.join(dir, 'missing.db')]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('no database at');
  });
});

describe('format helpers', () => {
  it('aligns tables, quotes CSV and names error locations once', () => {
    const rows = [{ a: 'x', n: 5 }, { a: 'longer', n: 12 }];
    expect(table(rows, [{ header: 'a', value: (r) => r.a }, { header: 'n', value: (r) => String(r.n), align: 'right' }]))
      .toBe('a        n\n------  --\nx        5\nlonger  12');
    expect(csv([{ v: 'a,"b"' }], [{ header: 'v', value: (r) => r.v }])).toBe('v\r\n"a,""b"""');
    expect(errorLine({ path: 'f.jsonl', line: 3, message: 'bad JSON' })).toBe('f.jsonl:3: bad JSON');
    expect(errorLine({ path: 'f.jsonl', line: 3, message: 'f.jsonl:3: bad JSON' })).toBe('f.jsonl:3: bad JSON');
  });
});
