// Negation, modality and attribution of a trigger, read from the words of its clause.
import type { Doc, Modality, TokenRange } from '../doc.js';
import {
  AUXILIARIES, CLAUSE_BREAKS, HYPOTHETICAL_CUES, NEGATION_PHRASES, NEGATORS, NON_EVENT_CUES, NOUN_CONTEXT,
  PLANNED_CUES, REPORTING_FORMS,
} from './locales/en/cues.js';

const lower = (doc: Doc, k: number) => doc.tokens[k].text.toLowerCase().replace(/’/g, "'");

/** Index where the trigger's clause starts: after the nearest break, reporting verb or "that". */
export function clauseStart(doc: Doc, sentence: TokenRange, at: number): number {
  for (let k = at - 1; k >= sentence.start; k--) {
    const w = lower(doc, k);
    if (CLAUSE_BREAKS.has(w) || REPORTING_FORMS.has(w) || w === 'that' || w === 'according') return k + 1;
  }
  return sentence.start;
}

const LIGHT_VERBS = new Set(['hold', 'held', 'holds', 'holding', 'impose', 'imposed', 'imposing', 'launch', 'launched',
  'stage', 'staged', 'conduct', 'conducted', 'carry', 'carried', 'out', 'make', 'made', 'reach', 'reached', 'sign', 'signed',
  'issue', 'issued', 'have', 'had', 'take', 'took', 'taken', 'give', 'gave', 'hold', 'start', 'started', 'begin', 'began',
  'resume', 'resumed', 'join', 'joined', 'attend', 'attended', 'engage', 'engaged', 'in', 'any', 'such']);

/** Does the text say the trigger did not happen? Noun triggers need a negated light verb or "no". */
export function isNegated(doc: Doc, start: number, floor: number, noun: boolean): boolean {
  for (const phrase of NEGATION_PHRASES) {
    for (let gap = 0; gap <= (noun ? 3 : 1); gap++) {
      const end = start - gap;
      const begin = end - phrase.length;
      if (begin < floor) continue;
      if (phrase.every((w, i) => lower(doc, begin + i) === w) && fillerOnly(doc, end, start, noun)) return true;
    }
  }
  for (let k = start - 1; k >= floor && k >= start - 6; k--) {
    const w = lower(doc, k);
    if (NEGATORS.has(w)) {
      if (w === 'no' && k + 1 < start && lower(doc, k + 1) === 'longer') return true;
      if (w === 'not' && k + 1 < doc.tokens.length && lower(doc, k + 1) === 'only') return false;
      return fillerOnly(doc, k + 1, start, noun);
    }
    if (!AUXILIARIES.has(w) && !NOUN_CONTEXT.has(w) && !LIGHT_VERBS.has(w) && !w.endsWith('ly')) return false;
  }
  return false;
}

function fillerOnly(doc: Doc, from: number, to: number, noun: boolean): boolean {
  for (let k = from; k < to; k++) {
    const w = lower(doc, k);
    if (AUXILIARIES.has(w) || w.endsWith('ly')) continue;
    if (noun && (NOUN_CONTEXT.has(w) || LIGHT_VERBS.has(w))) continue;
    return false;
  }
  return true;
}

/** Planned, hypothetical or asserted, from cue words in the clause before the trigger; null for norms and wishes. */
export function modalityOf(doc: Doc, sentence: TokenRange, start: number, floor: number): Modality | null {
  let planned = false;
  let hypothetical = false;
  // ("did not say whether Chinese soldiers had been killed": the clause is an open question)
  if (floor > sentence.start && NON_EVENT_CUES.has(lower(doc, floor - 1))) return null;
  const from = Math.max(floor, start - 10);
  for (let k = from; k < start; k++) {
    const w = lower(doc, k);
    if (NON_EVENT_CUES.has(w)) return null;
    if (HYPOTHETICAL_CUES.has(w)) hypothetical = true;
    // "is prepared to talk": a readiness, like "ready to" (but "preparing to host" is planned)
    else if (w === 'prepared' && k > sentence.start && BE_FORMS_BEFORE.has(lower(doc, k - 1)) && lower(doc, k + 1) === 'to') hypothetical = true;
    else if (PLANNED_CUES.has(w)) planned = true;
    else if (w === 'would') {
      if (sentenceHas(doc, sentence, ['if', 'unless'])) hypothetical = true;
      else planned = true;
    } else if (w === 'to' && k > sentence.start && BE_TO.has(lower(doc, k - 1))) planned = true;
  }
  if (hypothetical) return 'hypothetical';
  return planned ? 'planned' : 'asserted';
}
const BE_TO = new Set(['is', 'are', 'was', 'were']);

/**
 * "Sudan will improve ties with Chad, stop arming the rebels and cease attacks": a bare verb after
 * "and", "or" or a comma continues a list of verbs opened by a modal or "to"; the list's first verb
 * (the one right after that modal) is returned, or -1. No finite verb, clause break or reporting
 * verb may stand between the two.
 */
