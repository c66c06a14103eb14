// The article: its text with names, time expressions and event sentences marked, and its events
// beside it. Selecting an event marks its evidence sentence in the text.
import { api, type ArticleEvent, type ArticleView } from '../api.js';
import { eventsTable } from '../components/events-table.js';
import { h, link, show } from '../dom.js';
import { counted } from '../format.js';
import type { PageContext } from '../router.js';

interface Layer {
  start: number;
  end: number;
  kind: 'mention' | 'timex' | 'evidence';
  label: string;
  href?: string;
  events?: string[];
  cls?: string;
}

/** Where each event's evidence sentence is in the text: stored offsets, else the first match. */
function evidenceSpan(article: ArticleView, event: ArticleEvent): [number, number] | null {
  if (event.evidenceStart !== null && event.evidenceEnd !== null) return [event.evidenceStart, event.evidenceEnd];
  const at = event.evidence ? article.text.indexOf(event.evidence) : -1;
  return at >= 0 ? [at, at + event.evidence.length] : null;
}

function layers(article: ArticleView): Layer[] {
  const out: Layer[] = [];
  const sentences = new Map<string, Layer>();
  for (const event of article.events) {
    const span = evidenceSpan(article, event);
    if (!span) continue;
    const key = `${span[0]}:${span[1]}`;
    const existing = sentences.get(key);
    if (existing) existing.events!.push(event.id);
    else sentences.set(key, { start: span[0], end: span[1], kind: 'evidence', label: 'event sentence', events: [event.id] });
  }
  out.push(...sentences.values());
  for (const m of article.mentions) {
    out.push({ start: m.start, end: m.end, kind: 'mention', cls: `type-${m.type}`, label: `${m.type}${m.actor ? ` → ${m.actor}` : ''}`, href: m.actor ? `/actors/${encodeURIComponent(m.actor)}` : undefined });
  }
  for (const t of article.timexes) {
    out.push({ start: t.start, end: t.end, kind: 'timex', label: `${t.type} ${t.value}${t.mod ? ` (${t.mod})` : ''}` });
  }
  return out.filter((l) => l.start < l.end && l.end <= article.text.length);
}

/**
 * Cut the text at every layer boundary; each piece carries the classes of the layers covering it,
 * so overlapping marks (a name inside an event sentence) need no nesting.
 */
export function markedText(article: ArticleView): HTMLElement {
  const all = layers(article);
  const cuts = [...new Set([0, article.text.length, ...all.flatMap((l) => [l.start, l.end])])].sort((a, b) => a - b);
  const body = h('div', { class: 'article-text', 'data-testid': 'article-text' });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const text = article.text.slice(start, end);
    const covering = all.filter((l) => l.start <= start && l.end >= end);
    if (!covering.length) {
      body.append(text);
      continue;
    }
    const mention = covering.find((l) => l.kind === 'mention');
    const timex = covering.find((l) => l.kind === 'timex');
    const evidence = covering.find((l) => l.kind === 'evidence');
    const classes = [mention ? `mention ${mention.cls}` : '', timex ? 'timex' : '', evidence ? 'evidence' : ''].filter(Boolean).join(' ');
    const title = [timex?.label, mention?.label].filter(Boolean).join(' · ') || undefined;
    const attrs = { class: classes, title, 'data-value': timex ? timex.label : undefined, 'data-events': evidence?.events?.join(' ') };
    body.append(mention?.href ? h('a', { ...attrs, href: mention.href }, text) : h('span', attrs, text));
  }
  return body;
}

function select(root: HTMLElement, eventId: string | null): void {
  root.querySelectorAll('.evidence.active').forEach((el) => el.classList.remove('active'));
  root.querySelectorAll('tr.event-row.selected').forEach((el) => el.classList.remove('selected'));
  if (!eventId) return;
  const pieces = [...root.querySelectorAll<HTMLElement>('.evidence[data-events]')].filter((el) => el.dataset.events!.split(' ').includes(eventId));
  pieces.forEach((el) => el.classList.add('active'));
  root.querySelector(`tr.event-row[data-event="${CSS.escape(eventId)}"]`)?.classList.add('selected');
  pieces[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

export async function articlePage({ root, params }: PageContext): Promise<void> {
  const article = await api.article(params[0]);
  document.title = `${article.title ?? article.name} · annals`;
  const text = markedText(article);
  const table = eventsTable(article.events, {
    compact: true,
    onSelect: (event) => {
      history.replaceState(null, '', `${location.pathname}#event=${event.id}`);
      select(root, event.id);
    },
  });
  show(root,
    h('nav', { class: 'crumbs' }, link('/search', 'Articles'), ' / ', article.name),
    h('h1', null, article.title ?? article.name),
    h('div', { class: 'meta' },
      article.date, article.source ? ` · ${article.source}` : '',
      article.url ? [' · ', h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null,
      ` · ${counted(article.mentions.length, 'name')}, ${counted(article.timexes.length, 'time expression')}, ${counted(article.events.length, 'event')}`),
    h('div', { class: 'legend' },
      h('span', { class: 'mention type-PER' }, 'person'), h('span', { class: 'mention type-ORG' }, 'organisation'),
      h('span', { class: 'mention type-LOC' }, 'place'), h('span', { class: 'mention type-MISC' }, 'other name'),
      h('span', { class: 'timex' }, 'time (hover: value)'), h('span', { class: 'evidence' }, 'event sentence')),
    h('div', { class: 'article-layout' },
      h('article', { class: 'card' }, text),
      h('aside', { class: 'card side-events' },
        h('h2', null, 'Events ', h('small', null, 'click one to see its evidence')),
        table,
        article.events.length ? link(`/events?article=${encodeURIComponent(article.id)}`, 'these events in the events table →') : null,
        article.storyArticles?.length ? [
          h('h2', { class: 'story-heading' }, 'Same story elsewhere'),
          h('ol', { class: 'story-list', 'data-testid': 'story-articles' }, ...article.storyArticles.map((other) => h('li', null,
            link(`/articles/${encodeURIComponent(other.id)}`, other.title ?? other.name), h('span', { class: 'muted' }, ` · ${other.date}${other.source ? ` · ${other.source}` : ''}`)))),
        ] : null)),
  );
  text.addEventListener('click', (e) => {
    const piece = (e.target as Element).closest<HTMLElement>('.evidence[data-events]');
    if (piece && !(e.target as Element).closest('a')) select(root, piece.dataset.events!.split(' ')[0]);
  });
  const fromHash = /event=([\w-]+)/.exec(location.hash)?.[1] ?? null;
  if (fromHash) requestAnimationFrame(() => select(root, fromHash));
}
