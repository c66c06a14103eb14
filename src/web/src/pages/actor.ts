// One actor: identity, roles over time (dates worded as `annals actor` words them), events per
// period by category, counterparts, events.
import { tenureWording } from '../../../nlp/actors/tenure-wording.js';
import { api } from '../api.js';
import { categoryChart } from '../components/charts.js';
import { eventsTable } from '../components/events-table.js';
import { h, link, queryString, show } from '../dom.js';
import { counted, number } from '../format.js';
import type { PageContext } from '../router.js';

export async function actorPage({ root, params, query }: PageContext): Promise<void> {
  const actor = await api.actor(params[0]);
  const interval = query.get('interval') ?? 'month';
  const [timeline, events] = await Promise.all([
    api.eventTimeline(queryString({ actor: actor.id, interval })),
    api.events(queryString({ actor: actor.id, limit: 20 })),
  ]);
  document.title = `${actor.name} · annals`;
  const chart = h('div', { class: 'chart', 'data-testid': 'actor-chart' });
  const pairKey = actor.kind === 'country' && actor.country ? actor.country : actor.id;
  show(root,
    h('nav', { class: 'crumbs' }, link('/actors', 'Actors'), ' / ', actor.name),
    h('h1', null, actor.name, ' ', actor.country ? h('span', { class: 'code big' }, actor.country) : null),
    h('dl', { class: 'facts inline' },
      h('dt', null, 'Kind'), h('dd', null, actor.kind),
      h('dt', null, 'Sector'), h('dd', null, actor.sector ?? '—'),
      h('dt', null, 'Seen'), h('dd', null, actor.firstSeen ? `${actor.firstSeen} – ${actor.lastSeen}` : '—'),
      h('dt', null, 'Events'), h('dd', null, link(`/events?actor=${encodeURIComponent(actor.id)}`, number(actor.events))),
      h('dt', null, 'Mentions'), h('dd', null, number(actor.mentions)),
      actor.aliases.length ? [h('dt', null, 'Also called'), h('dd', null, actor.aliases.join(', '))] : null),
    h('div', { class: 'grid' },
      h('section', { class: 'card wide' },
        h('h2', null, 'Events over time, by category ',
          h('small', null, ...['week', 'month'].map((i) => [' ', i === interval ? h('strong', null, i) : link(`?interval=${i}`, i)]))),
        timeline.points.length ? chart : h('p', { class: 'empty' }, 'No events.')),
      h('section', { class: 'card wide' },
        h('h2', null, 'Roles over time'),
        actor.roles.length ? h('table', { class: 'plain' },
          h('thead', null, h('tr', null, h('th', null, 'Role'), h('th', null, 'Country'), h('th', null, 'Held'), h('th', null, 'Reported'), h('th', { class: 'num' }, 'Articles'))),
          h('tbody', null, ...actor.roles.map((r) => h('tr', null,
            h('td', null, r.role), h('td', null, r.country ?? '—'),
            h('td', { class: 'nowrap', 'data-testid': 'role-tenure' }, tenureWording(r) || '—'),
            h('td', null, ...(r.firstSeen === r.lastSeen ? [r.firstSeen] : [h('span', { class: 'nowrap' }, r.firstSeen), ' – ', h('span', { class: 'nowrap' }, r.lastSeen)])),
            h('td', { class: 'num' }, r.articles))))) : h('p', { class: 'empty' }, 'No roles stated in the articles.')),
      h('section', { class: 'card' },
        h('h2', null, 'Counterparts'),
        actor.counterparts.length ? h('ol', { class: 'ranking' }, ...actor.counterparts.map((c) => h('li', null,
          link(`/actors/${encodeURIComponent(c.id)}`, c.name), c.country ? h('span', { class: 'code' }, c.country) : null,
          link(`/pairs/${encodeURIComponent(pairKey)}/${encodeURIComponent(c.id)}`, h('span', { class: 'count' }, `${counted(c.events, 'event')} · pair →`))))) : h('p', { class: 'empty' }, 'None yet.')),
      h('section', { class: 'card' },
        h('h2', null, 'By category'),
        h('ul', { class: 'chips' }, ...actor.byCategory.map((c) => h('li', null,
          link(`/events${queryString({ actor: actor.id, category: c.category })}`, c.category, h('span', { class: 'count' }, c.events)))))),
      h('section', { class: 'card wide' },
        h('h2', null, 'Latest events ', link(`/events?actor=${encodeURIComponent(actor.id)}`, h('small', null, 'all →'))),
        eventsTable(events.items))),
  );
  if (timeline.points.length) await categoryChart(chart, timeline.points, timeline.interval);
}
