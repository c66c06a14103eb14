// The web app in real Chromium (Debian's /usr/bin/chromium driven by playwright-core): every page
// opens and shows what the API holds; search → article → its events; filters in the URL; the pair
// chart. Screenshots go to test-output/screenshots/ (docs/screenshots/ comes from
// docs-screenshots.ts, on the bundled examples only). Skipped, with a message, when Chromium is not installed.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { AnnalsService } from '../../src/service/service.js';
import { openStore } from '../../src/store/index.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GOLD_DEV = path.resolve(ROOT, '../shared/gold/dev');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

describe.skipIf(!hasChromium)('web app in Chromium', () => {
  let dir: string;
  let service: AnnalsService;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'annals-web-'));
    const webRoot = path.join(dir, 'web');
    await build({ configFile: path.join(ROOT, 'src/web/vite.config.ts'), logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } });
    service = new AnnalsService({ store: openStore(path.join(dir, 'web.db')) });
    await service.ingest({ paths: [path.join(ROOT, 'examples'), ...(existsSync(GOLD_DEV) ? [GOLD_DEV] : [])] });
    server = await startServer(service, { port: 0, webRoot });
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 860 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await context.newPage();
    const origin = new URL(server.url).origin;
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreignRequests.push(r.url()); });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await service?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const url = (p: string) => new URL(p, server.url).toString();
  const api = async (p: string) => (await fetch(url(p))).json();
  async function open(p: string): Promise<void> {
    await page.goto(url(p));
    await page.waitForSelector('#app .page:not(:has(> .loading))');
  }
  async function shot(name: string): Promise<void> {
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }

  it('home shows the counts, latest events, most active actors and pairs', async () => {
    const stats = await api('/api/stats');
    await open('/');
    const counts = await page.textContent('[data-testid=counts]');
    expect(counts).toContain(`${stats.counts.articles.toLocaleString('en-US')} articles`);
    expect(counts).toContain(`${stats.counts.events.toLocaleString('en-US')} events`);
    expect(await page.locator('table.events tr.event-row').count()).toBe(stats.latest.length);
    expect(await page.textContent('[data-testid=top-actors]')).toContain(stats.actors[0].name);
    expect(await page.textContent('[data-testid=top-pairs]')).toContain(stats.pairs[0].aName);
    await shot('home');
  });

  it('searches from the home page and opens a result', async () => {
    await open('/');
    await page.fill('.big-search input[name=q]', 'minister');
    await page.click('.big-search button');
    await page.waitForURL(/\/search\?q=minister/);
    await page.waitForSelector('.results li');
    const expected = await api('/api/search?q=minister');
    expect(await page.textContent('[data-testid=result-count]')).toContain(`${expected.total} article`);
    expect((await page.locator('.results mark').first().textContent())?.toLowerCase()).toMatch(/^minister/);
    await shot('search');
    await page.click('.results li h3 a');
    await page.waitForURL(/\/articles\//);
    await page.waitForSelector('[data-testid=article-text]');
    expect(await page.locator('[data-testid=article-text] .mention').count()).toBeGreaterThan(0);
  });

  it('shows an article with names, times and its events; clicking an event marks its evidence', async () => {
    const events = await api('/api/events?limit=100');
    const withOffsets = await (async () => {
      for (const e of events.items) {
        const detail = await api(`/api/events/${e.id}`);
        const report = detail.reports.find((r: { evidenceStart: number | null }) => r.evidenceStart !== null) ?? detail.reports[0];
        if (report) return { event: e, articleId: report.articleId as string };
      }
      throw new Error('no event with a report');
    })();
    const article = await api(`/api/articles/${withOffsets.articleId}`);
    await open(`/articles/${withOffsets.articleId}`);
    expect(await page.locator('[data-testid=article-text] .timex').count()).toBeGreaterThan(0);
    const timexValue = await page.locator('[data-testid=article-text] .timex').first().getAttribute('data-value');
    expect(article.timexes.some((t: { value: string }) => timexValue?.includes(t.value))).toBe(true);
    expect(await page.locator('aside table.events tr.event-row').count()).toBe(article.events.length);
    await page.click(`aside tr.event-row[data-event="${withOffsets.event.id}"] td >> nth=0`);
    const marked = (await page.locator('[data-testid=article-text] .evidence.active').allTextContents()).join('');
    expect(marked.length).toBeGreaterThan(10);
    expect(withOffsets.event.evidence.replace(/\s+/g, ' ')).toContain(marked.replace(/\s+/g, ' ').trim().slice(0, 20));
    expect(page.url()).toContain(`#event=${withOffsets.event.id}`);
    await shot('article');

    await page.click('aside a[href^="/events?article="]');
    await page.waitForURL(/\/events\?article=/);
    await page.waitForSelector('[data-testid=event-count]');
    expect(await page.textContent('[data-testid=event-count]')).toContain(`${article.events.length} event`);
  });

  it('filters the events table from the form; the URL holds the filters', async () => {
    const stats = await api('/api/stats');
    const category = stats.counts.byCategory[0].category;
    await open('/events');
    // typing an actor suggests matching actors
    await page.fill('form[data-testid=event-filters] input[name=actor]', stats.actors[0].name.slice(0, 5));
    await page.waitForFunction(() => document.querySelectorAll('form datalist option').length > 0);
    expect(await page.locator('form datalist option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toContain(stats.actors[0].id);
    await page.fill('form[data-testid=event-filters] input[name=actor]', '');
    await page.selectOption('form[data-testid=event-filters] select[name=category]', category);
    await page.click('form[data-testid=event-filters] button[type=submit]');
    await page.waitForURL(new RegExp(`category=${category}`));
    await page.waitForSelector('[data-testid=event-count]');
    expect(await page.textContent('[data-testid=event-count]')).toContain(`${stats.counts.byCategory[0].events} event`);
    const badges = await page.locator('table.events tr.event-row .badge').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set([category]));
    expect(await page.getAttribute('.export a:has-text("CSV")', 'href')).toContain(`category=${category}`);
    await shot('events');

    // the same URL opened afresh shows the same view
    await open(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await page.inputValue('select[name=category]')).toBe(category);
    // a row opens its explanation with links to the reporting articles
    await page.click('table.events tr.event-row >> nth=0 >> td >> nth=0');
    await page.waitForSelector('tr.event-detail a[href^="/articles/"]');
  });

  it('draws a pair chart with the events between them', async () => {
    const stats = await api('/api/stats');
    const pair = stats.pairs[0];
    await open(`/pairs/${pair.a}/${pair.b}`);
    await page.waitForSelector('[data-testid=pair-chart] svg');
    expect(await page.locator('[data-testid=pair-chart] svg path').count()).toBeGreaterThan(3);
    expect(await page.textContent('h1')).toContain(pair.aName);
    const rows = await page.locator('table.events tr.event-row').count();
    expect(rows).toBeGreaterThanOrEqual(Math.min(pair.events, 25));
    // the two direction counts add up to more than the events between them only with the note that says why
    const [ab, ba] = (await page.locator('[data-testid=pair-summary] .stat strong').allTextContents()).map((t) => Number(t.replace(/,/g, '')));
    const between = Number(/\((\d+)\)/.exec((await page.textContent('section h2:has-text("Events between them")'))!)![1]);
    expect(await page.locator('[data-testid=both-directions]').count()).toBe(ab + ba > between ? 1 : 0);
    await shot('pair');
  });

  it('shows an actor with its timeline and counterparts, and the network graph', async () => {
    const stats = await api('/api/stats');
    await open(`/actors/${stats.actors[0].id}`);
    await page.waitForSelector('[data-testid=actor-chart] svg');
    expect(await page.textContent('h1')).toContain(stats.actors[0].name);
    await shot('actor');
    await open('/network');
    await page.waitForSelector('[data-testid=network-graph] canvas');
    expect(await page.locator('[data-testid=pairs-table] tbody tr').count()).toBeGreaterThan(0);
    await shot('network');
    const pair = stats.pairs[0];
    await page.fill('[data-testid=pair-picker] input[name=a]', pair.b);
    await page.fill('[data-testid=pair-picker] input[name=b]', pair.a);
    await page.click('[data-testid=pair-picker] button');
    await page.waitForURL(new RegExp(`/pairs/${pair.b}/${pair.a}$`));
    await page.waitForSelector('[data-testid=pair-chart] svg');
    await open('/actors');
    expect(await page.locator('table.plain tbody tr').count()).toBeGreaterThan(0);
  });

  it('fits a phone screen: no page scrolls sideways, event rows stack, the header search is full width', async () => {
    const stats = await api('/api/stats');
    const pair = stats.pairs[0];
    const article = (await api('/api/search?limit=1')).items[0];
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const p of ['/', '/events?category=' + stats.counts.byCategory[0].category, '/actors', `/actors/${stats.actors[0].id}`,
        `/articles/${article.id}`, `/pairs/${pair.a}/${pair.b}`, '/network', '/search?q=minister', '/no/such/page']) {
        await open(p);
        await page.waitForTimeout(150); // charts size themselves after the page renders
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${p} scrolls sideways`).toBeLessThanOrEqual(0);
      }
      await open('/events');
      const rows = await page.locator('table.events tr.event-row').evaluateAll((trs) => trs.slice(0, 5).map((tr) => tr.getBoundingClientRect().right));
      expect(rows.length).toBeGreaterThan(0);
      for (const right of rows) expect(right).toBeLessThanOrEqual(390);
      expect(await page.locator('table.events thead').isVisible()).toBe(false);
      const search = await page.locator('.top-search input').boundingBox();
      expect(search!.width).toBeGreaterThan(300);
      await shot('events-phone');
      // an actor's facts read as label: value lines, never a label at a line end and its value below
      await open(`/actors/${stats.actors[0].id}`);
      const misaligned = await page.locator('dl.facts.inline dt').evaluateAll((dts) => dts
        .filter((dt) => Math.abs(dt.getBoundingClientRect().top - (dt.nextElementSibling as Element).getBoundingClientRect().top) > 4)
        .map((dt) => dt.textContent));
      expect(misaligned).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });

  it('counts in the singular for one, and explains empty results', async () => {
    const stats = await api('/api/stats');
    await open('/');
    const pairs = await page.textContent('[data-testid=top-pairs]');
    expect(pairs).not.toMatch(/\b1 events\b/);
    if (stats.pairs.some((p: { events: number }) => p.events === 1)) expect(pairs).toMatch(/\b1 event\b/);
    await open('/search?q=qqxqzzv');
    expect(await page.textContent('[data-testid=result-count]')).toContain('0 articles match');
    expect(await page.textContent('[data-testid=no-results]')).toMatch(/Try fewer or other words/);
    await open('/events?category=ASSAULT&from=1800-01-01&to=1800-01-02');
    expect(await page.textContent('[data-testid=no-events]')).toMatch(/No events match these filters/);
    expect(await page.locator('select[name=sort] option').allTextContents()).toEqual(['latest first', 'oldest first']);
  });

  it('shows a readable error for an unknown page or id, and never leaves localhost', async () => {
    await open('/articles/not-an-article');
    expect(await page.textContent('.error')).toContain('not-an-article');
    expect(await page.getAttribute('.error a[href="/"]', 'href')).toBe('/');
    await page.goto(url('/api/docs/'));
    await page.waitForSelector('.swagger-ui .opblock', { timeout: 20_000 });
    expect(await page.locator('.swagger-ui .opblock').count()).toBeGreaterThan(8);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
