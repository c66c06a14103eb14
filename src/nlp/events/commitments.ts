// Promises, refusals, threats and conditions: what a speech act commits its speaker to, and when that is a threat.
import type { Doc, DocEvent, Modality, TokenRange } from '../doc.js';
import { groupCodes, type Group, type Slot, sameSingleActor } from './arguments.js';
import { CLAUSE_BREAKS, REPORTING_FORMS } from './locales/en/cues.js';
import type { Trigger } from './triggers.js';
import { lower } from './text.js';

/** Concessions whose declared future negation is a refusal. */
export const REFUSABLE = new Set(['CONCEDE', 'RETREAT', 'AGREE']);

const NEGATORS = new Set(['not', 'never', "n't"]);

const FUTURE_MODALS = new Set(['will', 'would', 'wo', 'shall']);

/** "would not withdraw", "will never accept", "won't release": a declared future "no" right before the verb. */
export function declaredRefusal(doc: Doc, s: TokenRange, head: number): boolean {
  let k = head - 1;
  while (k > s.start && lower(doc, k).endsWith('ly')) k--;
  if (k <= s.start || !NEGATORS.has(lower(doc, k))) return false;
  return FUTURE_MODALS.has(lower(doc, k - 1));
}

/** Acts a party can promise to another (AID, SUPPORT, RETREAT, CONCEDE), not meetings or threats. */
const PROMISABLE = new Set(['AID', 'SUPPORT', 'RETREAT', 'CONCEDE']);

/** "X will give / would allow ... Y": the subject's own "will"/"would" before an active verb. */
export function promisedAct(doc: Doc, s: TokenRange, t: Trigger, e: DocEvent): boolean {
  if (!PROMISABLE.has(e.category) || e.negated || e.modality !== 'planned' || t.noun || !e.target.length) return false;
  // ("a shipment from Qatar will land in Gaza": the goods' own arrival, no one's promise)
  if (t.pattern.subjectNoun) return false;
  // ("X will resign": an act on oneself, or at home with no other party, promises nothing to anyone)
  if (sameSingleActor(e.sourceActors, e.targetActors) || (!e.targetActors.length && e.source.join() === e.target.join())) return false;
  // ("would only welcome him if ...": a condition, not a promise)
  for (let j = t.end; j < s.end && j < t.end + 12; j++) if (['if', 'unless'].includes(lower(doc, j))) return false;
  return promisedByModal(doc, s, t.head);
}

/** "will (soon) send", "would also give": the subject's own will/would right before the verb. */
export function promisedByModal(doc: Doc, s: TokenRange, head: number): boolean {
  let k = head - 1;
  while (k > s.start && (lower(doc, k).endsWith('ly') || ['also', 'soon', 'still', 'again', 'now'].includes(lower(doc, k)))) k--;
  return k >= s.start && ['will', 'would', "'ll", 'shall'].includes(lower(doc, k)) && lower(doc, head - 1) !== 'only';
}

const NORM_ADJECTIVES = new Set(['vital', 'essential', 'important', 'necessary', 'crucial', 'needed', 'key', 'possible', 'impossible', 'unlikely', 'likely']);

/** "cooperation between X and Y is vital": a judgement about an act, not the act. */
export function judgedNotDone(doc: Doc, s: TokenRange, from: number): boolean {
  for (let k = from; k < s.end - 1 && k < from + 12; k++) {
    const w = lower(doc, k);
    if (CLAUSE_BREAKS.has(w) || REPORTING_FORMS.has(w) || w === 'that') return false;
    if ((w === 'is' || w === 'are' || w === 'remains' || w === 'was') && NORM_ADJECTIVES.has(lower(doc, k + 1))) return true;
  }
  return false;
}

