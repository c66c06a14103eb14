import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countInputs, readArticles, readPayload, type ReadOptions, type ReadResult } from './index.js';
import type { Article } from './article.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'annals-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function readAll(paths: string[], options?: ReadOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readArticles(paths, options)) out.push(r);
  return out;
}

const articles = (results: ReadResult[]): Article[] => results.flatMap((r) => (r.ok ? [r.article] : []));
const errors = (results: ReadResult[]) => results.flatMap((r) => (r.ok ? [] : [r.error]));

const SUMMIT = 'The foreign ministers of Chile and Peru met in Lima on Monday to discuss fishing rights.';

describe('seed-format text', () => {
  it('reads the header on its own line or on the text line', async () => {
    const own = write('own-line.txt', `date 2022-03-07\n${SUMMIT}\n`);
    const same = write('same-line.txt', `   date 2022-03-07 ${SUMMIT}`);
    const [a, b] = articles(await readAll([own, same]));
    expect(a).toMatchObject({ name: 'own-line', date: '2022-03-07', text: SUMMIT, published: null, origin: { path: own } });
    expect(b).toMatchObject({ name: 'same-line', date: '2022-03-07', text: SUMMIT });
    expect(a!.id).toBe(b!.id);
  });

  it('refuses header-less text naming the file, unless a date is given', async () => {
    const plain = write('plain.txt', SUMMIT);
    const [refused] = await readAll([plain]);
    expect(refused!.ok).toBe(false);
    expect(!refused!.ok && refused!.error.message).toMatch(/plain\.txt.*date/);
    const [read] = articles(await readAll([plain], { date: '2022-03-08' }));
    expect(read).toMatchObject({ date: '2022-03-08', text: SUMMIT });
  });

  it('reports an impossible header date', async () => {
    const bad = write('bad-date.txt', `date 2022-02-30\n${SUMMIT}`);
    expect(errors(await readAll([bad]))[0]?.message).toMatch(/bad date "2022-02-30"/);
  });

  it('reads the real seed file', async () => {
    const seed = new URL('../../../shared/seed/000_3cdf2fd69fd0e6b0.txt', import.meta.url).pathname;
    const [article] = articles(await readAll([seed]));
    expect(article?.date).toBe('2021-12-11');
    expect(article?.text.startsWith('Japanese Foreign Minister')).toBe(true);
    expect(article?.name).toBe('000_3cdf2fd69fd0e6b0');
  });
});

describe('JSONL and JSON', () => {
  const good = (over: Record<string, unknown>) => JSON.stringify({ text: SUMMIT, date: '2022-03-07', ...over });

  it('reads every good line and reports bad ones with path and line', async () => {
    const lines = [
      good({ id: 'first', title: 'Ministers meet', url: 'https://example.org/a', source: 'Example Wire' }),
      '{"text": "broken',
      JSON.stringify({ text: 'No date here.' }),
      '',
      JSON.stringify({ text: 'A bad date.', date: '2022-14-40' }),
      good({ published: '2015-03-13T21:30:09+11:00', date: undefined, text: 'Published only.' }),
      JSON.stringify({ date: '2022-03-07' }),
      '[1, 2]',
    ];
    const path = write('batch.jsonl', lines.join('\n'));
    const results = await readAll([path]);
    expect(results).toHaveLength(7);
    const ok = articles(results);
    expect(ok.map((a) => a.name)).toEqual(['first', 'batch#6']);
    expect(ok[0]).toMatchObject({ title: 'Ministers meet', url: 'https://example.org/a', source: 'Example Wire', origin: { path, line: 1 } });
    expect(ok[1]).toMatchObject({ date: '2015-03-13', published: '2015-03-13T21:30:09+11:00' });
    const errs = errors(results);
    expect(errs.map((e) => e.line)).toEqual([2, 3, 5, 7, 8]);
    expect(errs.every((e) => e.path === path && e.message.startsWith(`${path}:${e.line}:`))).toBe(true);
    expect(errs[0]!.message).toMatch(/invalid JSON/);
    expect(errs[1]!.message).toMatch(/missing date/);
    expect(errs[2]!.message).toMatch(/bad date/);
    expect(errs[3]!.message).toMatch(/missing "text"/);
  });

  it('reads a gold-format object and an array of them', async () => {
    const gold = write('gold-one.json', JSON.stringify({ id: 'peru-chile', date: '2022-03-07', text: SUMMIT, story: 's', events: [] }, null, 2));
    const many = write('gold-many.json', JSON.stringify([{ id: 'a', date: '2022-03-07', text: 'One.' }, { date: '2022-03-08', text: 'Two.' }]));
    const results = await readAll([gold, many]);
    expect(articles(results).map((a) => [a.name, a.date])).toEqual([
      ['peru-chile', '2022-03-07'],
      ['a', '2022-03-07'],
      ['gold-many#2', '2022-03-08'],
    ]);
  });

  it('reports a JSONL file with nothing but blank lines', async () => {
    const blank = write('blank.jsonl', '\n  \n\n');
    expect(errors(await readAll([blank]))[0]!.message).toMatch(/blank\.jsonl: empty file/);
  });

  it('reports a broken .json file', async () => {
    const broken = write('broken.json', '{"text": "unterminated');
    expect(errors(await readAll([broken]))[0]!.message).toMatch(/broken\.json: invalid JSON/);
  });
});

