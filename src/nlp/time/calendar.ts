// Pure calendar arithmetic on proleptic Gregorian dates (no clock, no time zones).
// Day numbers count days since 1970-01-01 so shifting and weekday maths stay integer.

export interface CalDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

const MS_PER_DAY = 86_400_000;

export function parseIsoDate(iso: string): CalDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`calendar: expected YYYY-MM-DD, got "${iso}"`);
  return { year: +m[1], month: +m[2], day: +m[3] };
}

export function dayNumber(d: CalDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): CalDate {
  const t = new globalThis.Date(n * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: CalDate, days: number): CalDate {
  return fromDayNumber(dayNumber(d) + days);
}

/** Shift by whole months, clamping the day to the target month's length. */
export function addMonths(d: CalDate, months: number): CalDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new globalThis.Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(d: CalDate): number {
  const w = (dayNumber(d) + 3) % 7; // 1970-01-01 was a Thursday (ISO 4)
  return (w < 0 ? w + 7 : w) + 1;
}

/** ISO week-numbering year and week of a date. */
export function isoWeek(d: CalDate): { year: number; week: number } {
  const n = dayNumber(d);
  const thursday = fromDayNumber(n - isoWeekday(d) + 4);
  const jan1 = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

export function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export const formatYear = (year: number): string => pad(year, 4);
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month, 2)}`;
export const formatDay = (d: CalDate): string => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
export function formatWeek(d: CalDate): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week, 2)}`;
}
export const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easter(year: number): CalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The n-th given ISO weekday of a month (n = -1 for the last). */
export function nthWeekday(year: number, month: number, weekday: number, n: number): CalDate {
  if (n > 0) {
    const first = { year, month, day: 1 };
    const offset = (weekday - isoWeekday(first) + 7) % 7;
    return { year, month, day: 1 + offset + (n - 1) * 7 };
  }
  const lastDay = { year, month, day: daysInMonth(year, month) };
  const back = (isoWeekday(lastDay) - weekday + 7) % 7;
  return { year, month, day: lastDay.day - back };
}

/** Granularity of a TIMEX3 calendar value, or null for non-calendar values. */
export function calendarGranularity(value: string): 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century' | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-H\d$/.test(value)) return 'half';
  if (/^\d{4}-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return null;
}
