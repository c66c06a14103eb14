// The HTTP app: JSON API under /api (validated by Fastify, described as OpenAPI at
// /api/openapi.json with a docs page at /api/docs) and the built web app at /. A thin shell: every
// route calls the service layer; no SQL is built here.
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AnnalsService } from '../service/service.js';
import { requireToken } from './auth.js';
import { errorHandler, formatValidationErrors } from './errors.js';
import { actorRoutes } from './routes/actors.js';
import { articleRoutes } from './routes/articles.js';
import { eventRoutes } from './routes/events.js';
import { overviewRoutes } from './routes/overview.js';
import { searchRoutes } from './routes/search.js';

export interface ApiOptions {
  service: AnnalsService;
  /** write token (POST /api/articles); without one, ingest over HTTP is disabled */
  token?: string;
  /** reading needs the token too */
  private?: boolean;
  /** folder of the built web app; null serves the API only */
  webRoot?: string | null;
  /** largest accepted request body in bytes (default 10 MiB) */
  maxBody?: number;
  logger?: boolean;
}

export const API_VERSION = '1.0.0';

export async function buildApp(options: ApiOptions): Promise<FastifyInstance> {
  const maxBody = options.maxBody ?? 10 * 1024 * 1024;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: maxBody,
    schemaErrorFormatter: formatValidationErrors,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  });
  app.setErrorHandler(errorHandler);
  // response schemas document the API; answers are plain JSON.stringify so no field is ever dropped
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
  });

  // Article bodies are read by the ingest readers, whatever their type: keep them as text.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: maxBody }, (_request, body, done) => done(null, body));

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'annals API',
        version: API_VERSION,
        description: 'Search articles and the political events (PLOVER) extracted from them: who did what to whom, when, where, according to whom.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      tags: [
        { name: 'overview', description: 'counts and aggregates for dashboards' },
        { name: 'articles', description: 'search, read and ingest articles' },
        { name: 'events', description: 'filter, explain and export events' },
        { name: 'actors', description: 'actors and pairs of actors over time' },
      ],
    },
  });
  // the docs page works offline: assets come from the package, and no online validator is called
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } as never });

  if (options.private) {
    const check = requireToken(options.token, 'reading');
    app.addHook('onRequest', async (request, reply) => {
      if (request.url.startsWith('/api/')) await check(request, reply);
    });
  }

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  searchRoutes(app, options.service);
  articleRoutes(app, options.service, { token: options.token, maxBody });
  eventRoutes(app, options.service);
  actorRoutes(app, options.service);
  overviewRoutes(app, options.service);

  await serveWebApp(app, options.webRoot ?? null);
  return app;
}

/** The built pages at /, with index.html for every non-API path (the app routes in the browser). */
async function serveWebApp(app: FastifyInstance, webRoot: string | null): Promise<void> {
  if (webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      cacheControl: false,
      setHeaders(reply, file) {
        reply.header('cache-control', /[\\/]assets[\\/]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api';
    if (!wantsPage) return reply.code(404).send({ error: 'Not Found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
    if (webRoot) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.type('text/html; charset=utf-8').send(
      '<!doctype html><title>annals</title><p>The web app has not been built: run <code>npm run build</code>. The API is at <a href="/api/docs">/api/docs</a>.</p>',
    );
  });
}
