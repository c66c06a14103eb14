/**
 * Ingest: turn files, directories, .gz, stdin or an in-memory payload into Articles.
 * Formats: seed-format text ("date YYYY-MM-DD" header), JSONL / JSON (gold files), saved HTML
 * pages, RSS 0.9x / 2.0 / 1.0 (RDF) and Atom feeds. Bad input never throws: every problem is
 * a ReadResult error naming the path (and line or item number).
 */
import { HtmlToolkit } from './html-text.js';
import { feedReader } from './readers/feed.js';
import { htmlReader } from './readers/html.js';
import { recordsReader } from './readers/records.js';
import { textReader } from './readers/text.js';
import { ReaderRegistry } from './registry.js';
import { failure, type ReadOptions, type ReadResult } from './result.js';
import { expandPaths, readInput, readText, type ReadContext } from './sources.js';
import { isCalendarDate } from './dates.js';

export type { ReadError, ReadOptions, ReadResult } from './result.js';
export type { Article, Origin } from './article.js';
export { articleId, normaliseForIdentity } from './article.js';
export { ReaderRegistry, type Reader, type ReaderInput } from './registry.js';
export { parseSourceDate } from './dates.js';

/** The built-in readers, in sniffing order; header-less text is the fallback. */
export function createReaderRegistry(): ReaderRegistry {
  return new ReaderRegistry(textReader).register(textReader).register(recordsReader).register(feedReader).register(htmlReader);
}

function context(options: ReadOptions): ReadContext {
  return { registry: createReaderRegistry(), options, html: new HtmlToolkit() };
}

function badOption(options: ReadOptions): string | null {
  return options.date !== undefined && !isCalendarDate(options.date) ? `bad --date "${options.date}" (want YYYY-MM-DD)` : null;
}

/** Streams articles (and per-file/per-line errors) from files, directories, .gz and '-' (stdin). Never throws for bad input. */
export async function* readArticles(paths: string[], options: ReadOptions = {}): AsyncIterable<ReadResult> {
  const problem = badOption(options);
  if (problem) {
    yield failure('(options)', problem);
    return;
  }
  const ctx = context(options);
  for await (const input of expandPaths(paths, ctx.registry.extensions())) {
    yield* readInput(input, ctx);
  }
}

/** Parse one in-memory payload (used by the HTTP API's POST /api/articles): JSON object, JSONL batch, or seed-format text. */
export function readPayload(body: string, options: ReadOptions & { name?: string } = {}): ReadResult[] {
  const { name = 'payload', ...readOptions } = options;
  const problem = badOption(readOptions);
  if (problem) return [failure(name, problem)];
  return readText(name, name, body, context(readOptions));
}

/** How many files readArticles will visit (for a progress bar). */
export async function countInputs(paths: string[]): Promise<number> {
  let count = 0;
  for await (const _ of expandPaths(paths, createReaderRegistry().extensions())) count++;
  return count;
}