export function firstConjunct(doc: Doc, sentence: TokenRange, head: number): number {
  // (the tagger often reads a bare verb after a comma as a noun or adverb: "..., close its airspace")
  if (head - 1 <= sentence.start || !LIST_JOINS.has(lower(doc, head - 1)) || /(ed|ing)$/.test(lower(doc, head))) return -1;
  for (let k = head - 2; k > sentence.start && k >= head - LIST_SPAN; k--) {
    const w = lower(doc, k);
    if (LIST_OPENERS.has(w)) {
      let v = k + 1;
      while (v < head && lower(doc, v).endsWith('ly')) v++;
      // ("close its airspace to French planes": "to" before a noun is a preposition)
      if (v < head - 1 && (doc.pos[v] === 'VB' || (w !== 'to' && doc.pos[k] === 'MD'))) return v;
      if (w !== 'to') return -1;
      continue;
    }
    if ((CLAUSE_BREAKS.has(w) && w !== ',') || REPORTING_FORMS.has(w) || w === 'that') return -1;
    if (/^(VBD|VBZ|VBP|MD)$/.test(doc.pos[k] ?? '')) return -1;
  }
  return -1;
}

const LIST_JOINS = new Set(['and', 'or', ',']);
const LIST_OPENERS = new Set(['will', 'would', 'shall', "'ll", 'could', 'may', 'might', 'should', 'must', 'can', 'to']);
/** How far back the first verb of a list may stand. */
const LIST_SPAN = 30;
const BE_FORMS_BEFORE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", 'am']);

/** The modality of the verb an event noun is the subject of ("talks ... will resume"), if any. */
export function modalityAfter(doc: Doc, s: TokenRange, from: number): Modality | null {
  for (let k = from; k < s.end && k < from + 10; k++) {
    const w = lower(doc, k);
    if (CLAUSE_BREAKS.has(w) || REPORTING_FORMS.has(w)) return null;
    if (w === 'will' || w === "'ll" || w === 'scheduled' || w === 'due' || w === 'planned') return 'planned';
    if (w === 'could' || w === 'may' || w === 'might') return 'hypothetical';
    if (/^(is|are|was|were|has|have|had|took|began|begun|started|ended|resumed|continued)$/.test(w)) return null;
  }
  return null;
}

function sentenceHas(doc: Doc, s: TokenRange, words: string[]): boolean {
  for (let k = s.start; k < s.end; k++) if (words.includes(lower(doc, k))) return true;
  return false;
}

/** A speaker credited in the sentence: "X said", "said X", "according to X". */
export interface Speaker {
  /** the reporting verb (or "according") */
  at: number;
  range: TokenRange;
}

export function speakers(doc: Doc, s: TokenRange): Speaker[] {
  const out: Speaker[] = [];
  for (let k = s.start; k < s.end; k++) {
    const w = lower(doc, k);
    if (w === 'according' && k + 1 < s.end && lower(doc, k + 1) === 'to') {
      out.push({ at: k, range: { start: k + 2, end: phraseEnd(doc, k + 2, s.end) } });
    } else if (REPORTING_FORMS.has(w) && w !== 'saying') {
      const prev = k > s.start ? lower(doc, k - 1) : '';
      if (prev === ',' || prev === '"' || prev === '”' || prev === "''") {
        // inverted: ", said the ministry."
        out.push({ at: k, range: { start: k + 1, end: phraseEnd(doc, k + 1, s.end) } });
      } else {
        let b = k - 1;
        while (b >= s.start && (!isBoundary(lower(doc, b)) || listComma(doc, s, b, k))) b--;
        const start = b + 1;
        if (start < k) out.push({ at: k, range: { start, end: k } });
      }
    }
  }
  return out;
}

/** "Australia, Britain and Canada said": a comma between names of one coordinated subject. */
function listComma(doc: Doc, s: TokenRange, comma: number, verb: number): boolean {
  if (lower(doc, comma) !== ',' || comma <= s.start || !/^\p{Lu}/u.test(doc.tokens[comma - 1].text)) return false;
  const next = comma + 1 < verb ? doc.tokens[comma + 1].text : '';
  if (!/^\p{Lu}/u.test(next)) return false;
  for (let k = comma + 1; k < verb; k++) {
    const w = lower(doc, k);
    if (w === 'and' || w === 'or') return true;
    if (isBoundary(w)) return false;
  }
  return false;
}

function isBoundary(w: string): boolean {
  return w === ',' || CLAUSE_BREAKS.has(w) || w === '"' || w === "''" || w === '``' || w === 'that';
}

function phraseEnd(doc: Doc, from: number, end: number): number {
  let k = from;
  while (k < end && k < from + 10 && !isBoundary(lower(doc, k)) && lower(doc, k) !== '.') k++;
  return k;
}
