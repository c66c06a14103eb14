import type { Command } from 'commander';
import { startServer, untilStopped } from '../api/server.js';
import { print } from './format.js';
import { addDbOption, withService } from './shared.js';

export interface ServeCliOptions {
  db: string;
  port: string;
  host: string;
  token?: string;
  private?: boolean;
  log?: boolean;
}

/** Parse --port: an integer 0..65535 (0 picks a free port). */
export function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || port > 65535) throw new Error(`bad --port "${text}" (want 0-65535)`);
  return port;
}

export function registerServe(program: Command): void {
  addDbOption(program.command('serve'))
    .description('serve the HTTP API (/api, docs at /api/docs) and the web app')
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--token <token>', 'token that POST /api/articles requires (default: $ANNALS_TOKEN)')
    .option('--private', 'reading needs the token too')
    .option('--log', 'log every request')
    .action(async (options: ServeCliOptions) => {
      const port = parsePort(options.port);
      const token = options.token ?? process.env.ANNALS_TOKEN ?? undefined;
      if (options.private && !token) throw new Error('--private needs --token or ANNALS_TOKEN');
      await withService(options.db, async (service) => {
        const server = await startServer(service, { port, host: options.host, token, private: options.private, logger: options.log });
        print(`annals: serving ${options.db} at ${server.url} (API docs: ${server.url}api/docs)${token ? '' : ' — ingest over HTTP disabled (no --token)'}`);
        print('press Ctrl-C to stop');
        await untilStopped(server);
      }, { mustExist: true });
    });
}
