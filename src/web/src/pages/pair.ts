// A pair of actors or countries: cooperation and conflict over time, both directions, and the
// events between them.
import { api } from '../api.js';
import { dyadChart } from '../components/charts.js';
import { eventsTable, pager } from '../components/events-table.js';
import { h, link, queryString, show } from '../dom.js';
import { number, score } from '../format.js';
import type { PageContext } from '../router.js';

export async function pairPage({ root, params, query }: PageContext): Promise<void> {
  const [a, b] = params;
  const asked = query.get('interval');
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  let [view, events] = await Promise.all([
    api.dyad(a, b, queryString({ interval: asked ?? 'month', from, to })),
    api.events(queryString({ actor: a, counterpart: b, from, to, page: query.get('page') ?? '', limit: 25 })),
  ]);
  // few months of data: a finer interval says more than one or two bars
  if (!asked && new Set(view.points.map((p) => p.period)).size < 3) {
    const byDay = await api.dyad(a, b, queryString({ interval: 'day', from, to }));
    if (new Set(byDay.points.map((p) => p.period)).size > 1) view = byDay;
  }
  const interval = view.interval;
  document.title = `${view.a.name} – ${view.b.name} · annals`;
  const total = (dir: string) => view.points.filter((p) => p.direction === dir).reduce((s, p) => ({ n: s.n + p.events, score: s.score + p.score }), { n: 0, score: 0 });
  const ab = total('a->b');
  const ba = total('b->a');
  const sideLink = (s: typeof view.a) => link(`/actors/${encodeURIComponent(s.id ?? s.query)}`, s.name);
  const here = (changes: Record<string, string>) => `${location.pathname}${queryString({ interval, from, to, ...changes })}`;
  const chart = h('div', { class: 'chart tall', 'data-testid': 'pair-chart' });
  show(root,
    h('nav', { class: 'crumbs' }, link('/network', 'Pairs'), ' / ', `${view.a.name} – ${view.b.name}`),
    h('h1', null, sideLink(view.a), h('span', { class: 'muted' }, ' and '), sideLink(view.b)),
    h('div', { class: 'pair-summary', 'data-testid': 'pair-summary' },
      h('div', { class: 'stat' }, h('span', { class: 'label' }, `${view.a.name} → ${view.b.name}`), h('strong', null, number(ab.n)), ` event${ab.n === 1 ? '' : 's'} · score ${score(ab.score)}`),
      h('div', { class: 'stat' }, h('span', { class: 'label' }, `${view.b.name} → ${view.a.name}`), h('strong', null, number(ba.n)), ` event${ba.n === 1 ? '' : 's'} · score ${score(ba.score)}`),
      h('a', { class: 'button', href: `/pairs/${encodeURIComponent(b)}/${encodeURIComponent(a)}${queryString({ interval, from, to })}` }, '⇄ swap'),
      // the directions overlap when both sides act on each other (a clash): say so rather than let the sums disagree
      ab.n + ba.n > events.total ? h('p', { class: 'muted small', 'data-testid': 'both-directions' }, 'An event where each acts on the other (a clash, talks) counts in both directions.') : null),
    h('form', { class: 'filters', action: location.pathname },
      h('label', null, 'Per', h('select', { name: 'interval' }, ...['day', 'week', 'month'].map((i) => h('option', { value: i, selected: i === interval }, i)))),
      h('label', null, 'From', h('input', { name: 'from', value: from, placeholder: 'YYYY-MM-DD', size: 10 })),
      h('label', null, 'To', h('input', { name: 'to', value: to, placeholder: 'YYYY-MM-DD', size: 10 })),
      h('button', { type: 'submit' }, 'Show'),
      from || to ? link(here({ from: '', to: '' }), 'all dates') : null),
    h('section', { class: 'card' },
      h('h2', null, 'Cooperation and conflict over time'),
      view.points.length ? chart : h('p', { class: 'empty' }, 'No events between them in this range.')),
    h('section', { class: 'card' },
      h('h2', null, `Events between them (${number(events.total)}) `,
        link(`/events${queryString({ actor: a, counterpart: b, from, to })}`, h('small', null, 'in the events table →'))),
      eventsTable(events.items),
      pager(events.total, events.limit, events.offset, query, location.pathname)),
  );
  if (view.points.length) await dyadChart(chart, view);
}
