// One act told twice is one event: same-sentence duplicates, restated one-off acts and meetings, goods already sent.
import type { Doc, DocEvent } from '../doc.js';
import { lemmaIn } from './lexicon.js';
import { AUXILIARIES } from './locales/en/cues.js';
import { lower } from './text.js';

/**
 * "Armenia and Azerbaijan have agreed to a truce" told again further down ("Macron said Armenia and
 * Azerbaijan have agreed to ..."): a one-off act restated with no new date is recorded once.
 */
export function withoutRestatements(events: DocEvent[]): DocEvent[] {
  const key = (e: DocEvent) => [e.category, [...e.source].sort().join(), [...e.target].sort().join(), e.negated, e.modality].join('|');
  const kept: DocEvent[] = [];
  for (const e of events) {
    const first = oneOff(e) && kept.find((k) => key(k) === key(e));
    if (first && (e.date === null || e.date === first.date)) continue;
    kept.push(e);
  }
  return kept;
}

/** Acts an article reports once and may restate: agreements, ceasefires, withdrawals. */
const ONE_OFF = new Set(['AGREE', 'RETREAT', 'CONCEDE']);

/**
 * ... and an organisation suspending a member ("The AU has suspended Sudan" quoted again from the
 * council's statement): a suspension happens once.
 */
function oneOff(e: DocEvent): boolean {
  if (ONE_OFF.has(e.category)) return true;
  return e.category === 'SANCTION' && e.rule === 'sanction.suspend' && e.source.length > 0 && e.source.every((c) => !/^[A-Z]{3}$/.test(c));
}

/**
 * "Sikorski met Kuleba ... They also talked about Belarus": what "they" discussed was
 * discussed at the meeting already coded — one act, not two. (A meeting's negated topic, "they
 * did not discuss", stays: it says something the meeting did not.)
 */
export function withoutRestatedMeetings(doc: Doc, events: DocEvent[]): DocEvent[] {
  const parties = (e: DocEvent) => [...new Set([...e.source, ...e.target])].sort().join();
  return events.filter((e) => {
    if (e.category !== 'CONSULT' || e.negated || e.modality !== 'asserted' || !lemmaIn(lower(doc, e.trigger.start), ['discuss'])) return true;
    if (!pronounSubject(doc, e)) return true;
    const here = doc.sentenceOf(e.trigger.start);
    return !events.some((m) => m !== e && m.category === 'CONSULT' && !m.negated && m.modality === 'asserted' &&
      m.trigger.start < e.trigger.start && here - doc.sentenceOf(m.trigger.start) <= MEETING_SPAN && parties(m) === parties(e));
  });
}

/** "They also discussed", "We discussed": a pronoun subject right before the verb. */
function pronounSubject(doc: Doc, e: DocEvent): boolean {
  let k = e.trigger.start - 1;
  while (k >= e.sentence.start && (AUXILIARIES.has(lower(doc, k)) || lower(doc, k).endsWith('ly'))) k--;
  return k >= e.sentence.start && /^(they|we)$/.test(lower(doc, k));
}

export const MEETING_SPAN = 10;

/** An earlier AID act of the same sender that already covers every receiver of this arrival. */
export function arrivalOfSentGoods(prior: DocEvent, arrival: DocEvent): boolean {
  return prior.category === 'AID' && !prior.negated && arrival.source.every((c) => prior.source.includes(c)) &&
    arrival.target.every((c) => prior.target.includes(c));
}

/**
 * One event per act: the same category and parties in one sentence are one event ("met for
 * talks"), unless two different verbs state two acts ("arrested ... and sentenced ...").
 */
export function dedupe(doc: Doc, events: DocEvent[], verbs: Set<number>): DocEvent[] {
  const kept: DocEvent[] = [];
  for (const e of events) {
    const same = kept.find((k) => k.sentence === e.sentence && k.category === e.category &&
      k.source.join() === e.source.join() && k.target.join() === e.target.join());
    const distinctVerbs = same && verbs.has(same.trigger.start) && verbs.has(e.trigger.start) &&
      lower(doc, same.trigger.start) !== lower(doc, e.trigger.start);
    if (same && !distinctVerbs) continue;
    kept.push(e);
  }
  return kept;
}