describe('readPayload', () => {
  it('sniffs a JSON object, a JSONL batch and seed text', () => {
    expect(readPayload(JSON.stringify({ text: SUMMIT, date: '2022-03-07' }))[0]).toMatchObject({ ok: true, article: { name: 'payload' } });
    const batch = readPayload([{ text: 'A.', date: '2022-03-07' }, { text: 'B.', date: '2022-03-08' }].map((r) => JSON.stringify(r)).join('\n'), { name: 'upload' });
    expect(articles(batch).map((a) => a.name)).toEqual(['upload#1', 'upload#2']);
    expect(readPayload(`date 2022-03-07\n${SUMMIT}`)[0]).toMatchObject({ ok: true, article: { date: '2022-03-07' } });
    expect(readPayload(SUMMIT, { date: '2022-03-09' })[0]).toMatchObject({ ok: true, article: { date: '2022-03-09' } });
    expect(readPayload(SUMMIT)[0]!.ok).toBe(false);
    expect(readPayload('   ')[0]!.ok).toBe(false);
    expect(readPayload(SUMMIT, { date: 'tomorrow' })[0]!.ok).toBe(false);
  });
});

const PAGE = (charsetMeta: string, body: string) => `<!DOCTYPE html>
<html><head>${charsetMeta}
<title>Border talks | Example Times</title>
<meta property="og:site_name" content="Example Times">
<link rel="canonical" href="https://example.com/world/border-talks">
<meta property="article:modified_time" content="2023-05-02T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Border talks resume","datePublished":"2023-04-30T18:15:00+02:00"}</script>
<style>body { color: black }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Border talks resume</h1>
${body}
</article>
<footer>Copyright Example Times</footer>
<script>window.tracker = "should not appear";</script>
</body></html>`;

const PARAGRAPHS = [
  'Negotiators from Armenia and Azerbaijan resumed talks in Washington on Sunday, the State Department said in a statement released after the first session.',
  'The delegations discussed the demarcation of the border and the return of detainees, according to two officials briefed on the meeting, who spoke on condition of anonymity.',
  'A further round is planned for next month in Brussels. Neither side commented on a possible meeting of the two leaders before the end of the year, and the café where reporters waited stayed open late.',
];

