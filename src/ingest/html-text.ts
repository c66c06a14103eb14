import { createRequire } from 'node:module';

// linkedom (a fast DOM; Readability gives the same output on it as on jsdom, ~10x sooner) is
// loaded on first use, so reading text and JSONL never pays for it.
const requireCjs = createRequire(import.meta.url);
type ParseHtml = (html: string) => { document: unknown };

/** Elements whose text is not prose: scripts, styles, embedded media, captions, controls. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO',
  'OBJECT', 'EMBED', 'BUTTON', 'SELECT', 'TEXTAREA', 'FIGURE', 'FIGCAPTION', 'HEAD',
]);

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
  'BODY', 'HTML',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const FRAGMENT_NODE = 11;

/**
 * Plain text of a DOM subtree: whitespace collapsed inside paragraphs, paragraphs separated by
 * a blank line, <br> as a line break.
 */
export function nodeToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const lines = current.split('\n').map((l) => l.replace(/[ \t\f\r\u00a0]+/g, ' ').trim());
    const paragraph = lines.filter((l) => l).join('\n');
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== FRAGMENT_NODE) return;
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    const children = tag === 'TEMPLATE' ? [] : Array.from(node.childNodes);
    for (const child of children) walk(child);
    if (tag === 'TD' || tag === 'TH') current += ' ';
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Plain text with blank-line paragraph breaks kept and other whitespace collapsed. */
export function plainParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p)
    .join('\n\n');
}

/**
 * Owns the lazily loaded DOM implementation: full pages for the HTML reader, and HTML snippets
 * (feed descriptions, titles) turned into text.
 */
export class HtmlToolkit {
  private parseHtml: ParseHtml | null = null;

  /** Parse a page into a DOM Document (no scripts run, nothing fetched). */
  parsePage(html: string): Document {
    this.parseHtml ??= (requireCjs('linkedom') as { parseHTML: ParseHtml }).parseHTML;
    return this.parseHtml(html).document as Document;
  }

  /** Text of an HTML snippet: tags stripped, entities decoded, paragraphs kept. */
  snippetToText(html: string): string {
    if (!/[<&]/.test(html)) return plainParagraphs(html);
    const doc = this.parsePage(`<!doctype html><html><head></head><body>${html}</body></html>`);
    return doc.body ? nodeToText(doc.body) : plainParagraphs(html);
  }
}

/** An absolute URL for href (relative to base when given); protocol-relative URLs get https. */
export function absoluteUrl(href: string | null | undefined, base?: string | null): string | null {
  const h = href?.trim();
  if (!h) return null;
  try {
    return new URL(h.startsWith('//') ? `https:${h}` : h, base ?? undefined).href;
  } catch {
    return h;
  }
}
