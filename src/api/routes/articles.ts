import type { FastifyInstance } from 'fastify';
import type { AnnalsService } from '../../service/service.js';
import { requireToken } from '../auth.js';
import { notFound } from '../errors.js';
import * as R from '../responses.js';
import { idParams, ingestQuery } from '../schemas.js';

export interface ArticleRouteOptions {
  token?: string;
  /** largest accepted POST body in bytes */
  maxBody: number;
}

export function articleRoutes(app: FastifyInstance, service: AnnalsService, options: ArticleRouteOptions): void {
  app.get('/api/articles/:id', {
    schema: {
      summary: 'One article with its mentions, time expressions and events',
      description: 'Offsets are character offsets into `text`. Each event carries `evidenceStart`/`evidenceEnd` (its sentence in this article) and `timex` (the time expression its date came from), when known.',
      tags: ['articles'],
      params: idParams,
      response: { 200: R.articleDetail, 404: R.error },
    },
  }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const article = await service.getArticle(id);
    if (!article) return notFound(reply, `no article with id "${id}"`);
    const events = await Promise.all(article.events.map(async (event) => {
      const detail = await service.explainEvent(event.id);
      const report = detail?.reports.find((r) => r.articleId === article.id);
      return {
        ...event,
        evidenceStart: report?.evidenceStart ?? null,
        evidenceEnd: report?.evidenceEnd ?? null,
        timex: detail?.timex ?? null,
      };
    }));
    return { ...article, events };
  });

  app.get('/api/stories/:id', {
    schema: {
      summary: 'A story: the articles reporting the same news and the events they report (each once, with its report count)',
      tags: ['articles'],
      params: idParams,
      response: { 200: R.story, 404: R.error },
    },
  }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const story = await service.getStory(id);
    return story ?? notFound(reply, `no story "${id}"`);
  });

  app.post('/api/articles', {
    bodyLimit: options.maxBody,
    onRequest: requireToken(options.token, 'ingest'), // before the body is read
    schema: {
      summary: 'Ingest one article or a batch',
      description: 'The body is read like a file given to `annals ingest`: a JSON object, JSONL (one article a line), an HTML page, an RSS/Atom feed, or dated text ("date YYYY-MM-DD" then the text). Needs the server token.',
      tags: ['articles'],
      querystring: ingestQuery,
      consumes: ['text/plain', 'application/json', 'application/x-ndjson', 'text/html', 'application/rss+xml', 'application/atom+xml'],
      body: { type: 'string', description: 'the article(s), in any format `annals ingest` reads' },
      security: [{ bearer: [] }],
      response: { 200: R.ingestSummary, 201: R.ingestSummary, 400: R.error, 401: R.error, 403: R.error, 413: R.error, 415: R.error },
    },
  }, async (request, reply) => {
    const body = typeof request.body === 'string' ? request.body : request.body === undefined ? '' : null;
    if (body === null) return reply.code(415).send({ error: 'Unsupported Media Type', message: 'send the articles as the request body text' });
    if (!body.trim()) return reply.code(400).send({ error: 'Bad Request', message: 'body: empty; send a JSON article, JSONL lines, HTML, a feed or dated text' });
    const q = request.query as { date?: string; name?: string };
    const summary = await service.ingest({ payload: body, name: q.name ?? 'request' }, q.date ? { date: q.date } : {});
    const stored = summary.new + summary.duplicate;
    return reply.code(summary.new > 0 ? 201 : stored > 0 ? 200 : 400).send(
      stored > 0 ? summary : { error: 'Bad Request', message: summary.errors.map((e) => `${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('; ') || 'no article found in the body', ...summary },
    );
  });
}
