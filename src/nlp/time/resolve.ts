// Normalisation helpers: turn what the text stated (a weekday, a month, "last week") into a
// TIMEX3 value relative to the reference date, at no more precision than the text gave.
import {
  type CalDate, addDays, addMonths, dayNumber, formatDay, formatMonth, formatWeek, formatYear,
  isValidDate, isoWeekday, quarterOf,
} from './calendar.js';
import type { Tense } from './types.js';

export type Relation = 'last' | 'next' | 'this' | null;

/** "last"/"next"/"this"/"coming"/"past" words to a relation. */
export function relationOf(word: string | undefined): Relation {
  if (!word) return null;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'past' || w === 'this past' || w === 'previous' || w === 'the previous' || w === 'the past' || w === 'the last') return 'last';
  if (w === 'next' || w === 'coming' || w === 'this coming' || w === 'the coming' || w === 'the next' || w === 'following' || w === 'upcoming' || w === 'the following') return 'next';
  if (w === 'this' || w === 'the current' || w === 'current' || w === 'the present') return 'this';
  return null;
}

/**
 * A weekday relative to the reference: past tense → the closest such day on or before the
 * reference (same day included); future → the closest on or after; "last" is the closest
 * before, "next" the closest after unless that is within two days in the same week, "this"
 * the one in the reference's week.
 */
export function weekdayDate(ref: CalDate, weekday: number, tense: Tense, relation: Relation): CalDate {
  const today = isoWeekday(ref);
  const back = (today - weekday + 7) % 7;
  const forward = (weekday - today + 7) % 7;
  if (relation === 'last') return addDays(ref, -(back === 0 ? 7 : back));
  // "next Friday" said on a Thursday is a week on ("… next Friday (Sept. 6)"); a day three or
  // more days ahead, or already in next week, is the coming one ("next Sunday" on a Monday)
  if (relation === 'next') {
    const ahead = forward === 0 ? 7 : forward;
    return addDays(ref, ahead <= 2 && today + ahead <= 7 ? ahead + 7 : ahead);
  }
  if (relation === 'this') return addDays(ref, weekday - today);
  if (tense === 'past') return addDays(ref, -back);
  return addDays(ref, forward);
}

/** Year of a month named without a year: most recent in past tense, next in future. */
export function yearForMonth(ref: CalDate, month: number, tense: Tense, relation: Relation): number {
  if (relation === 'this') return ref.year;
  if (relation === 'last') return month < ref.month ? ref.year : ref.year - 1;
  if (relation === 'next') return month > ref.month ? ref.year : ref.year + 1;
  if (tense === 'past') return month <= ref.month ? ref.year : ref.year - 1;
  if (tense === 'future') return month >= ref.month ? ref.year : ref.year + 1;
  if (tense === 'present') return nearestYear(ref, month, 15);
  // no cue: news mostly reports the past, unless the month is just ahead
  const ahead = (month - ref.month + 12) % 12;
  if (ahead > 0 && ahead <= 2) return month > ref.month ? ref.year : ref.year + 1;
  return month <= ref.month ? ref.year : ref.year - 1;
}

/** Year of a month-day named without a year. */
export function yearForMonthDay(ref: CalDate, month: number, day: number, tense: Tense): number {
  const diff = dayNumber({ year: ref.year, month, day: Math.min(day, 28) }) - dayNumber(ref);
  // within about a month either way, stay in the reference year whatever the tense
  if (Math.abs(diff) <= 60) return ref.year;
  if (tense === 'past') return diff <= 0 ? ref.year : ref.year - 1;
  if (tense === 'future') return diff >= 0 ? ref.year : ref.year + 1;
  return nearestYear(ref, month, day);
}

function nearestYear(ref: CalDate, month: number, day: number): number {
  let best = ref.year;
  let bestDistance = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const d = Math.abs(dayNumber({ year, month, day: Math.min(day, 28) }) - dayNumber(ref));
    if (d < bestDistance) {
      best = year;
      bestDistance = d;
    }
  }
  return best;
}

export function dayValue(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? formatDay({ year, month, day }) : null;
}

