// Shared display helpers: quad classes, actor names, dates, numbers.
import type { EventActorRef, EventRecord } from '../../store/types.js';
import { h, link, type Child } from './dom.js';

export const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'] as const;

/** One colour per quad class: blues for cooperation, reds for conflict (the same in tables and charts). */
export const QUAD_COLOUR: Record<string, string> = {
  'verbal cooperation': '#6aa5d8',
  'material cooperation': '#1f5f99',
  'verbal conflict': '#f0a35e',
  'material conflict': '#c0392b',
};

export const CATEGORIES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

export const MODALITIES = ['asserted', 'planned', 'hypothetical', 'demanded'];

export const quadClass = (quad: string) => `quad-${quad.replace(/\s+/g, '-')}`;

export function categoryBadge(event: Pick<EventRecord, 'category' | 'quad' | 'mode'>): HTMLElement {
  return h('span', { class: `badge ${quadClass(event.quad)}`, title: `${event.quad}${event.mode ? ` · mode: ${event.mode}` : ''}` }, event.category);
}

/** "Joe Biden (USA)" links for the actors on one side; bare codes where no actor is linked. */
export function side(codes: string[], actors: EventActorRef[]): Child[] {
  const parts: Child[] = [];
  const covered = new Set<string>();
  for (const actor of actors) {
    if (parts.length) parts.push(', ');
    parts.push(link(`/actors/${encodeURIComponent(actor.id)}`, actor.name));
    if (actor.country) {
      parts.push(h('span', { class: 'code' }, actor.country));
      covered.add(actor.country);
    }
  }
  for (const code of codes) {
    if (covered.has(code)) continue;
    if (parts.length) parts.push(', ');
    parts.push(link(`/actors/${encodeURIComponent(code)}`, h('span', { class: 'code' }, code)));
  }
  return parts.length ? parts : [h('span', { class: 'muted' }, '—')];
}

/** The event date, marked when it is the article date standing in for an unstated one. */
export function eventDate(event: Pick<EventRecord, 'when' | 'whenAssumed'>): HTMLElement {
  return event.whenAssumed
    ? h('span', { class: 'date assumed', title: 'article date: the text states no date for this event' }, `~${event.when}`)
    : h('span', { class: 'date' }, event.when);
}

/** Negation, modality and multi-source marks (nothing for a plain asserted event in one article). */
export function marks(event: Pick<EventRecord, 'negated' | 'modality'> & { reportCount?: number }): Child[] {
  return [
    event.negated ? h('span', { class: 'mark negated', title: 'the text says this did not happen' }, 'not') : null,
    event.modality !== 'asserted' ? h('span', { class: `mark modality-${event.modality}` }, event.modality) : null,
    (event.reportCount ?? 1) > 1 ? h('span', { class: 'mark sources', title: 'articles that report this event' }, `${event.reportCount} sources`) : null,
  ];
}

export const number = (n: number) => n.toLocaleString('en-US');
export const score = (n: number) => (n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1)).replace(/\.0$/, '');

/** "1 event", "12 events" (nouns with a plain -s plural). */
export const counted = (n: number, noun: string) => `${number(n)} ${noun}${n === 1 ? '' : 's'}`;
