import { articleId } from '../article.js';
import { isCalendarDate, parseSourceDate } from '../dates.js';
import type { Reader, ReaderInput } from '../registry.js';
import { failure, success, type ReadOptions, type ReadResult } from '../result.js';

export const LINE_EXTENSIONS = ['jsonl', 'ndjson'];

function optionalString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

/** The first present field among a name and its aliases used by common news APIs and dumps. */
function field(record: Record<string, unknown>, names: string[]): unknown {
  for (const name of names) {
    const value = record[name];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

const TEXT_FIELDS = ['text', 'body', 'content'];
const PUBLISHED_FIELDS = ['published', 'publishedAt', 'datePublished', 'pubDate'];

/** `source` as a string, or an object such as `{ "name": "Example Times" }`. */
function sourceName(value: unknown): string | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) return optionalString((value as Record<string, unknown>).name);
  return optionalString(value);
}

type Dated = { date: string; published: string | null } | { error: string };

/** `date` (a day) and/or `published` (a timestamp); either may be any date a source writes. */
function recordDate(record: Record<string, unknown>, options: ReadOptions): Dated {
  const rawDate = field(record, ['date']);
  const rawPublished = field(record, PUBLISHED_FIELDS);
  if (rawDate === undefined && rawPublished === undefined) {
    if (options.date !== undefined) return { date: options.date, published: null };
    return { error: 'missing date (give "date" or "published")' };
  }
  const published = rawPublished === undefined ? null : parseSourceDate(String(rawPublished));
  if (rawPublished !== undefined && !published) return { error: `bad published date "${String(rawPublished)}"` };
  if (rawDate === undefined) return published!;
  const day = typeof rawDate === 'string' && isCalendarDate(rawDate.trim()) ? { date: rawDate.trim(), published: null } : parseSourceDate(String(rawDate));
  if (!day) return { error: `bad date "${String(rawDate)}"` };
  return { date: day.date, published: published?.published ?? day.published };
}

/**
 * One JSON object → Article. Fields: text, date or published, optional id, url, title, source
 * (the gold format's extra fields are ignored). Common aliases are read too: body/content,
 * publishedAt/datePublished/pubDate, headline, link, source as {name}.
 */
export function recordToResult(value: unknown, path: string, fallbackName: string, options: ReadOptions, line?: number): ReadResult {
  const where = line === undefined ? path : `${path}:${line}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure(path, `${where}: not a JSON object`, line);
  }
  const record = value as Record<string, unknown>;
  const text = field(record, TEXT_FIELDS);
  if (typeof text !== 'string' || !text.trim()) return failure(path, `${where}: missing "text"`, line);
  const dated = recordDate(record, options);
  if ('error' in dated) return failure(path, `${where}: ${dated.error}`, line);
  return success({
    id: articleId(text),
    name: optionalString(record.id) ?? fallbackName,
    date: dated.date,
    published: dated.published,
    text,
    title: optionalString(field(record, ['title', 'headline'])),
    url: optionalString(field(record, ['url', 'link'])),
    source: sourceName(record.source),
    origin: line === undefined ? { path } : { path, line },
  });
}

/** One JSONL line (1-based number) → a result, or null for a blank line. */
export function readJsonLine(raw: string, line: number, path: string, name: string, options: ReadOptions): ReadResult | null {
  if (!raw.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return failure(path, `${path}:${line}: invalid JSON (${(err as Error).message})`, line);
  }
  return recordToResult(value, path, `${name}#${line}`, options, line);
}

/** One article per line; a bad line is an error carrying its line number, the rest still read. */
export function readJsonLines(text: string, path: string, name: string, options: ReadOptions): ReadResult[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .flatMap((raw, index) => readJsonLine(raw, index + 1, path, name, options) ?? []);
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  return lines.length > 1 && lines.every((l) => /^\s*[{[]/.test(l));
}

function readJson(input: ReaderInput): ReadResult[] {
  const { path, name, text, options } = input;
  if (LINE_EXTENSIONS.includes(input.extension)) return readJsonLines(text, path, name, options);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    if (looksLikeJsonLines(text)) return readJsonLines(text, path, name, options);
    return [failure(path, `${path}: invalid JSON (${(err as Error).message})`)];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [failure(path, `${path}: empty JSON array`)];
    return value.map((item, i) => recordToResult(item, path, `${name}#${i + 1}`, options, i + 1));
  }
  const wrapped = wrappedRecords(value);
  if (wrapped) return wrapped.map((item, i) => recordToResult(item, path, `${name}#${i + 1}`, options, i + 1));
  return [recordToResult(value, path, name, options)];
}

/** `{ "articles": [...] }` and similar API dumps: the array of records inside. */
function wrappedRecords(value: unknown): unknown[] | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (field(record, TEXT_FIELDS) !== undefined) return null;
  for (const key of ['articles', 'items', 'data', 'results']) {
    if (Array.isArray(record[key]) && (record[key] as unknown[]).length > 0) return record[key] as unknown[];
  }
  return null;
}

/** JSON Lines, one JSON article object (the gold format), or an array of them. */
export const recordsReader: Reader = {
  format: 'json',
  markup: 'text',
  extensions: ['json', ...LINE_EXTENSIONS],
  sniff: (head) => /^\uFEFF?\s*[{[]/.test(head),
  read: readJson,
};