/** The calendar unit containing `date` shifted by `offset` units, at the unit's precision. */
export function unitValue(date: CalDate, unit: string, offset: number): string | null {
  switch (unit) {
    case 'day':
    case 'night':
      return formatDay(addDays(date, offset));
    case 'week':
      return formatWeek(addDays(date, 7 * offset));
    case 'fortnight':
      return formatWeek(addDays(date, 14 * offset));
    case 'weekend':
      return `${formatWeek(addDays(date, 7 * offset))}-WE`;
    case 'month': {
      const d = addMonths(date, offset);
      return formatMonth(d.year, d.month);
    }
    case 'quarter': {
      const d = addMonths(date, 3 * offset);
      return `${formatYear(d.year)}-Q${quarterOf(d.month)}`;
    }
    case 'year':
      return formatYear(date.year + offset);
    case 'decade':
      return String(Math.floor(date.year / 10) + offset);
    case 'century':
      return String(Math.floor(date.year / 100) + offset).padStart(2, '0');
    default:
      return null;
  }
}

/** A date `count` units before (negative) or after the anchor, at the unit's precision. */
export function shiftedValue(anchor: CalDate, unit: string, count: number): string | null {
  if (!Number.isInteger(count)) return null;
  switch (unit) {
    case 'day':
    case 'night':
      return formatDay(addDays(anchor, count));
    case 'week':
      return formatWeek(addDays(anchor, 7 * count));
    case 'fortnight':
      return formatWeek(addDays(anchor, 14 * count));
    case 'month': {
      const d = addMonths(anchor, count);
      return formatMonth(d.year, d.month);
    }
    case 'quarter': {
      const d = addMonths(anchor, 3 * count);
      return `${formatYear(d.year)}-Q${quarterOf(d.month)}`;
    }
    case 'year':
      return formatYear(anchor.year + count);
    case 'decade':
      return formatYear(anchor.year + 10 * count);
    case 'century':
      return formatYear(anchor.year + 100 * count);
    default:
      return null;
  }
}

/** Shift a calendar value (YYYY-Qn, YYYY-MM, YYYY) by whole years, keeping its precision. */
export function shiftValueYears(value: string, years: number): string | null {
  const m = /^(\d{4})(.*)$/.exec(value);
  if (!m) return null;
  return formatYear(Number(m[1]) + years) + m[2];
}

/** TIMEX3 duration value: P2D, PT3H, P1.5Y → P18M, PXY for unknown counts. */
export function durationValue(count: number | 'X', unit: string): string | null {
  const letters: Record<string, [string, boolean]> = {
    second: ['S', true], minute: ['M', true], hour: ['H', true], day: ['D', false], night: ['D', false],
    week: ['W', false], fortnight: ['W', false], month: ['M', false], quarter: ['Q', false],
    year: ['Y', false], decade: ['DE', false], century: ['CE', false], weekend: ['WE', false],
  };
  const info = letters[unit];
  if (!info) return null;
  const [letter, isTime] = info;
  if (count === 'X') return `P${isTime ? 'T' : ''}X${letter}`;
  let n = count;
  let l = letter;
  let t = isTime;
  if (unit === 'fortnight') n *= 2;
  // TimeML writes quarters of a year as months: "the next three quarters" P9M
  if (unit === 'quarter') {
    n *= 3;
    l = 'M';
  }
  if (!Number.isInteger(n)) {
    // the fraction goes to the next smaller unit: 2 1/2 years → P2Y6M, 5 1/2 hours → PT5H30M,
    // half an hour → PT30M
    const smaller: Record<string, [number, string, boolean]> = {
      Y: [12, 'M', false], M: [t ? 60 : 30, t ? 'S' : 'D', t], D: [24, 'H', true], H: [60, 'M', true], W: [7, 'D', false], DE: [10, 'Y', false],
    };
    const s = smaller[l];
    if (!s) return null;
    const whole = Math.floor(n);
    const rest = Math.round((n - whole) * s[0]);
    const head = whole > 0 ? `${whole}${l}` : '';
    if (t) return `PT${head}${rest}${s[1]}`;
    return s[2] ? `P${head}T${rest}${s[1]}` : `P${head}${rest}${s[1]}`;
  }
  return `P${t ? 'T' : ''}${n}${l}`;
}
