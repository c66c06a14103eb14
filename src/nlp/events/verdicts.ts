// Verdicts and denials: "called the move a provocation" judges an act; "called the allegations baseless" denies a charge.
import type { Doc, DocEvent, TokenRange } from '../doc.js';
import { groupCodes, type Group, type Slot, slotsFor } from './arguments.js';
import type { Heads, Trigger } from './triggers.js';
import { lower } from './text.js';
import { refersBack, definiteAct } from './reactions.js';

const CHARGES = new Set(['allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'charge', 'charges',
  'motive', 'motives', 'involvement', 'responsibility', 'wrongdoing', 'report', 'reports', 'role']);

/** "denied the allegations", "rejected the claims": the object is an accusation. */
export function deniesCharge(doc: Doc, s: TokenRange, from: number): boolean {
  for (let k = from; k < s.end && k < from + 5; k++) {
    const w = lower(doc, k);
    if (CHARGES.has(w)) return true;
    if (w === ',' || w === '.' || w === ';' || w === 'that') return false;
  }
  return false;
}

/**
 * Who made the charge a verdict denies: its "by"/"from" agent or the party inside it ("Iranian
 * claims", "Ukraine's allegations"), else the latest accusation against the denier.
 */
export function chargeAuthor(doc: Doc, s: TokenRange, groups: Group[], t: Trigger, events: DocEvent[], own: string[]): Slot[] {
  const other = (g: Group) => groupCodes(g.slots).some((c) => !own.includes(c));
  let k = t.end;
  while (k < s.end && k < t.end + 4 && !CHARGES.has(lower(doc, k))) k++;
  if (k >= s.end || !CHARGES.has(lower(doc, k))) return [];
  const inside = groups.find((g) => g.start >= t.end && g.start < k && other(g));
  if (inside) return inside.slots;
  if (k + 2 < s.end && (lower(doc, k + 1) === 'by' || lower(doc, k + 1) === 'from')) {
    const agent = groups.find((g) => g.start === k + 2 && other(g));
    if (agent) return agent.slots;
  }
  const sentenceIndex = doc.sentenceOf(t.head);
  const charge = [...events].reverse().find((e) => e.category === 'ACCUSE' && e.target.some((c) => own.includes(c)) &&
    e.source.every((c) => !own.includes(c)) && doc.sentenceOf(e.trigger.start) >= sentenceIndex - 4);
  return charge ? slotsFor(charge.sourceActors, charge.source) : [];
}

/** Does an "as ..." verdict on the object stand between the trigger and the target found? */
export function characterizes(doc: Doc, from: number, target: Slot[]): boolean {
  const at = Math.min(...target.map((sl) => sl.start).filter((x) => x >= 0));
  if (!Number.isFinite(at)) return false;
  for (let k = from; k < at; k++) if (lower(doc, k) === 'as' && lower(doc, k + 1) !== 'well') return true;
  return false;
}

/**
 * Does a verdict judge an act rather than the party found as its target? The act is named right
 * after the verb ("called the tariff ...", "called it ..."), or the party is not the verb's object
 * at all ("what EU leaders called a hijacking of a plane flying from Greece").
 */
export function verdictOnAct(doc: Doc, s: TokenRange, t: Trigger, heads: Heads, target: Slot[]): boolean {
  if (refersBack(doc, s, t.end, true) || definiteAct(doc, s, t.end, heads)) return true;
  const at = Math.min(...target.map((sl) => sl.start).filter((x) => x >= 0));
  return !Number.isFinite(at) || at > t.end + 2;
}
