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

/**
 * Whom a verdict after a copula in reported speech judges ('said the seizure of the tanker was
 * "stupidity"', '"That was an aggressive stand from Serbia," he said', 'said the charges were
 * baseless'): a party named in its subject ("Kosovo's move was ..."), else one named in the verdict
 * ("... from Serbia"), else the author of the act its subject names; a verdict on charges is a
 * denial aimed at their author, or at the latest accuser of the speaker.
 */
export function copulaVerdictTarget(
  doc: Doc, s: TokenRange, groups: Group[], t: Trigger, heads: Heads, events: DocEvent[], own: string[],
): { target: Slot[]; denial: boolean } {
  const other = (g: Group) => !g.locative && groupCodes(g.slots).some((c) => !own.includes(c));
  const start = copulaSubjectStart(doc, s, t.head);
  const subject = groups.filter((g) => g.start >= start && g.end <= t.head && other(g));
  const here = doc.sentenceOf(t.head);
  const earlier = (e: DocEvent, span: number) => e.trigger.start < t.head && here - doc.sentenceOf(e.trigger.start) <= span &&
    e.source.every((c) => !own.includes(c));
  if (doc.words({ start, end: t.head }).some((w) => CHARGES.has(w.toLowerCase()))) {
    const accuser = [...events].reverse().find((e) => e.category === 'ACCUSE' && e.target.some((c) => own.includes(c)) && earlier(e, 4));
    return { target: subject[0]?.slots ?? (accuser ? slotsFor(accuser.sourceActors, accuser.source) : []), denial: true };
  }
  if (subject.length) return { target: subject[0].slots, denial: false };
  let end = t.end;
  while (end < s.end && !/^[,;]$/.test(lower(doc, end)) && end < t.end + VERDICT_SPAN) end++;
  // (also after a preposition: "a truly hostile stance from Hungary")
  const named = groups.find((g) => g.start >= t.end && g.end <= end && groupCodes(g.slots).some((c) => !own.includes(c)));
  if (named) return { target: named.slots, denial: false };
  for (let k = t.head - 1; k >= start; k--) {
    const act = heads.get(k);
    if (!act?.noun) continue;
    const author = [...events].reverse().find((e) => e.category === act.pattern.category && earlier(e, JUDGED_ACT_SPAN));
    return { target: author ? slotsFor(author.sourceActors, author.source) : [], denial: false };
  }
  return { target: [], denial: false };
}

/** Where the subject of a reported copula begins: after "that", a comma or an opening quote. */
function copulaSubjectStart(doc: Doc, s: TokenRange, head: number): number {
  for (let k = head - 1; k > s.start; k--) {
    const w = lower(doc, k);
    if (w === 'that' || w === ',' || w === '"' || w === '“' || w === ':') return k + 1;
  }
  return s.start;
}

/** How far a copular verdict runs for the party it names ('was "folly ... a habit the French leader shows"'). */
const VERDICT_SPAN = 16;
/** How many sentences back the act a copular verdict judges may have been told. */
const JUDGED_ACT_SPAN = 10;

