// The events table with its filters in the URL, so any view can be shared or bookmarked.
import { api } from '../api.js';
import { categoryChart } from '../components/charts.js';
import { eventsTable, pager } from '../components/events-table.js';
import { withActorSuggestions } from '../components/suggest.js';
import { h, queryString, show } from '../dom.js';
import { CATEGORIES, counted, MODALITIES, QUADS } from '../format.js';
import type { PageContext } from '../router.js';

const FILTERS = ['actor', 'source', 'target', 'category', 'quad', 'from', 'to', 'negated', 'modality', 'article'] as const;

/** A filter menu; an option is a value shown as itself or a [value, label] pair. */
function select(name: string, value: string, options: (string | [string, string])[], empty: string): HTMLSelectElement {
  return h('select', { name }, h('option', { value: '' }, empty),
    ...options.map((o) => (typeof o === 'string' ? [o, o] : o)).map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}

export async function eventsPage({ root, query }: PageContext): Promise<void> {
  const filters = Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const sort = query.get('sort') ?? '';
  const filterQuery = queryString(filters);
  // the chart's aggregation may take longer than the page of events: the table does not wait for it
  const timeline = api.eventTimeline(filterQuery);
  timeline.catch(() => undefined); // its failure is reported where it is awaited
  const events = await api.events(queryString({ ...filters, sort, page: query.get('page') ?? '', limit: 50 }));
  document.title = 'Events · annals';
  const active = FILTERS.filter((f) => filters[f]);
  const exportLink = (format: string, label: string) =>
    h('a', { class: 'button', href: `/api/export/events${queryString({ ...filters, format })}`, download: '' }, label);
  const chart = h('div', { class: 'chart small', 'data-testid': 'events-chart' });
  show(root,
    h('h1', null, 'Events'),
    h('form', { class: 'filters', action: '/events', 'data-testid': 'event-filters' },
      h('label', null, 'Actor', withActorSuggestions(h('input', { name: 'actor', value: filters.actor, placeholder: 'code, name or id', size: 14 }))),
      h('label', null, 'Source', h('input', { name: 'source', value: filters.source, placeholder: 'codes: USA,GBR', size: 9 })),
      h('label', null, 'Target', h('input', { name: 'target', value: filters.target, placeholder: 'codes', size: 9 })),
      h('label', null, 'Category', select('category', filters.category, CATEGORIES, 'any')),
      h('label', null, 'Quad', select('quad', filters.quad, [...QUADS], 'any')),
      h('label', null, 'From', h('input', { name: 'from', value: filters.from, placeholder: 'YYYY-MM-DD', size: 10 })),
      h('label', null, 'To', h('input', { name: 'to', value: filters.to, placeholder: 'YYYY-MM-DD', size: 10 })),
      h('label', null, 'Modality', select('modality', filters.modality, MODALITIES, 'any')),
      h('label', null, 'Negated', select('negated', filters.negated, [['true', 'only negated'], ['false', 'not negated']], 'either')),
      h('label', null, 'Order', select('sort', sort, [['when', 'oldest first']], 'latest first')),
      filters.article ? h('input', { type: 'hidden', name: 'article', value: filters.article }) : null,
      h('button', { type: 'submit' }, 'Apply'),
      active.length ? h('a', { href: '/events', class: 'reset' }, 'clear filters') : null),
    h('div', { class: 'toolbar' },
      h('p', { class: 'muted', 'data-testid': 'event-count' }, counted(events.total, 'event'),
        active.length ? ` · ${active.map((f) => `${f}: ${filters[f]}`).join(' · ')}` : ''),
      h('div', { class: 'export' }, 'Export: ', exportLink('csv', 'CSV'), exportLink('jsonl', 'JSONL'), exportLink('plover', 'PLOVER JSON'))),
    events.total ? chart : null,
    eventsTable(events.items, { empty: active.length ? 'No events match these filters: loosen or clear them.' : 'No events stored yet: ingest some articles first.' }),
    pager(events.total, events.limit, events.offset, query, '/events'),
  );
  if (events.total) {
    const { points, interval } = await timeline;
    if (points.length) await categoryChart(chart, points, interval);
    else chart.remove();
  }
}
