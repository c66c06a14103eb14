// End to end, build-free: the real pipeline and the CLI commands on the first seed article.
// The CONSULT JPN→USA assertion needs the extraction stages (tagger model, entities, actors,
// events); it fails until they land.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = path.resolve(ROOT, '../shared/seed');

describe('annals end to end on the seed', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'annals-e2e-'));
    db = path.join(dir, 'annals.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests the seed once; the second time it is a duplicate', async () => {
    const first = await runCli(['ingest', SEED, '--db', db]);
    expect(first.err).toBe('');
    expect(first.out).toContain('articles: 1 new, 0 duplicate, 0 failed');
    expect(first.code).toBe(0);
    const second = await runCli(['ingest', SEED, '--db', db]);
    expect(second.out).toContain('articles: 0 new, 1 duplicate, 0 failed');
    expect((await runCli(['search', 'Blinken', '--db', db])).out).toContain('1 article');
  });

  it('finds the CONSULT of Japan with the United States through `events --actor JPN`', async () => {
    const run = await runCli(['events', '--actor', 'JPN', '--format', 'json', '--db', db]);
    expect(run.code).toBe(0);
    const events = JSON.parse(run.out).items as { id: string; category: string; source: string[]; target: string[]; date: string | null }[];
    // the meeting happened "on Saturday", the article date: 2021-12-11
    const consult = events.find((e) => e.category === 'CONSULT' && e.source.includes('JPN') && e.target.includes('USA') && e.date === '2021-12-11');
    expect(consult, `events found: ${JSON.stringify(events.map((e) => [e.category, e.source, e.target, e.date]))}`).toBeDefined();
    const explain = await runCli(['explain', consult!.id, '--db', db]);
    expect(explain.out).toContain('CONSULT');
    expect(explain.out).toMatch(/Hayashi/);
  });

  it('annotates the seed as JSON lines in the annotation contract', async () => {
    const run = await runCli(['annotate', SEED, '--jsonl']);
    expect(run.code).toBe(0);
    const lines = run.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const annotation = JSON.parse(lines[0]);
    expect(Object.keys(annotation)).toEqual(['id', 'date', 'story', 'times', 'mentions', 'actors', 'events']);
    expect(annotation).toMatchObject({ id: '000_3cdf2fd69fd0e6b0', date: '2021-12-11' });
    const out = path.join(dir, 'pred');
    expect((await runCli(['annotate', SEED, '--out', out])).out).toBe('');
    expect(JSON.parse(readFileSync(path.join(out, '000_3cdf2fd69fd0e6b0.json'), 'utf8'))).toEqual(annotation);
  });

  it('runs the demo: ingest a folder, then print the summary, top actors and latest events', async () => {
    const run = await runCli(['demo', '--examples', SEED, '--no-serve', '--db', path.join(dir, 'demo.db')]);
    expect(run.out).toContain('articles: 1 new');
    expect(run.out).toMatch(/top actors:\nactor\s+id\s+kind/);
    expect(run.out).toMatch(/latest events:\ndate\s+category/);
    expect(run.code).toBe(0);
  });
});

describe('the CLI entry point', () => {
  it('reports a bad input as path: message and exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'annals-e2e-bad-'));
    try {
      const bad = path.join(dir, 'nodate.txt');
      writeFileSync(bad, 'No date header in this invented article.\n');
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', bad, '--db', path.join(dir, 'x.db')], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('articles: 0 new, 0 duplicate, 1 failed');
      expect(run.stderr).toContain(`${bad}: no "date YYYY-MM-DD" header`);
      expect(execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--help'], { cwd: ROOT, encoding: 'utf8' }))
        .toMatch(/ingest[\s\S]*events[\s\S]*annotate[\s\S]*eval/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ingest with and without story clustering', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'annals-stories-'));
    const seed = readFileSync(path.join(SEED, '000_3cdf2fd69fd0e6b0.txt'), 'utf8');
    // a reprint: the same wire text with the reprinting site's boilerplate below it
    writeFileSync(path.join(dir, 'a.txt'), seed);
    writeFileSync(path.join(dir, 'b.txt'), `${seed.trimEnd()}\n\nSubscribe to our newsletter for more world news.\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const consults = async (db: string) => {
    const run = await runCli(['events', '--category', 'CONSULT', '--actor', 'JPN', '--format', 'json', '--limit', '100', '--db', db]);
    return (JSON.parse(run.out).items as { date: string | null; negated: boolean; reportCount: number }[])
      .filter((e) => e.date === '2021-12-11' && !e.negated);
  };

  it('counts a reprinted meeting once with two sources, or twice with --no-stories', async () => {
    const merged = path.join(dir, 'merged.db');
    await runCli(['ingest', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--db', merged]);
    const once = await consults(merged);
    expect(once.some((e) => e.reportCount === 2)).toBe(true);

    const apart = path.join(dir, 'apart.db');
    await runCli(['ingest', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--no-stories', '--db', apart]);
    const twice = await consults(apart);
    expect(twice.length).toBe(2 * once.length);
    expect(twice.every((e) => e.reportCount === 1)).toBe(true);
  });
});
