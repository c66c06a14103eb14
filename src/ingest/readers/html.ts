import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { articleId } from '../article.js';
import { parseSourceDate, type ParsedDate } from '../dates.js';
import { absoluteUrl, nodeToText } from '../html-text.js';
import type { Reader, ReaderInput } from '../registry.js';
import { failure, success, type ReadResult } from '../result.js';

const requireCjs = createRequire(import.meta.url);
let readabilityClass: typeof ReadabilityClass | null = null;
function Readability(): typeof ReadabilityClass {
  readabilityClass ??= (requireCjs('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability;
  return readabilityClass;
}

/**
 * <meta> names and properties that carry a publication date, most trusted first. Modification
 * dates are deliberately absent: a page's update time is not when it was published.
 */
const DATE_META_KEYS = [
  'article:published_time', 'article:published', 'og:article:published_time', 'og:published_time',
  'article:publicationdate', 'article:publication_date', 'publication_date', 'dc.date.issued',
  'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'parsely-pub-date',
  'sailthru.date', 'published_at', 'publish-date', 'publishdate', 'pubdate', 'date',
];

/** schema.org item types whose datePublished is not the article's (embedded media, comments, reviews). */
const OTHER_ITEM_TYPE = /(Video|Image|Audio|Media)Object|Clip|Photograph|Comment|Review/i;

function metaDates(doc: Document): string[] {
  const byKey = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    if (key && !byKey.has(key)) byKey.set(key, meta.getAttribute('content') ?? '');
  }
  return DATE_META_KEYS.flatMap((k) => (byKey.has(k) ? [byKey.get(k)!] : []));
}

function jsonLdDates(doc: Document): string[] {
  const found: string[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 6 || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Record<string, unknown>;
    const type = String(obj['@type'] ?? '');
    if (typeof obj.datePublished === 'string' && !OTHER_ITEM_TYPE.test(type)) found.push(obj.datePublished);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
    if (obj.mainEntity) visit(obj.mainEntity, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // pages ship broken JSON-LD; other date sources remain
    }
  }
  return found;
}

/** itemprop=datePublished outside embedded media, comment and review items, in document order. */
function microdataDates(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('[itemprop~="datePublished"]'))
    .filter((el) => {
      const scope = el.parentElement?.closest('[itemscope]');
      return !scope || !OTHER_ITEM_TYPE.test(scope.getAttribute('itemtype') ?? '');
    })
    .map((el) => el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '');
}

function timeElementDates(doc: Document): string[] {
  const times = Array.from(doc.querySelectorAll('time[datetime]'));
  const pubdate = times.filter((t) => t.hasAttribute('pubdate'));
  return [...pubdate, ...times].map((t) => t.getAttribute('datetime') ?? '');
}

/** The first candidate that parses as a date, in order of trust. */
function firstDate(candidates: Iterable<string | null | undefined>): ParsedDate | null {
  for (const c of candidates) {
    const parsed = parseSourceDate(c);
    if (parsed) return parsed;
  }
  return null;
}

interface PageMeta {
  dates: string[];
  url: string | null;
  site: string | null;
  title: string | null;
}

/** Read before Readability runs: it rewrites the document. */
function pageMeta(doc: Document): PageMeta {
  const attr = (selector: string, name: string) => doc.querySelector(selector)?.getAttribute(name)?.trim() || null;
  return {
    dates: [...metaDates(doc), ...jsonLdDates(doc), ...microdataDates(doc), ...timeElementDates(doc)],
    url: absoluteUrl(attr('link[rel="canonical"][href]', 'href') ?? attr('meta[property="og:url"]', 'content')),
    site: attr('meta[property="og:site_name"]', 'content'),
    title: attr('meta[property="og:title"]', 'content') ?? (doc.title.trim() || null),
  };
}

function readHtml(input: ReaderInput): ReadResult[] {
  const { path, name, options } = input;
  const doc = input.html.parsePage(input.text);
  {
    const meta = pageMeta(doc);
    const Reader = Readability();
    const parsed = new Reader(doc, { serializer: (node: Node) => node }).parse();
    const text = parsed?.content ? nodeToText(parsed.content) : '';
    if (!text) return [failure(path, `${path}: no article text found in the page`)];
    const dated = firstDate([parsed?.publishedTime, ...meta.dates]);
    const date = dated?.date ?? options.date;
    if (!date) return [failure(path, `${path}: no publication date in the page; give a date (--date)`)];
    return [
      success({
        id: articleId(text),
        name,
        date,
        published: dated?.published ?? null,
        text,
        title: parsed?.title?.trim() || meta.title,
        url: meta.url,
        source: parsed?.siteName?.trim() || meta.site,
        origin: { path },
      }),
    ];
  }
}

const HTML_SNIFF = /^\uFEFF?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** Saved news pages: main text by Readability, title and publication date from the page's metadata. */
export const htmlReader: Reader = {
  format: 'html',
  markup: 'html',
  extensions: ['html', 'htm', 'xhtml', 'shtml'],
  sniff: (head) => HTML_SNIFF.test(head),
  read: readHtml,
};
