// The events table: one row per event; clicking a row opens what explains it (evidence, rule,
// the articles that report it).
import { api, type EventRecord } from '../api.js';
import { h, link } from '../dom.js';
import { categoryBadge, eventDate, marks, side } from '../format.js';

export interface EventsTableOptions {
  /** called instead of expanding the row (the article page highlights the evidence) */
  onSelect?: (event: EventRecord, row: HTMLTableRowElement) => void;
  /** hide the evidence column (narrow places) */
  compact?: boolean;
  /** what to say when there are no events (why, and what to do) */
  empty?: string;
}

export function eventsTable(events: EventRecord[], options: EventsTableOptions = {}): HTMLElement {
  if (!events.length) return h('p', { class: 'empty', 'data-testid': 'no-events' }, options.empty ?? 'No events.');
  const body = h('tbody');
  for (const event of events) {
    const row = h('tr', { class: 'event-row', 'data-event': event.id, tabindex: 0 },
      h('td', { class: 'nowrap' }, eventDate(event)),
      h('td', null, categoryBadge(event), ' ', ...marks(event),
        options.compact && event.attribution ? h('div', { class: 'attribution small' }, `according to ${event.attribution}`) : null),
      h('td', { class: 'sides' }, h('span', null, ...side(event.source, event.sourceActors)), h('span', { class: 'arrow' }, ' → '), h('span', null, ...side(event.target, event.targetActors))),
      options.compact ? null : h('td', { class: 'evidence-cell' }, event.attribution ? h('span', { class: 'attribution' }, `${event.attribution}: `) : null, event.evidence),
    );
    const toggle = (e: Event) => {
      if ((e.target as Element).closest('a')) return;
      if (options.onSelect) options.onSelect(event, row);
      else void expand(event, row, options.compact ? 3 : 4);
    };
    row.addEventListener('click', toggle);
    row.addEventListener('keydown', (e) => { if (e.key === 'Enter') toggle(e); });
    body.append(row);
  }
  return h('table', { class: 'events' },
    h('thead', null, h('tr', null, h('th', null, 'Date'), h('th', null, 'Event'), h('th', null, 'Source → target'), options.compact ? null : h('th', null, 'Evidence'))),
    body);
}

async function expand(event: EventRecord, row: HTMLTableRowElement, columns: number): Promise<void> {
  const next = row.nextElementSibling;
  if (next?.classList.contains('event-detail')) {
    next.remove();
    row.classList.remove('open');
    return;
  }
  row.classList.add('open');
  const cell = h('td', { colspan: columns }, 'Loading…');
  row.after(h('tr', { class: 'event-detail' }, cell));
  try {
    const detail = await api.event(event.id);
    cell.replaceChildren(h('dl', { class: 'facts' },
      h('dt', null, 'Trigger'), h('dd', null, h('q', null, detail.trigger)),
      h('dt', null, 'Rule'), h('dd', null, h('code', null, detail.rule)),
      h('dt', null, 'Date'), h('dd', null, detail.date ?? 'not stated', detail.timex ? ` (from “${detail.timex.text}” = ${detail.timex.value})` : ''),
      h('dt', null, 'Place'), h('dd', null, detail.location ?? '—'),
      h('dt', null, 'Reported by'), h('dd', null, ...detail.reports.map((r) => h('div', null,
        link(`/articles/${encodeURIComponent(r.articleId)}#event=${detail.id}`, r.articleTitle ?? r.articleName), ` (${r.articleDate})`))),
    ));
  } catch (err) {
    cell.textContent = err instanceof Error ? err.message : String(err);
  }
}

/** Previous / next links for a paginated list, keeping the other query parameters. */
export function pager(total: number, limit: number, offset: number, query: URLSearchParams, path: string): HTMLElement | null {
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  const at = (p: number) => {
    const q = new URLSearchParams(query);
    if (p === 1) q.delete('page'); else q.set('page', String(p));
    const s = q.toString();
    return `${path}${s ? `?${s}` : ''}`;
  };
  return h('nav', { class: 'pager', 'aria-label': 'pages' },
    page > 1 ? link(at(page - 1), '← Previous') : h('span', { class: 'muted' }, '← Previous'),
    h('span', null, `Page ${page} of ${pages}`),
    page < pages ? link(at(page + 1), 'Next →') : h('span', { class: 'muted' }, 'Next →'));
}
