import type { FastifyInstance } from 'fastify';
import type { AnnalsService } from '../../service/service.js';
import * as R from '../responses.js';
import { searchQuery } from '../schemas.js';
import { MARK_CLOSE, MARK_OPEN, parseSnippet } from '../snippet.js';
import { paging, type QueryString } from './query.js';

export function searchRoutes(app: FastifyInstance, service: AnnalsService): void {
  app.get('/api/search', {
    schema: {
      summary: 'Full-text search over articles',
      description: 'Articles matching the words, best first, with snippets: `snippet` is plain text and `highlights` the [start, end) offsets of matched words in it. Without `q`, articles newest first.',
      tags: ['articles'],
      querystring: searchQuery,
      response: { 200: R.searchPage, 400: R.error },
    },
  }, async (request) => {
    const q = request.query as QueryString;
    const page = await service.search({
      query: String(q.q ?? ''),
      ...(q.from ? { from: String(q.from) } : {}),
      ...(q.to ? { to: String(q.to) } : {}),
      ...(q.actor ? { actor: String(q.actor) } : {}),
      ...paging(q),
      highlightOpen: MARK_OPEN,
      highlightClose: MARK_CLOSE,
    });
    return {
      ...page,
      items: page.items.map(({ snippet, ...hit }) => {
        const parsed = parseSnippet(snippet);
        return { ...hit, snippet: parsed.text, highlights: parsed.highlights };
      }),
    };
  });
}