describe('HTML pages', () => {
  it('extracts main text, title, site, canonical URL and the JSON-LD publication date', async () => {
    const path = write('border-talks.html', PAGE('<meta charset="utf-8">', PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')));
    const [article] = articles(await readAll([path]));
    expect(article).toMatchObject({
      name: 'border-talks',
      date: '2023-04-30',
      published: '2023-04-30T18:15:00+02:00',
      source: 'Example Times',
      url: 'https://example.com/world/border-talks',
    });
    expect(article!.title).toMatch(/Border talks/);
    expect(article!.text).toContain(PARAGRAPHS[0]);
    expect(article!.text).toContain(`${PARAGRAPHS[1]}\n\n${PARAGRAPHS[2]}`);
    expect(article!.text).not.toMatch(/tracker|color: black|Copyright/);
  });

  it('honours a declared legacy charset', async () => {
    const html = PAGE('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''));
    const path = write('latin.html', iconv.encode(html, 'windows-1252'));
    const [article] = articles(await readAll([path]));
    expect(article!.text).toContain('the café where');
  });

  it('falls back to meta and <time> dates, and refuses a page without any date', async () => {
    const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const withTime = write('time.htm', `<html><head><title>T</title></head><body><article><time datetime="2020-01-05T08:00:00-05:00">Jan 5</time>${body}</article></body></html>`);
    const withMeta = write('meta.html', `<html><head><meta name="DC.date.issued" content="2019-07-01"><title>T</title></head><body><article>${body}</article></body></html>`);
    const dateless = write('dateless.html', `<html><head><title>T</title></head><body><article>${body}</article></body></html>`);
    const results = await readAll([withTime, withMeta, dateless]);
    expect(articles(results).map((a) => a.date)).toEqual(['2020-01-05', '2019-07-01']);
    expect(errors(results)[0]!.message).toMatch(/dateless\.html: no publication date/);
    expect(articles(await readAll([dateless], { date: '2019-07-02' }))[0]!.date).toBe('2019-07-02');
  });
});

const RSS2 = `<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Пример новостей</title><link>https://news.example.ru/</link>
<pubDate>Mon, 06 Mar 2023 10:00:00 +0300</pubDate>
<item><title>Министры встретились в Москве</title><link>/a/1</link>
<description>&lt;p&gt;Short &amp;amp; escaped&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Министры встретились в понедельник.</p><p>Second paragraph &amp; more.</p>]]></content:encoded>
<pubDate>Mon, 06 Mar 2023 09:30:00 +0300</pubDate></item>
<item><title>Without its own date</title><description>Only the feed date applies.</description></item>
<item><title>Bad date</title><description>Text.</description><dc:date>not a date</dc:date></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Wire &amp;lt;Desk&amp;gt;</title>
<entry><title type="html">Ceasefire &lt;b&gt;holds&lt;/b&gt;</title>
<link rel="alternate" href="https://wire.example/ceasefire"/><link rel="edit" href="https://wire.example/edit/1"/>
<updated>2021-05-22T12:00:00Z</updated><published>2021-05-21T02:00:00+03:00</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A truce took effect at <b>2 a.m.</b> on Friday.</p></div></content>
</entry></feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://x.example/"><title>RDF wire</title><items><rdf:Seq><rdf:li rdf:resource="https://x.example/1"/></rdf:Seq></items></channel>
<item rdf:about="https://x.example/1"><title>Summit opens</title><link>https://x.example/1</link><description>Leaders arrived.</description><dc:date>2019-06-28T09:00:00+09:00</dc:date></item>
</rdf:RDF>`;

describe('feeds', () => {
  it('reads RSS 2.0 in a declared encoding, preferring full content, falling back to the feed date', async () => {
    const path = write('wire.xml', iconv.encode(RSS2, 'windows-1251'));
    const results = await readAll([path]);
    expect(results).toHaveLength(3);
    const [first, second] = articles(results);
    expect(first).toMatchObject({
      name: 'wire#1',
      title: 'Министры встретились в Москве',
      date: '2023-03-06',
      published: '2023-03-06T09:30:00+03:00',
      url: 'https://news.example.ru/a/1',
      source: 'Пример новостей',
      origin: { path, line: 1 },
    });
    expect(first!.text).toBe('Министры встретились в понедельник.\n\nSecond paragraph & more.');
    expect(second).toMatchObject({ date: '2023-03-06', text: 'Only the feed date applies.' });
    // an unreadable item date also falls back to the feed's date
    expect(articles(results)[2]).toMatchObject({ date: '2023-03-06' });
  });

  it('reports items without any usable date with the item number', async () => {
    const undated = RSS2.replace(/<pubDate>Mon, 06 Mar 2023 10:00:00 \+0300<\/pubDate>/, '');
    const results = await readAll([write('undated.rss', iconv.encode(undated, 'windows-1251'))]);
    expect(errors(results).map((e) => e.line)).toEqual([2, 3]);
    expect(errors(results)[1]!.message).toMatch(/item 3 has an unreadable date "not a date"/);
  });

  it('reads Atom: html titles decoded, alternate link, published before updated, xhtml content', async () => {
    const [entry] = articles(await readAll([write('wire.atom', ATOM)]));
    expect(entry).toMatchObject({
      title: 'Ceasefire holds',
      url: 'https://wire.example/ceasefire',
      date: '2021-05-21',
      published: '2021-05-21T02:00:00+03:00',
      text: 'A truce took effect at 2 a.m. on Friday.',
      source: 'Wire <Desk>',
    });
  });

  it('reads RSS 1.0 (RDF) items beside the channel, and a UTF-8 BOM', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RDF)]);
    const [item] = articles(await readAll([write('rdf-feed', bom)]));
    expect(item).toMatchObject({ title: 'Summit opens', date: '2019-06-28', text: 'Leaders arrived.', source: 'RDF wire' });
  });

  it('refuses a non-feed named like a feed', async () => {
    const [r] = await readAll([write('moved.rss', '<html><head><title>Moved</title></head><body>Gone</body></html>')]);
    expect(!r!.ok && r!.error.message).toMatch(/not an RSS or Atom feed \(root <html>\)/);
  });
});

