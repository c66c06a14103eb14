// `annals demo` (= npm start) ends with the app being served, filled with the examples, until
// Ctrl-C; `annals serve` serves an existing database. Both run as real processes here.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePort } from './serve.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'annals-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env: { ...process.env, ANNALS_TOKEN: '' } });
}

/** Resolve with the served URL once the process prints it. */
function servedUrl(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    child.on('exit', (code) => reject(new Error(`exited with ${code} before serving:\n${out}\n${err}`)));
  });
}

function stopped(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

describe('annals demo and serve', () => {
  const db = path.join(dir, 'demo.db');

  it('demo ingests the examples, prints them, then serves the app until Ctrl-C', async () => {
    const child = run(['demo', '--db', db, '--port', '0', '--no-open']);
    const url = await servedUrl(child);
    const stats = await (await fetch(new URL('/api/stats', url))).json();
    expect(stats.counts.articles).toBeGreaterThan(5);
    expect(stats.counts.events).toBeGreaterThan(0);
    const page = await fetch(new URL('/events', url));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/html/);
    expect(await stopped(child)).toBe(0);
  });

  it('serve answers from an existing database; HTTP ingest is off without a token', async () => {
    const child = run(['serve', '--db', db, '--port', '0']);
    const url = await servedUrl(child);
    const events = await (await fetch(new URL('/api/events?limit=1', url))).json();
    expect(events.total).toBeGreaterThan(0);
    const post = await fetch(new URL('/api/articles', url), { method: 'POST', body: 'date 2024-01-01\n\nA text.' });
    expect(post.status).toBe(403);
    expect(await stopped(child)).toBe(0);
  });

  it('serve refuses a database that does not exist and a bad port', async () => {
    const child = run(['serve', '--db', path.join(dir, 'missing.db'), '--port', '0']);
    let err = '';
    child.stderr.on('data', (c: Buffer) => { err += c.toString(); });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).not.toBe(0);
    expect(err).toMatch(/no database/);
    expect(() => parsePort('80a')).toThrow(/--port/);
    expect(() => parsePort('70000')).toThrow(/--port/);
    expect(parsePort('0')).toBe(0);
  });
});