const THREATENED_ACTS = new Set(['SANCTION', 'ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'RETREAT']);

const CONDITIONS = new Set(['unless', 'if', 'until']);

/** A planned or possible coercive act under a condition the target must meet. */
export function isConditionalThreat(doc: Doc, s: TokenRange, t: Trigger, modality: Modality): boolean {
  if (!THREATENED_ACTS.has(t.pattern.category) || modality === 'asserted') return false;
  for (let k = s.start; k < s.end; k++) {
    if (!CONDITIONS.has(lower(doc, k)) || Math.abs(k - t.head) > 15) continue;
    // "if needed": no condition put to anyone; "prepared to act if the EU chooses to intervene": the act is the condition
    if (k + 1 < s.end && OPEN_CONDITIONS.has(lower(doc, k + 1))) continue;
    if (k < t.head && !doc.words({ start: k, end: t.head }).includes(',')) continue;
    // "postpone the demonstration until 9 November", "until further notice": a time limit, no condition
    if (lower(doc, k) === 'until' && untilTime(doc, k + 1)) continue;
    return true;
  }
  return standsReady(doc, s, t.head);
}

/** Is the word inside an "if" or "unless" clause ("if NATO deploys troops")? */
export function insideCondition(doc: Doc, s: TokenRange, head: number): boolean {
  for (let k = head - 1; k >= s.start && k >= head - 12; k--) {
    const w = lower(doc, k);
    if (w === 'if' || w === 'unless') return true;
    if (w === ',' || w === ';' || CLAUSE_BREAKS.has(w) || REPORTING_FORMS.has(w)) return false;
  }
  return false;
}

const OPEN_CONDITIONS = new Set(['needed', 'necessary', 'required', 'possible', 'warranted', 'appropriate', 'asked', 'requested']);

/** "is prepared to impose sanctions", "stands ready to strike": a readiness to coerce is a threat. */
function standsReady(doc: Doc, s: TokenRange, head: number): boolean {
  for (let k = Math.max(s.start, head - 4); k < head - 1; k++) {
    if (READINESS.has(lower(doc, k)) && lower(doc, k + 1) === 'to') return true;
  }
  return false;
}

const READINESS = new Set(['prepared', 'ready']);

/** Acts whose vowed future is a threat (a vow to withdraw or to aid stays a promise). */
export const VOWED_FORCE = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'THREATEN']);

const VOW_FORMS = new Set(['vow', 'vows', 'vowed', 'vowing', 'swore', 'swear', 'swears', 'sworn']);

/** "vowed to fight", "vowed on Monday to fight", "swore to attack": the vow whose infinitive is the act, or -1. */
export function vowBefore(doc: Doc, s: TokenRange, head: number): number {
  if (head - 1 <= s.start || lower(doc, head - 1) !== 'to') return -1;
  for (let k = head - 2; k >= s.start && k >= head - 7; k--) {
    if (VOW_FORMS.has(lower(doc, k))) return infinitiveAfter(doc, s, k + 1) === head - 1 ? k : -1;
  }
  return -1;
}

/** The "to" of a verb's infinitive, past a date or adverb between ("vowed on Monday to"); else `from`. */
function infinitiveAfter(doc: Doc, s: TokenRange, from: number): number {
  for (let k = from; k < s.end && k < from + 5; k++) {
    const w = lower(doc, k);
    if (w === 'to') return k;
    if (w === ',' || CLAUSE_BREAKS.has(w) || (doc.pos[k] ?? '').startsWith('VB')) return from;
  }
  return from;
}

const FORCEFUL = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'THREATEN']);

/** A one-sided promise or readiness whose content opens with a coercive act ("ready to impose sanctions"). */
export function pledgesForce(doc: Doc, s: TokenRange, t: Trigger, triggers: Trigger[]): boolean {
  if (t.pattern.category !== 'AGREE' || t.pattern.symmetric || !t.pattern.complement) return false;
  let k = infinitiveAfter(doc, s, t.end);
  if (k < s.end && lower(doc, k) === 'to') k++;
  const next = triggers.find((o) => o.head >= k && o.head <= k + 1);
  return !!next && !next.noun && FORCEFUL.has(next.pattern.category);
}

/** The actor group opening the "that" clause a few words after the trigger, other than the source. */
export function thatClauseSubject(doc: Doc, s: TokenRange, groups: Group[], from: number, own: string[]): Slot[] {
  for (let k = from; k < s.end && k < from + 6; k++) {
    const w = lower(doc, k);
    if (w === ',' || w === ';' || w === '.') return [];
    if (w !== 'that') continue;
    const g = groups.find((gr) => gr.start > k && gr.start <= k + 3 && !gr.locative);
    return g && groupCodes(g.slots).some((c) => !own.includes(c)) ? g.slots : [];
  }
  return [];
}

/** The first actor group after "unless" or "if" that follows the trigger. */
export function conditionSubject(doc: Doc, s: TokenRange, groups: Group[], from: number): Slot[] {
  for (let k = from; k < s.end; k++) {
    if (!CONDITIONS.has(lower(doc, k))) continue;
    const g = groups.find((gr) => gr.start > k && gr.start <= k + 4 && !gr.locative);
    return g ? g.slots : [];
  }
  return [];
}

/** "until 9 November", "until next week", "until further notice": a time, not a condition someone must meet. */
function untilTime(doc: Doc, k: number): boolean {
  return doc.timexes.some((t) => t.start === k || t.start === k + 1) || ['further', 'then', 'now'].includes(lower(doc, k));
}

/** The AGREE a stated promise of an act makes (SCHEMA: promise = AGREE): asserted, undated, beside the planned act. */
export function promiseOf(act: DocEvent): DocEvent {
  return { ...act, category: 'AGREE', mode: null, modality: 'asserted', date: null, timex: undefined, rule: `${act.rule}+agree.promise` };
}
