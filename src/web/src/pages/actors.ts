import { api } from '../api.js';
import { pager } from '../components/events-table.js';
import { h, link, queryString, show } from '../dom.js';
import { number } from '../format.js';
import type { PageContext } from '../router.js';

export async function actorsPage({ root, query }: PageContext): Promise<void> {
  const q = query.get('q') ?? '';
  const kind = query.get('kind') ?? '';
  const actors = await api.actors(queryString({ q, kind, page: query.get('page') ?? '', limit: 50 }));
  document.title = 'Actors · annals';
  show(root,
    h('h1', null, 'Actors'),
    h('form', { class: 'filters', action: '/actors' },
      h('label', null, 'Name', h('input', { name: 'q', type: 'search', value: q, placeholder: 'part of a name or code' })),
      h('label', null, 'Kind', h('select', { name: 'kind' }, h('option', { value: '' }, 'any'),
        ...['country', 'person', 'organization', 'group'].map((k) => h('option', { value: k, selected: k === kind }, k)))),
      h('button', { type: 'submit' }, 'Find')),
    h('p', { class: 'muted' }, `${number(actors.total)} actors, most active first`),
    h('table', { class: 'plain' },
      h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Kind'), h('th', null, 'Country'), h('th', null, 'Sector'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'Mentions'))),
      h('tbody', null, ...actors.items.map((a) => h('tr', null,
        h('td', null, link(`/actors/${encodeURIComponent(a.id)}`, a.name)), h('td', null, a.kind), h('td', null, a.country ?? '—'),
        h('td', null, a.sector ?? '—'), h('td', { class: 'num' }, number(a.events)), h('td', { class: 'num' }, number(a.mentions)))))),
    pager(actors.total, actors.limit, actors.offset, query, '/actors'),
  );
}
