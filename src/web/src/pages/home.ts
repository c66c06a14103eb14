import { api } from '../api.js';
import { eventsTable } from '../components/events-table.js';
import { h, link, show } from '../dom.js';
import { counted, number, QUAD_COLOUR, quadClass, score } from '../format.js';
import type { PageContext } from '../router.js';

export async function homePage({ root }: PageContext): Promise<void> {
  const stats = await api.stats();
  const { counts } = stats;
  document.title = 'annals';
  const quadTotal = counts.byQuad.reduce((n, q) => n + q.events, 0) || 1;
  show(root,
    h('section', { class: 'hero' },
      h('h1', null, 'What is in your articles'),
      h('p', { class: 'lead', 'data-testid': 'counts' },
        h('strong', null, number(counts.articles)), ' articles',
        counts.firstArticle ? ` from ${counts.firstArticle} to ${counts.lastArticle}` : '', ' · ',
        link('/events', h('strong', null, number(counts.events)), ' events'), ' · ',
        link('/actors', h('strong', null, number(counts.actors)), ' actors'), ' · ',
        h('strong', null, number(counts.mentions)), ' names found'),
      h('form', { class: 'big-search', action: '/search', role: 'search' },
        h('input', { name: 'q', type: 'search', placeholder: 'Search the articles: words, "a phrase", prefix*', 'aria-label': 'Search the articles' }),
        h('button', { type: 'submit' }, 'Search')),
      counts.byQuad.length ? h('div', { class: 'quad-bar', title: 'events by quad class' },
        ...counts.byQuad.map((q) => link(`/events?quad=${encodeURIComponent(q.quad)}`,
          h('span', { class: `quad-seg ${quadClass(q.quad)}`, style: `flex:${q.events};background:${QUAD_COLOUR[q.quad] ?? '#999'}`, title: `${q.quad}: ${q.events}` })))) : null,
      h('div', { class: 'quad-legend' }, ...counts.byQuad.map((q) => h('span', null,
        h('i', { style: `background:${QUAD_COLOUR[q.quad] ?? '#999'}` }), `${q.quad} ${Math.round((100 * q.events) / quadTotal)}%`))),
    ),
    h('div', { class: 'home-layout' },
      h('section', { class: 'card' },
        h('h2', null, 'Latest events ', link('/events', h('small', null, 'all events →'))),
        eventsTable(stats.latest)),
      h('div', { class: 'side' },
      h('section', { class: 'card' },
        h('h2', null, 'Most active actors'),
        stats.actors.length ? h('ol', { class: 'ranking', 'data-testid': 'top-actors' }, ...stats.actors.map((a) => h('li', null,
          link(`/actors/${encodeURIComponent(a.id)}`, a.name), a.country ? h('span', { class: 'code' }, a.country) : null,
          h('span', { class: 'count' }, counted(a.events, 'event'))))) : h('p', { class: 'empty' }, 'No actors yet.')),
      h('section', { class: 'card' },
        h('h2', null, 'Most active pairs ', link('/network', h('small', null, 'network →'))),
        stats.pairs.length ? h('ol', { class: 'ranking', 'data-testid': 'top-pairs' }, ...stats.pairs.map((p) => h('li', null,
          link(`/pairs/${encodeURIComponent(p.a)}/${encodeURIComponent(p.b)}`, `${p.aName} – ${p.bName}`),
          h('span', { class: 'count' }, `${counted(p.events, 'event')} · score ${score(p.score)}`)))) : h('p', { class: 'empty' }, 'No pairs yet.')),
      h('section', { class: 'card' },
        h('h2', null, 'Event categories'),
        h('ul', { class: 'chips' }, ...counts.byCategory.map((c) => h('li', null,
          link(`/events?category=${c.category}`, c.category, h('span', { class: 'count' }, number(c.events))))))),
      ),
    ),
  );
}