describe('paths, gzip, binary data, stdin', () => {
  it('walks directories recursively in sorted order, skipping hidden and foreign files', async () => {
    const root = join(dir, 'tree');
    write('tree/b.txt', `date 2022-01-02\nSecond.`);
    write('tree/a/z.txt', `date 2022-01-01\nFirst.`);
    write('tree/.hidden.txt', `date 2022-01-03\nHidden.`);
    write('tree/.git/c.txt', `date 2022-01-03\nHidden too.`);
    write('tree/notes.md', '# not an article');
    write('tree/c.jsonl', JSON.stringify({ text: 'Third.', date: '2022-01-03' }));
    const results = await readAll([root]);
    expect(articles(results).map((a) => a.text)).toEqual(['First.', 'Second.', 'Third.']);
    expect(await countInputs([root])).toBe(3);
    expect(await countInputs([root, join(root, 'b.txt'), '-'])).toBe(5);
  });

  it('reads gzipped files by magic bytes or extension', async () => {
    const gz = write('zipped.txt.gz', gzipSync(`date 2022-05-05\n${SUMMIT}`));
    const renamed = write('zipped-feed', gzipSync(ATOM));
    const results = await readAll([gz, renamed]);
    expect(articles(results).map((a) => [a.name, a.date])).toEqual([
      ['zipped', '2022-05-05'],
      ['zipped-feed#1', '2021-05-21'],
    ]);
    const corrupt = write('corrupt.txt.gz', Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));
    expect(errors(await readAll([corrupt]))[0]!.message).toMatch(/corrupt\.txt\.gz: corrupt gzip/);
  });

  it('reports binary files and missing paths, and carries on', async () => {
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 256;
    const binary = write('image.txt', random);
    const good = write('after.txt', `date 2022-05-06\n${SUMMIT}`);
    const results = await readAll([binary, join(dir, 'missing.txt'), good]);
    expect(errors(results).map((e) => e.message)).toEqual([
      `${binary}: binary data, not a text article`,
      `${join(dir, 'missing.txt')}: no such file or directory`,
    ]);
    expect(articles(results)).toHaveLength(1);
  });

  it("reads '-' from stdin and sniffs its format", async () => {
    const { spawnSync } = await import('node:child_process');
    const script = `import { readArticles } from ${JSON.stringify(new URL('./index.ts', import.meta.url).pathname)};
      for await (const r of readArticles(['-'])) console.log(JSON.stringify(r));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      input: JSON.stringify({ text: SUMMIT, date: '2022-03-07', id: 'piped' }),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout.trim()) as ReadResult;
    expect(result).toMatchObject({ ok: true, article: { name: 'piped', origin: { path: '-' } } });
  });
});

describe('encodings of plain files', () => {
  it('reads undeclared Latin-1 text and UTF-16 with a BOM', async () => {
    const body = 'date 2022-06-01\nThe président of the Conseil d’État met the ministers in Genève.';
    const latin = write('latin1.txt', iconv.encode(body.replace('’', "'"), 'latin1'));
    const utf16 = write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
    const [a, b] = articles(await readAll([latin, utf16]));
    expect(a!.text).toContain('président of the Conseil d\'État met the ministers in Genève');
    expect(b!.text).toContain('Conseil d’État');
    expect(b!.date).toBe('2022-06-01');
  });
});

describe('large JSONL', () => {
  it('streams a file above the whole-file limit, keeping line numbers and reporting bad lines', async () => {
    const filler = 'x'.repeat(1000);
    const lines: string[] = [];
    for (let i = 1; i <= 17_500; i++) {
      lines.push(i === 9_000 ? '{"text": ' : JSON.stringify({ text: `Report ${i}. ${filler}`, date: '2022-01-01' }));
    }
    const path = write('big.jsonl', lines.join('\r\n'));
    let ok = 0;
    const bad: ReadResult[] = [];
    let last: Article | null = null;
    for await (const r of readArticles([path])) {
      if (r.ok) {
        ok++;
        last = r.article;
      } else bad.push(r);
    }
    expect(ok).toBe(17_499);
    expect(bad).toHaveLength(1);
    expect(!bad[0]!.ok && bad[0]!.error.line).toBe(9_000);
    expect(last).toMatchObject({ name: 'big#17500', origin: { line: 17_500 } });
    expect(last!.text.startsWith('Report 17500.')).toBe(true);
  });
});

describe('JSON from news APIs and dumps', () => {
  it('reads an {articles: [...]} wrapper with common field aliases', () => {
    const dump = {
      status: 'ok',
      articles: [
        { source: { id: null, name: 'Example Times' }, headline: 'Talks resume', link: 'https://example.com/t', publishedAt: '2022-03-07T21:00:00Z', content: SUMMIT },
        { title: 'No text here', publishedAt: '2022-03-07T21:00:00Z' },
      ],
    };
    const [first, second] = readPayload(JSON.stringify(dump), { name: 'dump.json' });
    expect(first).toMatchObject({
      ok: true,
      article: { name: 'dump#1', title: 'Talks resume', url: 'https://example.com/t', source: 'Example Times', date: '2022-03-07', published: '2022-03-07T21:00:00+00:00', text: SUMMIT },
    });
    expect(second).toMatchObject({ ok: false, error: { line: 2, message: expect.stringMatching(/missing "text"/) } });
  });

  it('uses the date option when a record has none, and treats null like a missing field', () => {
    const [r] = readPayload(JSON.stringify({ text: SUMMIT, date: null }), { date: '2022-03-10' });
    expect(r).toMatchObject({ ok: true, article: { date: '2022-03-10', published: null } });
  });
});

describe('seed header variants', () => {
  it('accepts "date:" and a full timestamp in the header', () => {
    expect(readPayload(`date: 2022-03-07\n${SUMMIT}`)[0]).toMatchObject({ ok: true, article: { date: '2022-03-07', text: SUMMIT } });
    expect(readPayload(`date 2022-03-07T23:30:00-05:00 ${SUMMIT}`)[0]).toMatchObject({
      ok: true,
      article: { date: '2022-03-07', published: '2022-03-07T23:30:00-05:00', text: SUMMIT },
    });
    expect(readPayload(`Date palms grow along the coast.`)[0]!.ok).toBe(false);
  });
});
