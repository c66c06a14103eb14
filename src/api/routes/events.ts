import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { AnnalsService } from '../../service/service.js';
import type { EventSort } from '../../store/types.js';
import { notFound } from '../errors.js';
import { EXPORT_CONTENT_TYPE, exportedEvents, exportLines, type ExportFormat } from '../export.js';
import * as R from '../responses.js';
import { eventsQuery, eventTimelineQuery, exportQuery, idParams } from '../schemas.js';
import { eventFilters, paging, type QueryString } from './query.js';

export function eventRoutes(app: FastifyInstance, service: AnnalsService): void {
  app.get('/api/events', {
    schema: {
      summary: 'Events, filtered and paginated, sorted by event date',
      tags: ['events'],
      querystring: eventsQuery,
      response: { 200: R.eventsPage, 400: R.error },
    },
  }, async (request) => {
    const q = request.query as QueryString;
    return service.listEvents({ ...eventFilters(q), ...paging(q), ...(q.sort ? { sort: q.sort as EventSort } : {}) });
  });

  app.get('/api/events/timeline', {
    schema: {
      summary: 'Events matching the filters, counted per period and category',
      tags: ['events'],
      querystring: eventTimelineQuery,
      response: { 200: R.eventTimeline, 400: R.error },
    },
  }, async (request) => {
    const q = request.query as QueryString;
    const interval = q.interval as 'day' | 'week' | 'month' | undefined;
    return { interval: interval ?? 'month', points: await service.eventTimeline({ ...eventFilters(q), ...(interval ? { interval } : {}) }) };
  });

  app.get('/api/events/:id', {
    schema: {
      summary: 'One event with everything that explains it: reports, evidence offsets, rule, time expression',
      tags: ['events'],
      params: idParams,
      response: { 200: R.eventDetail, 404: R.error },
    },
  }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const event = await service.explainEvent(id);
    return event ?? notFound(reply, `no event with id "${id}"`);
  });

  app.get('/api/export/events', {
    schema: {
      summary: 'Export events (streamed) with the same filters as /api/events',
      description: 'format=jsonl (annals records), csv, or plover (one PLOVER JSON record a line, fields as the PLOVER manual names them).',
      tags: ['events'],
      querystring: exportQuery,
    },
  }, async (request, reply) => {
    const q = request.query as QueryString;
    const format = (q.format ?? 'jsonl') as ExportFormat;
    const filters = { ...eventFilters(q), sort: (q.sort ?? 'when') as EventSort };
    await service.listEvents({ ...filters, limit: 1 }); // reject bad filters with a 400 before streaming starts
    const extension = format === 'csv' ? 'csv' : 'jsonl';
    reply
      .type(EXPORT_CONTENT_TYPE[format])
      .header('content-disposition', `attachment; filename="annals-events${format === 'plover' ? '-plover' : ''}.${extension}"`);
    return reply.send(Readable.from(exportLines(exportedEvents(service, filters), format)));
  });
}
