import { articleId } from '../article.js';
import { isCalendarDate } from '../dates.js';
import type { Reader, ReaderInput } from '../registry.js';
import { failure, success, type ReadResult } from '../result.js';

/** "date 2021-12-11" at the start, optionally after whitespace; the text may follow on the same line. */
const HEADER = /^\s*date[ \t]+(\d\S*)[ \t]*(?:\r?\n)?/i;
const HEADER_SNIFF = /^\uFEFF?\s*date[ \t]+\d{4}-\d{2}-\d{2}(\s|$)/i;

export function splitDateHeader(text: string): { date: string; body: string } | null {
  const m = HEADER.exec(text.replace(/^\uFEFF/, ''));
  if (!m) return null;
  return { date: m[1]!, body: text.replace(/^\uFEFF/, '').slice(m[0].length) };
}

function readText(input: ReaderInput): ReadResult[] {
  const { path, name, options } = input;
  const header = splitDateHeader(input.text);
  const date = header?.date ?? options.date;
  if (date === undefined) {
    return [failure(path, `${path}: no "date YYYY-MM-DD" header; give a date (--date) to read header-less text`)];
  }
  if (!isCalendarDate(date)) return [failure(path, `${path}: bad date "${date}" (want YYYY-MM-DD)`)];
  const text = (header ? header.body : input.text).trim();
  if (!text) return [failure(path, `${path}: no article text after the date header`)];
  return [
    success({
      id: articleId(text),
      name,
      date,
      published: null,
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
