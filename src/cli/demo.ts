import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { AnnalsService, IngestSummary } from '../service/service.js';
import { actorsTable } from './actors.js';
import { EVENT_COLUMNS, print, table } from './format.js';
import { printSummary } from './ingest.js';
import { addDbOption, withService } from './shared.js';
import { openInBrowser } from '../api/open-browser.js';
import { startServer, untilStopped } from '../api/server.js';
import { parsePort } from './serve.js';
import { packageRoot } from '../package-root.js';

export const EXAMPLES_DIR = () => path.join(packageRoot(), 'examples');

/**
 * The demo's ingest-and-print part, for `annals demo` and for whatever later also serves the
 * web app: ingest the bundled examples, then print the summary, top actors and latest events.
 */
export async function runDemo(service: AnnalsService, examplesDir = EXAMPLES_DIR()): Promise<IngestSummary> {
  if (!existsSync(examplesDir)) throw new Error(`no examples folder at ${examplesDir}`);
  print(`annals demo: ingesting ${examplesDir}`);
  const summary = await service.ingest({ paths: [examplesDir] });
  printSummary(summary);
  await printOverview(service);
  return summary;
}

export async function printOverview(service: AnnalsService, options: { actors?: number; events?: number } = {}): Promise<void> {
  const counts = await service.counts();
  print();
  print(`database: ${counts.articles} articles (${counts.firstArticle ?? '-'} to ${counts.lastArticle ?? '-'}), `
    + `${counts.events} events, ${counts.actors} actors, ${counts.mentions} mentions`);
  print();
  print('top actors:');
  print(actorsTable((await service.listActors({ limit: options.actors ?? 10 })).items));
  print();
  print('latest events:');
  print(table((await service.listEvents({ limit: options.events ?? 15 })).items, EVENT_COLUMNS));
  print();
  print('next: annals events --actor CODE | annals actor NAME | annals search WORDS | annals explain EVENT_ID');
}

export interface DemoCliOptions {
  db: string;
  examples?: string;
  /** false with --no-serve: ingest and print only (what the tests run) */
  serve: boolean;
  port: string;
  host: string;
  token?: string;
  /** false with --no-open */
  open: boolean;
}

export function registerDemo(program: Command): void {
  addDbOption(program.command('demo'))
    .description('ingest the bundled examples, show what annals found, then serve the web app (what `npm start` runs)')
    .option('--examples <dir>', 'folder to ingest instead of the bundled examples')
    .option('--no-serve', 'stop after printing (do not start the web app)')
    .option('--port <port>', 'port for the web app', '8080')
    .option('--host <host>', 'address for the web app', '127.0.0.1')
    .option('--token <token>', 'token that POST /api/articles requires (default: $ANNALS_TOKEN)')
    .option('--no-open', 'do not open a browser')
    .action(async (options: DemoCliOptions) => {
      const summary = await withService(options.db, async (service) => {
        const result = await runDemo(service, options.examples ?? EXAMPLES_DIR());
        if (options.serve) await serveDemo(service, options);
        return result;
      });
      if (summary.failed > 0) process.exitCode = 1;
    });
}

/** Serve the freshly filled database until Ctrl-C. */
async function serveDemo(service: AnnalsService, options: DemoCliOptions): Promise<void> {
  const token = options.token ?? process.env.ANNALS_TOKEN ?? undefined;
  const server = await startServer(service, { port: parsePort(options.port), host: options.host, token });
  print();
  const opened = options.open && openInBrowser(server.url);
  print(`${opened ? 'opened' : 'open'} ${server.url} in a browser to explore (API docs: ${server.url}api/docs); Ctrl-C to stop`);
  await untilStopped(server);
}
