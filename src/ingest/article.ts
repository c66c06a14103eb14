import { createHash } from 'node:crypto';

/** Where an article came from, so errors and reports can name the file and line. */
export interface Origin {
  path: string;
  /** 1-based line for line-oriented formats (JSONL); item index for feeds */
  line?: number;
}

/** One dated news article, as every reader produces it. */
export interface Article {
  /** hash of the normalised text: the same article ingested twice has the same id */
  id: string;
  /** caller's id: the file name without extension, or the JSONL `id` */
  name: string;
  /** publication date, YYYY-MM-DD: the reference for every relative time expression */
  date: string;
  /** full publication timestamp when the source gives one (ISO 8601) */
  published: string | null;
  text: string;
  title: string | null;
  url: string | null;
  /** outlet name or domain */
  source: string | null;
  origin: Origin;
}

/** Whitespace-collapsed, case-folded text: the basis of article identity. */
export function normaliseForIdentity(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function articleId(text: string): string {
  return createHash('sha256').update(normaliseForIdentity(text)).digest('hex').slice(0, 16);
}
