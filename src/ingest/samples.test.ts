/**
 * The readers on real saved news pages and feeds (../shared/data/ingest-samples, read at test
 * time, never copied): every title and date a file carries comes out right.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticles, type ReadResult } from './index.js';

const SAMPLES = new URL('../../../shared/data/ingest-samples/', import.meta.url).pathname;

function expectations<T>(group: string): T[] {
  const file = `${SAMPLES}${group}/expected.jsonl`;
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

async function readAll(path: string): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readArticles([path])) out.push(r);
  return out;
}

/** Titles compared loosely: markup, entities, punctuation, case and spacing ignored. */
function looseWords(s: string): string {
  return s
    .replace(/<[^>]+>/g, '')
    .replace(/&[#\w]+;/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

interface HtmlExpectation {
  file: string;
  title: string;
  published: string | null;
}

interface FeedExpectation {
  file: string;
  format: string;
  items: number;
  first_title: string | null;
  first_date: string | null;
  first_date_raw: string | null;
  declared_encoding: string | null;
  well_formed: boolean;
}

const htmlCases = expectations<HtmlExpectation>('html');
const feedCases = expectations<FeedExpectation>('feeds');

describe.skipIf(htmlCases.length === 0)('saved news pages', () => {
  it.each(htmlCases.map((c) => [c.file, c] as const))('%s', async (_file, expected) => {
    const results = await readAll(`${SAMPLES}html/${expected.file}`);
    expect(results).toHaveLength(1);
    const [result] = results;
    if (expected.published === null) {
      // no machine-readable date anywhere: refused with a clear message, never guessed
      expect(!result!.ok && result!.error.message).toMatch(/no publication date/);
      return;
    }
    expect(result!.ok, JSON.stringify(result)).toBe(true);
    if (!result!.ok) return;
    const article = result!.article;
    expect(article.published).toBe(expected.published);
    expect(article.date).toBe(expected.published.slice(0, 10));
    expect(looseWords(article.title ?? '')).toContain(looseWords(expected.title));
    expect(article.text.length).toBeGreaterThan(500);
  });
});

describe.skipIf(feedCases.length === 0)('feeds', () => {
  it.each(feedCases.map((c) => [c.file, c] as const))('%s', async (_file, expected) => {
    const results = await readAll(`${SAMPLES}feeds/${expected.file}`);
    if (expected.format.startsWith('not-a-feed')) {
      expect(results).toHaveLength(1);
      expect(!results[0]!.ok && results[0]!.error.message).toMatch(/not an RSS or Atom feed/);
      return;
    }
    expect(results).toHaveLength(expected.items);
    const first = results[0]!;
    if (!expected.first_date && !expected.first_date_raw) {
      // an undated item: the feed's own date, or an error naming the item
      if (!first.ok) expect(first.error).toMatchObject({ line: 1, message: expect.stringMatching(/item 1 has no date/) });
      return;
    }
    expect(first.ok, JSON.stringify(first)).toBe(true);
    if (!first.ok) return;
    const article = first.article;
    if (expected.first_date) {
      expect(article.published).toBe(expected.first_date);
      expect(article.date).toBe(expected.first_date.slice(0, 10));
    } else {
      // a date the reference script could not read (localised names): the day is still right
      expect(expected.first_date_raw).toContain(String(Number(article.date.slice(8, 10))));
    }
    const legacyEncoding = !expected.well_formed || !/^utf-?8$/i.test(expected.declared_encoding ?? 'utf-8');
    if (legacyEncoding && !/[<&]/.test(expected.first_title ?? '')) {
      expect(article.title).toBe(expected.first_title);
    } else {
      expect(looseWords(article.title ?? '')).toBe(looseWords(expected.first_title ?? ''));
    }
    expect(article.text.length).toBeGreaterThan(0);
  });
});

const GOLD_DEV = new URL('../../../shared/gold/dev/', import.meta.url).pathname;

describe.skipIf(!existsSync(GOLD_DEV))('gold dev files', () => {
  it('read as articles named by their id, with the text exactly as annotated', async () => {
    const results = await readAll(GOLD_DEV);
    const files = (await import('node:fs')).readdirSync(GOLD_DEV).filter((f) => f.endsWith('.json'));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results).toHaveLength(files.length);
    for (const file of files) {
      const gold = JSON.parse(readFileSync(`${GOLD_DEV}${file}`, 'utf8')) as { id: string; date: string; text: string };
      const found = results.find((r) => r.ok && r.article.name === gold.id);
      expect(found && found.ok && found.article.text === gold.text && found.article.date === gold.date, file).toBe(true);
    }
  });
});
