// The date and place of an event, from time expressions and places the text links to it.
import type { Doc, TokenRange } from '../doc.js';
import { CLAUSE_BREAKS, REPORTING_FORMS } from './locales/en/cues.js';

const MAX_DATE_AFTER = 10;

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'during', 'until', 'before', 'after', 'from', 'through', 'for', ',', 'since', 'between']);

/** "... on Sunday": the date heads its own phrase rather than ending a noun phrase ("the Games next year"). */
function afterPreposition(doc: Doc, at: number): boolean {
  return at > 0 && TIME_PREPOSITIONS.has(doc.tokens[at - 1].text.toLowerCase());
}
const CALENDAR = /^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q\d|SP|SU|FA|WI|H\d))?$/;

/** Index into doc.timexes of the calendar date governing the trigger's clause, or -1. */
export function eventTimex(doc: Doc, sentence: TokenRange, anchor: number, onlyAfter = false): number {
  const segStart = segmentBound(doc, sentence, anchor, -1);
  const segEnd = segmentBound(doc, sentence, anchor, +1);
  // a planned act inside "agreed last month to ...": only dates after it are its own
  const from = onlyAfter ? anchor : segStart;
  const inClause = nearestTimex(doc, sentence, anchor, from, segEnd, true);
  if (inClause >= 0 || onlyAfter) return inClause;
  // no date in the trigger's clause: a date elsewhere in the sentence applies to it
  return nearestTimex(doc, sentence, anchor, sentence.start, sentence.end, false);
}

/** The calendar date of a timex: DATE values as they are, the day of a TIME ("2021-04-28TAF"). */
export function calendarValue(t: { type: string; value: string }): string | null {
  if (t.type === 'DATE' && CALENDAR.test(t.value)) return t.value;
  if (t.type === 'TIME' && /^\d{4}-\d{2}-\d{2}T/.test(t.value)) return t.value.slice(0, 10);
  return null;
}

function nearestTimex(doc: Doc, sentence: TokenRange, anchor: number, segStart: number, segEnd: number, strict: boolean): number {
  let best = -1;
  let bestDistance = Infinity;
  doc.timexes.forEach((t, i) => {
    if (!calendarValue(t)) return;
    if (t.start < segStart || t.end > segEnd) return;
    if (inOtherSubordinate(doc, sentence, t.start, anchor)) return;
    const distance = t.start >= anchor ? t.start - anchor : anchor - t.end;
    // a date far after the trigger usually belongs to its object ("a boycott of the Games next year")
    if (strict && t.start > anchor && (distance > MAX_DATE_AFTER || (distance > 3 && !afterPreposition(doc, t.start)))) return;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}

const SUBORDINATORS = new Set(['since', 'after', 'before', 'until', 'when', 'while', 'as']);

/** Is the timex inside a "since …," clause that does not contain the anchor? */
function inOtherSubordinate(doc: Doc, s: TokenRange, at: number, anchor: number): boolean {
  for (let k = at - 1; k >= s.start; k--) {
    const w = doc.tokens[k].text.toLowerCase();
    if (w === ',' || w === ';') return false;
    if (SUBORDINATORS.has(w)) {
      // the subordinate clause runs to the next comma
      let end = at;
      while (end < s.end && doc.tokens[end].text !== ',') end++;
      return !(k < anchor && anchor < end);
    }
  }
  return false;
}

/** The first token index after (dir −1) or past the end (dir +1) of the anchor's segment. */
function segmentBound(doc: Doc, s: TokenRange, anchor: number, dir: 1 | -1): number {
  if (dir < 0) {
    for (let k = anchor - 1; k >= s.start; k--) if (isSegmentBreak(doc, k)) return k + 1;
    return s.start;
  }
  for (let k = anchor + 1; k < s.end; k++) if (isSegmentBreak(doc, k)) return k;
  return s.end;
}

function isSegmentBreak(doc: Doc, k: number): boolean {
  const w = doc.tokens[k].text.toLowerCase();
  return (CLAUSE_BREAKS.has(w) && !SUBORDINATORS.has(w) && w !== '"' && w !== '“' && w !== '”') || REPORTING_FORMS.has(w);
}
