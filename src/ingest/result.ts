import type { Article } from './article.js';

/** A problem with one input: a whole file, or one line / feed item of it. */
export interface ReadError {
  path: string;
  /** 1-based line (JSONL) or item number (feeds) */
  line?: number;
  message: string;
}

export type ReadResult = { ok: true; article: Article } | { ok: false; error: ReadError };

export interface ReadOptions {
  /** fallback date (YYYY-MM-DD) for header-less text and pages or items without a date */
  date?: string;
}

export const success = (article: Article): ReadResult => ({ ok: true, article });

export function failure(path: string, message: string, line?: number): ReadResult {
  return { ok: false, error: line === undefined ? { path, message } : { path, line, message } };
}
