// Start the HTTP app on a port: used by `annals serve` and by `annals demo` after it ingests.
import type { FastifyInstance } from 'fastify';
import type { AnnalsService } from '../service/service.js';
import { buildApp } from './app.js';
import { defaultWebRoot } from './web-root.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  token?: string;
  private?: boolean;
  /** folder of the built web app; default dist/web when built */
  webRoot?: string | null;
  logger?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startServer(service: AnnalsService, options: ServeOptions = {}): Promise<RunningServer> {
  const app = await buildApp({
    service,
    token: options.token || undefined,
    private: options.private ?? false,
    webRoot: options.webRoot === undefined ? defaultWebRoot() : options.webRoot,
    logger: options.logger ?? false,
  });
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ port: options.port ?? 8080, host });
  } catch (err) {
    await app.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${options.port ?? 8080} on ${host} is in use: pass --port to choose another (0 picks a free one)`);
    if (code === 'EADDRNOTAVAIL') throw new Error(`cannot listen on ${host}: not an address of this machine (--host)`);
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? 8080;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return { app, url: `http://${shownHost}:${port}/`, close: () => app.close() };
}

/** Resolve when the process is asked to stop (Ctrl-C, kill), after closing the server. */
export function untilStopped(server: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
