// Dates an undated act takes from an earlier act: the dated meeting it continues, the act of the parties "they" stands for.
import type { Doc, DocEvent, Modality, TokenRange } from '../doc.js';
import { groupCodes, type Slot } from './arguments.js';
import { lower } from './text.js';
import { MEETING_SPAN } from './restatements.js';

const BACK_REFERENCE_SPAN = 3;

/**
 * "Sikorski met Kuleba on Monday ... The two ministers restated their objection ...":
 * what the parties of a dated meeting do together, a few sentences on, they did at that meeting.
 */
export function meetingDate(doc: Doc, events: DocEvent[], e: DocEvent, sentence: TokenRange): string | null {
  if (e.modality !== 'asserted' || !e.sourceActors.length) return null;
  const here = doc.sentenceOf(sentence.start);
  const meeting = [...events].reverse().find((m) => m.category === 'CONSULT' && m.date && !m.negated && m.modality === 'asserted' &&
    here - doc.sentenceOf(m.trigger.start) <= MEETING_SPAN &&
    sameSet([...m.sourceActors, ...m.targetActors], e.sourceActors) &&
    // "an emergency summit of the bloc's leaders on Sunday ... The leaders also called for ...": what
    // an organisation's own summit decided (its acts before it, "had imposed", are not)
    (e.sourceActors.length >= 2 || (ownSummit(m) && !pluperfect(doc, e))));
  return meeting?.date ?? null;
}

/** An organisation's meeting of its own members (org→org). */
const ownSummit = (m: DocEvent) => m.sourceActors.length === 1 && sameSet(m.sourceActors, m.targetActors);

function pluperfect(doc: Doc, e: DocEvent): boolean {
  for (let k = e.trigger.start - 1; k >= e.sentence.start && k >= e.trigger.start - 3; k--) if (/^(had|'d)$/.test(lower(doc, k))) return true;
  return false;
}

function sameSet(a: number[], b: number[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/** "they", "the two officials": parties named before, referred to again. */
function backReference(doc: Doc, sl: Slot, sentence: TokenRange): boolean {
  if (sl.start < 0) return false;
  if (sl.start < sentence.start) return true;
  const first = lower(doc, sl.start);
  const anaphor = /^(they|he|she|their|his|her)$/.test(first) || (first === 'the' && lower(doc, sl.start + 1) === 'two');
  return anaphor && sl.actor >= 0 && doc.actors[sl.actor].spans.some((sp) => sp.start < sentence.start);
}

/** The date of the latest act a few sentences before whose parties a back-reference subject stands for. */
export function backReferenceDate(doc: Doc, events: DocEvent[], source: Slot[], sentence: TokenRange, modality: Modality): string | null {
  if (!source.length || !source.every((sl) => backReference(doc, sl, sentence))) return null;
  const here = doc.sentenceOf(sentence.start);
  const codes = new Set(groupCodes(source));
  const act = [...events].reverse().find((e) => here - doc.sentenceOf(e.trigger.start) <= BACK_REFERENCE_SPAN &&
    e.date && e.modality === modality && e.source.some((c) => codes.has(c)));
  return act?.date ?? null;
}

/**
 * "For a third straight day, hundreds of workers marched ...": the Nth day of an act the article dates
 * elsewhere (the nearest act of its category with a calendar day, before or after it, up to
 * DAY_COUNT_SPAN sentences away, told as its start) is that day plus N - 1. A pass after the article:
 * the first day is often told after the count ("... called a general strike starting on Thursday").
 */
export function nthDayDates(doc: Doc, events: DocEvent[]): DocEvent[] {
  for (const e of events) {
    if (e.date || e.modality !== 'asserted') continue;
    const n = nthDay(doc, e.sentence);
    if (n < 2) continue;
    const here = doc.sentenceOf(e.trigger.start);
    const distance = (x: DocEvent) => Math.abs(doc.sentenceOf(x.trigger.start) - here);
    const first = events.filter((x) => x !== e && x.category === e.category && x.date && /^\d{4}-\d{2}-\d{2}$/.test(x.date) &&
      distance(x) <= DAY_COUNT_SPAN).sort((a, b) => distance(a) - distance(b))[0];
    if (!first?.date) continue;
    const day = new Date(`${first.date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + n - 1);
    e.date = day.toISOString().slice(0, 10);
  }
  return events;
}

const DAY_COUNT_SPAN = 6;
const ORDINAL_DAYS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7 };

/** "for the second (straight / consecutive) day": N, else 0. */
function nthDay(doc: Doc, s: TokenRange): number {
  for (let k = s.start; k + 3 < s.end; k++) {
    if (lower(doc, k) !== 'for' || lower(doc, k + 1) !== 'the') continue;
    const n = ORDINAL_DAYS[lower(doc, k + 2)] ?? 0;
    const noun = ['straight', 'consecutive'].includes(lower(doc, k + 3)) ? k + 4 : k + 3;
    if (n && noun < s.end && lower(doc, noun) === 'day') return n;
  }
  return 0;
}
