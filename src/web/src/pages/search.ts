import { api, type SearchItem } from '../api.js';
import { pager } from '../components/events-table.js';
import { withActorSuggestions } from '../components/suggest.js';
import { h, link, queryString, show } from '../dom.js';
import { counted } from '../format.js';
import type { PageContext } from '../router.js';

/** The snippet with matched words in <mark>, built as text nodes. */
function snippet(item: SearchItem): HTMLElement {
  const p = h('p', { class: 'snippet' });
  let at = 0;
  for (const [start, end] of item.highlights) {
    p.append(item.snippet.slice(at, start), h('mark', null, item.snippet.slice(start, end)));
    at = end;
  }
  p.append(item.snippet.slice(at));
  return p;
}

export async function searchPage({ root, query }: PageContext): Promise<void> {
  const params = { q: query.get('q') ?? '', from: query.get('from') ?? '', to: query.get('to') ?? '', actor: query.get('actor') ?? '', page: query.get('page') ?? '' };
  const results = await api.search(queryString(params));
  document.title = params.q ? `${params.q} · annals search` : 'Articles · annals';
  const topInput = document.querySelector<HTMLInputElement>('.top-search input');
  if (topInput) topInput.value = params.q;
  show(root,
    h('h1', null, params.q ? 'Search' : 'Articles'),
    h('form', { class: 'filters', action: '/search', role: 'search' },
      h('label', null, 'Words', h('input', { name: 'q', type: 'search', value: params.q, placeholder: 'words, "a phrase", prefix*' })),
      h('label', null, 'From', h('input', { name: 'from', value: params.from, placeholder: 'YYYY-MM-DD', size: 10 })),
      h('label', null, 'To', h('input', { name: 'to', value: params.to, placeholder: 'YYYY-MM-DD', size: 10 })),
      h('label', null, 'Actor', withActorSuggestions(h('input', { name: 'actor', value: params.actor, placeholder: 'code, name or id', size: 14 }))),
      h('button', { type: 'submit' }, 'Search')),
    h('p', { class: 'muted', 'data-testid': 'result-count' }, `${counted(results.total, 'article')}${params.q ? ` ${results.total === 1 ? 'matches' : 'match'} “${params.q}”` : ''}`),
    results.total ? null : h('p', { class: 'empty', 'data-testid': 'no-results' }, noResultsHint(params)),
    h('ol', { class: 'results' }, ...results.items.map((item) => h('li', null,
      h('h3', null, link(`/articles/${encodeURIComponent(item.id)}`, item.title ?? item.name)),
      h('div', { class: 'meta' }, item.date, item.source ? ` · ${item.source}` : ''),
      snippet(item)))),
    pager(results.total, results.limit, results.offset, query, '/search'),
  );
}

/** Why a search found nothing and what to try. */
function noResultsHint(params: { q: string; from: string; to: string; actor: string }): string {
  if (!params.q && !params.from && !params.to && !params.actor) return 'No articles stored yet: add some with `annals ingest FILES --db …`.';
  return 'No article matches. Try fewer or other words, a prefix such as sanction*, or a wider date range or no actor.';
}
