/** The bundled examples (the demo data and bench corpus) all read cleanly through every reader. */
import { describe, expect, it } from 'vitest';
import { readArticles, type ReadResult } from './index.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

describe('examples/', () => {
  it('gives 12 dated articles of 120-300 words from six formats, with no errors', async () => {
    const results: ReadResult[] = [];
    for await (const r of readArticles([EXAMPLES])) results.push(r);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const articles = results.flatMap((r) => (r.ok ? [r.article] : []));
    expect(articles).toHaveLength(12);
    for (const a of articles) {
      const words = a.text.split(/\s+/).length;
      expect(words, a.name).toBeGreaterThanOrEqual(120);
      expect(words, a.name).toBeLessThanOrEqual(300);
    }
    expect(new Set(articles.map((a) => a.id)).size).toBe(12);
    const extensions = new Set(articles.map((a) => a.origin.path.replace(/^.*?\.(?=[a-z.]+$)/, '')));
    expect(extensions).toEqual(new Set(['txt', 'txt.gz', 'jsonl', 'html', 'xml', 'atom']));
  });

  it('holds a syndicated copy: the same paragraphs under another headline, last one cut', async () => {
    const byName = new Map<string, string>();
    for await (const r of readArticles([`${EXAMPLES}08-harbour-wire-feed.xml`, `${EXAMPLES}09-lakeside-herald.atom`])) {
      if (r.ok) byName.set(r.article.name, r.article.text);
    }
    const original = byName.get('08-harbour-wire-feed#1')!.split('\n\n');
    const copy = byName.get('09-lakeside-herald#1')!.split('\n\n');
    expect(copy).toHaveLength(original.length - 1);
    expect(copy.slice(1)).toEqual(original.slice(1, -1));
  });
});
