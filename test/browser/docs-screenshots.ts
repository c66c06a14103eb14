// The README's screenshots (docs/screenshots/home.png, article.png, pair.png): the web app on a
// database of the bundled examples only, in Chromium at 1280×800.
//   node --import tsx test/browser/docs-screenshots.ts
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startServer } from '../../src/api/server.js';
import { AnnalsService } from '../../src/service/service.js';
import { openStore } from '../../src/store/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'docs', 'screenshots');
const dir = mkdtempSync(path.join(tmpdir(), 'annals-docs-'));
const webRoot = path.join(dir, 'web');
await build({ configFile: path.join(ROOT, 'src/web/vite.config.ts'), logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } });
const service = new AnnalsService({ store: openStore(path.join(dir, 'docs.db')) });
await service.ingest({ paths: [path.join(ROOT, 'examples')] });
const server = await startServer(service, { port: 0, webRoot });
const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await context.newPage();
  const api = async (p: string) => (await fetch(new URL(p, server.url))).json();
  const shoot = async (urlPath: string, name: string, ready: string) => {
    await page.goto(new URL(urlPath, server.url).toString());
    await page.waitForSelector(ready);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png ← ${urlPath}`);
  };
  mkdirSync(OUT, { recursive: true });
  const stats = await api('/api/stats');
  await shoot('/', 'home', '[data-testid=counts]');
  // the article with the most events, with its first event selected
  const articles = (await api('/api/search?limit=100')).items as { id: string }[];
  const counted = await Promise.all(articles.map(async (a) => ({ id: a.id, events: (await api(`/api/articles/${a.id}`)).events as { id: string }[] })));
  const busiest = counted.sort((x, y) => y.events.length - x.events.length)[0];
  await shoot(`/articles/${busiest.id}${busiest.events[0] ? `#event=${busiest.events[0].id}` : ''}`, 'article', '[data-testid=article-text]');
  const pair = stats.pairs[0];
  await shoot(`/pairs/${pair.a}/${pair.b}`, 'pair', '[data-testid=pair-chart] svg');
} finally {
  await context.close();
  await server.close();
  await service.close();
  rmSync(dir, { recursive: true, force: true });
}
