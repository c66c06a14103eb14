// Clause tense from light cues (no POS needed). The verb that governs a time expression
// usually comes before it ("the king met Monday", "will meet on Monday"), so the nearest cue
// before it decides; when there is none, the nearest cue after it ("On Friday, the government
// announced …"). Cues farther than a few words away say nothing ('unknown').
import type { Doc, TokenRange } from '../doc.js';
import type { Tense } from './types.js';
import { FUTURE_CUES, FUTURE_NEEDS_TO, FUTURE_WITH_FOR, INTENTION_VERBS, IRREGULAR_PAST, NOT_PAST_ED, PAST_AUXILIARIES, REPORTING_VERBS } from './locales/en/tense.js';

const BE_FORMS = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'am']);
const CLAUSE_BREAKS = new Set([';', ':', '—', '–']);
/** quotation marks often open reported speech, but a quoted phrase inside a clause is no break */
const QUOTE_MARKS = new Set(['"', '“', '”', '``', "''"]);
/** a parenthesis is an aside: the verb outside it still governs ("will leave at 4 (4 a.m. Thursday)") */
const ASIDES = new Set(['(', ')']);
const QUOTE_PENALTY = 2;
/** words after which an -ed form is a participle or adjective ("stays closed"), not the tense */
const PARTICIPLE_BEFORE = new Set(['be', 'been', 'being', 'to', 'is', 'are', 'get', 'gets', 'stay', 'stays', 'remain', 'remains', 'seem', 'seems', 'become', 'becomes', 'appear', 'appears', 'keep', 'keeps']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
const BASE_BEFORE = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', "'ll", 'do', 'does', 'did', "n't", 'not', 'to']);
/** ("could" is also the past of "can": "could not be located Wednesday") */
const MODALS = new Set(['should', 'might', 'may']);
const PRESENT_CUES = new Set(['is', 'are', 'am', "'re"]);
/** cues farther than this (in tokens, plus clause-break penalties) say nothing */
const MAX_DISTANCE = 12;

function cueAt(doc: Doc, i: number, lower: (i: number) => string, before: boolean): Tense | 'report' | null {
  const w = lower(i);
  if (REPORTING_VERBS.has(w)) return 'report';
  if (INTENTION_VERBS.has(w) && !PARTICIPLE_BEFORE.has(lower(i - 1)) && lower(i + 1) === 'to') return before ? 'future' : 'past';
  // "next to" is a preposition; "as (previously) planned" looks back
  if (FUTURE_CUES.has(w) && !(w === 'next' && lower(i + 1) === 'to') && !(lower(i - 1) === 'as' || lower(i - 1) === 'previously')) {
    const future = isFutureCue(w, i, lower);
    // "had been due to expire Friday", "had been scheduled for Monday": a plan now past
    if (future) return lower(i - 1) === 'had' || (lower(i - 1) === 'been' && lower(i - 2) === 'had') ? 'past' : 'future';
    if (!IRREGULAR_PAST.has(w)) return null;
  }
  if (PAST_AUXILIARIES.has(w)) return 'past';
  // "will hit the road", "did not put": a base form after a modal or do
  if (IRREGULAR_PAST.has(w)) return PARTICIPLE_BEFORE.has(lower(i - 1)) || BASE_BEFORE.has(lower(i - 1)) ? null : 'past';
  // "should cease by Saturday", "might come on Monday" (not "should have", nor the month May)
  // (only before the expression: after it, "a winner in June, may now be aimed at …" is another clause)
  if (before && MODALS.has(w) && lower(i + 1) !== 'have' && !(w === 'may' && /^M/.test(doc.tokens[i].text) && i > 0)) return 'future';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && /^[a-z]+$/.test(w)) {
    // a participle after "be"/"been"/"to" ("will be paid", "has been delayed") is not the tense,
    // nor an adjective ("a still unspecified date", "the planned talks", "an unnamed official")
    if (PARTICIPLE_BEFORE.has(lower(i - 1)) || DETERMINERS.has(lower(i - 1)) || DETERMINERS.has(lower(i - 2)) && lower(i - 1).endsWith('ly') || w.startsWith('un')) return null;
    return 'past';
  }
  if (PRESENT_CUES.has(w)) return 'present';
  const tag = doc.pos[i];
  if (tag === 'VBD') return 'past';
  if (tag === 'MD') return 'future';
  return null;
}

/** Whether the future cue word at i counts here ("is to", "plans to", "set for", "to be held"). */
function isFutureCue(w: string, i: number, lower: (i: number) => string): boolean {
  if (!FUTURE_NEEDS_TO.has(w)) return true;
  if (w === 'to') return BE_FORMS.has(lower(i - 1)) || lower(i + 1) === 'be';
  return lower(i + 1) === 'to' || (FUTURE_WITH_FOR.has(w) && lower(i + 1) === 'for');
}

/**
 * Tense of the clause around tokens [at.start, at.end) within the sentence. A reporting verb
 * right next to the expression ("said Friday") decides; farther away it only tells when the
 * report was made, so it counts when nothing else does.
 */
export function clauseTense(doc: Doc, sentence: TokenRange, at: TokenRange, lower: (i: number) => string): Tense {
  let reported = false;
  const scan = (from: number, step: 1 | -1, limit: number, origin: number, reportDecides: boolean): Tense | null => {
    let penalty = 0;
    for (let i = from; step < 0 ? i >= limit : i < limit; i += step) {
      if (CLAUSE_BREAKS.has(doc.tokens[i].text)) penalty += 4;
      else if (ASIDES.has(doc.tokens[i].text)) penalty += 1;
      else if (QUOTE_MARKS.has(doc.tokens[i].text)) penalty += QUOTE_PENALTY;
      const distance = Math.abs(i - origin) + penalty;
      if (distance > MAX_DISTANCE) break;
      const cue = cueAt(doc, i, lower, step < 0);
      if (cue === 'report') {
        if (distance <= 2 || reportDecides) return 'past';
        reported = true;
        continue;
      }
      if (cue === 'present' && distance > 3) continue;
      if (cue) return cue;
    }
    return null;
  };
  const before = scan(at.start - 1, -1, sentence.start, at.start, false);
  if (before) return before;
  // "Bush told reporters on Tuesday that …": cues after "that" belong to the reported clause
  if (reported) return 'past';
  // after the expression the first verb is the clause's own ("In May, it announced …")
  return scan(at.end, 1, sentence.end, at.end - 1, true) ?? 'unknown';
}
