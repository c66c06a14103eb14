import { articleId } from '../article.js';
import { isCalendarDate, parseSourceDate } from '../dates.js';
import type { Reader, ReaderInput } from '../registry.js';
import { failure, success, type ReadResult } from '../result.js';

/** "date 2021-12-11" (or "date: …") at the start, optionally after whitespace; the text may follow on the same line. */
const HEADER = /^\s*date:?[ \t]+(\d\S*)[ \t]*(?:\r?\n)?/i;
const HEADER_SNIFF = /^\uFEFF?\s*date:?[ \t]+\d{4}-\d{2}-\d{2}(\s|T|$)/i;

export function splitDateHeader(text: string): { date: string; body: string } | null {
  const m = HEADER.exec(text.replace(/^\uFEFF/, ''));
  if (!m) return null;
  return { date: m[1]!, body: text.replace(/^\uFEFF/, '').slice(m[0].length) };
}

function readText(input: ReaderInput): ReadResult[] {
  const { path, name, options } = input;
  const header = splitDateHeader(input.text);
  const raw = header?.date ?? options.date;
  if (raw === undefined) {
    return [failure(path, `${path}: no "date YYYY-MM-DD" header; give a date (--date) to read header-less text`)];
  }
  // the header may carry a full timestamp ("date 2021-12-11T09:30:00+09:00")
  const parsed = isCalendarDate(raw) ? { date: raw, published: null } : /^\d{4}-\d{2}-\d{2}T/.test(raw) ? parseSourceDate(raw) : null;
  if (!parsed) return [failure(path, `${path}: bad date "${raw}" (want YYYY-MM-DD)`)];
  const text = (header ? header.body : input.text).trim();
  if (!text) return [failure(path, `${path}: no article text after the date header`)];
  return [
    success({
      id: articleId(text),
      name,
      date: parsed.date,
      published: parsed.published,
      text,
      title: null,
      url: null,
      source: null,
      origin: { path },
    }),
  ];
}

/** Plain text in the seed format: `date YYYY-MM-DD` then the article. Also the fallback reader. */
export const textReader: Reader = {
  format: 'text',
  markup: 'text',
  extensions: ['txt', 'text'],
  sniff: (head) => HEADER_SNIFF.test(head),
  read: readText,
};
