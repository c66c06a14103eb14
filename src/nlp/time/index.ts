// Public API of the times stage for later stages (events, timelines).
import type { Doc, Timex, TokenRange } from '../doc.js';
import { calendarGranularity } from './calendar.js';

export { timesStage } from './stage.js';
export { tagTimes } from './tagger.js';

export interface RangeDate {
  /** a calendar value: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY-SU…, YYYY, decade YYY, century YY */
  value: string;
  /** index into doc.timexes of the expression the date came from */
  timex: number;
}

const PRECISION: Record<string, number> = {
  day: 0, week: 1, month: 2, quarter: 3, season: 3, half: 4, year: 5, decade: 6, century: 7,
};

/**
 * The calendar date of a timex, or null for values that are not a point on the calendar
 * (durations, sets, PRESENT_REF/PAST_REF/FUTURE_REF, XXXX-05). A TIME's date part is its date
 * ("2021-12-09TMO" → "2021-12-09", "2021-12-11T10:30" → "2021-12-11").
 */
export function calendarValue(timex: Timex): string | null {
  if (timex.type === 'DURATION' || timex.type === 'SET') return null;
  const value = timex.type === 'TIME' ? timex.value.replace(/T.*$/, '') : timex.value.replace(/-WE$/, '');
  return calendarGranularity(value) ? value : null;
}

/**
 * The best date for an event stated in `range` (a clause or a sentence): among the time
 * expressions inside the range that have a calendar value, the most precise one, and among
 * equally precise ones the first. Returns null when the range states no calendar date —
 * callers must then leave the event date empty rather than fall back to the article date.
 *
 * Example: in "On Saturday, Hayashi met Blinken in Liverpool" of an article dated 2021-12-11,
 * the sentence's range gives { value: "2021-12-11", timex: <index of "Saturday"> }.
 */
export function dateForRange(doc: Doc, range: TokenRange): RangeDate | null {
  let best: RangeDate | null = null;
  let bestPrecision = Infinity;
  for (let k = 0; k < doc.timexes.length; k++) {
    const t = doc.timexes[k];
    if (t.end <= range.start || t.start >= range.end) continue;
    const value = calendarValue(t);
    if (!value) continue;
    const precision = PRECISION[calendarGranularity(value)!];
    if (precision < bestPrecision) {
      best = { value, timex: k };
      bestPrecision = precision;
    }
  }
  return best;
}
