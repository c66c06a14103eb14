// Dates an undated act takes from an earlier act: the dated meeting it continues, the act of the parties "they" stands for.
import type { Doc, DocEvent, Modality, TokenRange } from '../doc.js';
import { groupCodes, type Slot } from './arguments.js';
import { lower } from './text.js';
import { MEETING_SPAN } from './restatements.js';

const BACK_REFERENCE_SPAN = 3;

/**
 * "Hayashi on Saturday met with Blinken ... Hayashi and Blinken reiterated their opposition ...":
 * what the parties of a dated meeting do together, a few sentences on, they did at that meeting.
 */
export function meetingDate(doc: Doc, events: DocEvent[], e: DocEvent, sentence: TokenRange): string | null {
  if (e.modality !== 'asserted' || !e.sourceActors.length) return null;
  const here = doc.sentenceOf(sentence.start);
  const meeting = [...events].reverse().find((m) => m.category === 'CONSULT' && m.date && !m.negated && m.modality === 'asserted' &&
    here - doc.sentenceOf(m.trigger.start) <= MEETING_SPAN &&
    sameSet([...m.sourceActors, ...m.targetActors], e.sourceActors) &&
    // "an emergency summit of the bloc's leaders on Sunday ... The heads of state also demanded ...": what
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
