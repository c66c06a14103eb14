// Clause tense from light cues (no POS needed): the nearest tense-marking word to the time
// expression decides; reporting verbs ("said") count only when nothing else does.
import type { Doc, TokenRange } from '../doc.js';
import type { Tense } from './types.js';
import { FUTURE_CUES, FUTURE_NEEDS_TO, IRREGULAR_PAST, NOT_PAST_ED, PAST_AUXILIARIES, REPORTING_VERBS } from './locales/en/tense.js';

const BE_FORMS = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'am']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '"', '“', '”', '—', '–']);
/** cues farther than this (in tokens, plus clause-break penalties) say nothing */
const MAX_DISTANCE = 12;
const PRESENT_CUES = new Set(['is', 'are', 'am', "'re", 'has', 'have']);

function cueAt(doc: Doc, i: number, lower: (i: number) => string): Tense | 'report' | null {
  const w = lower(i);
  if (REPORTING_VERBS.has(w)) return 'report';
  if (FUTURE_CUES.has(w)) {
    if (!FUTURE_NEEDS_TO.has(w)) return 'future';
    if (w === 'to') return BE_FORMS.has(lower(i - 1)) ? 'future' : null;
    return lower(i + 1) === 'to' ? 'future' : null;
  }
  if (PAST_AUXILIARIES.has(w) || IRREGULAR_PAST.has(w)) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && /^[a-z]+$/.test(w)) return 'past';
  if (PRESENT_CUES.has(w)) return 'present';
  const tag = doc.pos[i];
  if (tag === 'VBD') return 'past';
  if (tag === 'MD') return 'future';
  return null;
}

/** Tense of the clause around tokens [at.start, at.end) within the sentence. */
export function clauseTense(doc: Doc, sentence: TokenRange, at: TokenRange, lower: (i: number) => string): Tense {
  let best: Tense | null = null;
  let bestDistance = Infinity;
  let report: Tense | null = null;
  const consider = (i: number, distance: number) => {
    const cue = cueAt(doc, i, lower);
    if (cue === null) return;
    if (cue === 'report') {
      report ??= 'past';
      return;
    }
    // present only counts when it is very close ("is meeting on Monday")
    if (cue === 'present' && distance > 4) return;
    if (distance > MAX_DISTANCE) return;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  };
  let penalty = 0;
  for (let i = at.start - 1; i >= sentence.start; i--) {
    if (CLAUSE_BREAKS.has(doc.tokens[i].text)) penalty += 4;
    consider(i, at.start - i + penalty);
  }
  penalty = 0;
  for (let i = at.end; i < sentence.end; i++) {
    if (CLAUSE_BREAKS.has(doc.tokens[i].text)) penalty += 4;
    consider(i, i - at.end + 1 + penalty + 0.5);
  }
  return best ?? report ?? 'unknown';
}
