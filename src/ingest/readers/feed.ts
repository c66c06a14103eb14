import { XMLParser } from 'fast-xml-parser';
import { articleId } from '../article.js';
import { parseSourceDate, type ParsedDate } from '../dates.js';
import { absoluteUrl } from '../html-text.js';
import type { Reader, ReaderInput } from '../registry.js';
import { failure, success, type ReadResult } from '../result.js';

type XmlNode = Record<string, unknown>;

/** Elements whose content may be (escaped or inline) HTML: kept raw, decoded once by us. */
const RAW_ELEMENTS = ['description', 'content', 'summary', 'content:encoded', 'encoded', 'atom:content', 'atom:summary'];

function newParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    stopNodes: RAW_ELEMENTS.map((e) => `*.${e}`),
  });
}

const localName = (key: string) => key.slice(key.indexOf(':') + 1);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** Children of `node` with one of these local names (namespace prefix ignored), in the given order of preference. */
function children(node: XmlNode, names: string[]): unknown[] {
  const keys = Object.keys(node);
  return names.flatMap((name) => {
    const exact = keys.filter((k) => k === name);
    const prefixed = name.includes(':') ? [] : keys.filter((k) => k !== name && localName(k) === name && !k.startsWith('@_'));
    return [...exact, ...prefixed].flatMap((k) => asArray(node[k]));
  });
}

/** The character data of an element value as fast-xml-parser gives it (string, or object with #text). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return textOf((value as XmlNode)['#text']);
  return '';
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Raw element content → its character data: CDATA unwrapped, XML entities decoded, markup kept. */
export function decodeRawXml(raw: string): string {
  return raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((part) =>
    part.startsWith('<![CDATA[')
      ? part.slice(9, -3)
      : part.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (all, e: string) => {
          if (e[0] !== '#') return XML_ENTITIES[e.toLowerCase()] ?? all;
          const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
        }),
  ).join('');
}

function firstText(node: XmlNode, names: string[]): string {
  for (const value of children(node, names)) {
    const text = textOf(value).trim();
    if (text) return text;
  }
  return '';
}

interface FeedShape {
  kind: 'rss' | 'rdf' | 'atom';
  channel: XmlNode;
  items: XmlNode[];
}

/** Find rss / rdf:RDF / feed anywhere near the top (an Atom feed may sit inside an XHTML page). */
function findFeed(doc: XmlNode, depth = 0): FeedShape | null {
  for (const [key, value] of Object.entries(doc)) {
    if (key.startsWith('@_') || key.startsWith('?') || typeof value !== 'object' || value === null) continue;
    const node = (Array.isArray(value) ? value[0] : value) as XmlNode;
    if (typeof node !== 'object' || node === null) continue;
    const name = localName(key);
    if (name === 'rss') {
      const channel = (children(node, ['channel'])[0] as XmlNode | undefined) ?? {};
      return { kind: 'rss', channel, items: children(channel, ['item']) as XmlNode[] };
    }
    if (name === 'RDF') {
      const channel = (children(node, ['channel'])[0] as XmlNode | undefined) ?? {};
      const items = [...children(node, ['item']), ...children(channel, ['item'])] as XmlNode[];
      return { kind: 'rdf', channel, items };
    }
    if (name === 'feed') return { kind: 'atom', channel: node, items: children(node, ['entry']) as XmlNode[] };
    if (depth < 3) {
      const inner = findFeed(node, depth + 1);
      if (inner) return inner;
    }
  }
  return null;
}

function rootName(doc: XmlNode): string {
  return Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#') && !k.startsWith('@_')) ?? 'none';
}

const ITEM_DATE_FIELDS = ['pubDate', 'dc:date', 'date', 'published', 'issued', 'created', 'updated', 'modified'];
const FEED_DATE_FIELDS = ['pubDate', 'dc:date', 'date', 'lastBuildDate', 'published', 'updated', 'modified'];

function dateOf(node: XmlNode, fields: string[]): { parsed: ParsedDate | null; raw: string | null } {
  let raw: string | null = null;
  for (const value of children(node, fields)) {
    const text = textOf(value).trim();
    if (!text) continue;
    raw ??= text;
    const parsed = parseSourceDate(text);
    if (parsed) return { parsed, raw: text };
  }
  return { parsed: null, raw };
}

function linkOf(item: XmlNode): string | null {
  for (const link of children(item, ['link'])) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    if (link && typeof link === 'object') {
      const l = link as XmlNode;
      const rel = typeof l['@_rel'] === 'string' ? l['@_rel'] : 'alternate';
      if (rel === 'alternate' && typeof l['@_href'] === 'string') return l['@_href'];
      const text = textOf(l).trim();
      if (text) return text;
    }
  }
  const guid = children(item, ['guid'])[0];
  const permalink = guid && typeof guid === 'object' ? (guid as XmlNode)['@_isPermaLink'] !== 'false' : true;
  const guidText = textOf(guid).trim();
  return permalink && /^https?:\/\//.test(guidText) ? guidText : null;
}

/** First non-empty body in order of fullness; HTML is reduced to text. */
function bodyOf(item: XmlNode, input: ReaderInput): string {
  for (const value of children(item, ['content:encoded', 'encoded', 'content', 'description', 'summary'])) {
    const html = decodeRawXml(textOf(value));
    const text = html.trim() ? input.html.snippetToText(html) : '';
    if (text) return text;
  }
  return '';
}

function readFeed(input: ReaderInput): ReadResult[] {
  const { path, name, options } = input;
  let doc: XmlNode;
  try {
    doc = newParser().parse(input.text.replace(/^\uFEFF?\s+/, '')) as XmlNode;
  } catch (err) {
    return [failure(path, `${path}: unreadable XML (${(err as Error).message})`)];
  }
  const feed = findFeed(doc);
  if (!feed) return [failure(path, `${path}: not an RSS or Atom feed (root <${rootName(doc)}>)`)];
  if (feed.items.length === 0) return [failure(path, `${path}: the feed has no items`)];

  const feedTitle = input.html.snippetToText(firstText(feed.channel, ['title'])) || null;
  const feedDate = dateOf(feed.channel, FEED_DATE_FIELDS).parsed;
  const feedLink = absoluteUrl(linkOf(feed.channel));
  return feed.items.map((item, index) => {
    const line = index + 1;
    if (typeof item !== 'object' || item === null) return failure(path, `${path}: item ${line} is empty`, line);
    const title = input.html.snippetToText(firstText(item, ['title'])) || null;
    const text = bodyOf(item, input) || title || '';
    if (!text) return failure(path, `${path}: item ${line} has no title or text`, line);
    const own = dateOf(item, ITEM_DATE_FIELDS);
    const dated = own.parsed ?? feedDate;
    const date = dated?.date ?? options.date;
    if (!date) {
      const why = own.raw ? `an unreadable date "${own.raw}"` : 'no date';
      return failure(path, `${path}: item ${line} has ${why} and the feed gives none; give a date (--date)`, line);
    }
    return success({
      id: articleId(text),
      name: `${name}#${line}`,
      date,
      published: dated?.published ?? null,
      text,
      title,
      url: absoluteUrl(linkOf(item), feedLink),
      source: feedTitle,
      origin: { path, line },
    });
  });
}

const FEED_ROOT = /<(rss|feed|rdf:RDF)[\s>]/;

/** RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom: one article per item. */
export const feedReader: Reader = {
  format: 'feed',
  markup: 'xml',
  extensions: ['rss', 'atom', 'rdf', 'xml'],
  sniff: (head) => FEED_ROOT.test(head),
  read: readFeed,
};
