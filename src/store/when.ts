// The days a calendar value covers, so partial dates (2021-12, 2021-W48, 2021) can be sorted
// and matched against a date range.

export interface DayRange {
  start: string;
  end: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** Monday of ISO week `week` of ISO year `year`. */
function isoWeekMonday(year: number, week: number): Date {
  const jan4 = utc(year, 1, 4);
  const weekday = (jan4.getUTCDay() + 6) % 7; // Monday = 0
  return addDays(jan4, (week - 1) * 7 - weekday);
}

function lastDayOfMonth(y: number, m: number): number {
  return utc(y, m + 1, 0).getUTCDate();
}

/** The day range of a TIMEX3-style calendar value, or null when it is not one. */
export function dayRange(value: string): DayRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const [mo, d] = [Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > lastDayOfMonth(Number(m[1]), mo)) return null; // 2021-02-30
    return { start: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[1]}-${m[2]}-${m[3]}` };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    return { start: iso(monday), end: iso(addDays(monday, 6)) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDayOfMonth(y, mo))}` };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]);
    const first = (q - 1) * 3 + 1;
    const last = first + 2;
    return { start: `${m[1]}-${pad(first)}-01`, end: `${m[1]}-${pad(last)}-${pad(lastDayOfMonth(Number(m[1]), last))}` };
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return m[2] === '1' ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})(-(SP|SU|FA|AU|WI))?$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  return null;
}

/** The day range of an event's `when`, falling back to the article date for non-calendar values. */
export function whenRange(when: string, articleDate: string): DayRange {
  return dayRange(when) ?? dayRange(articleDate) ?? { start: articleDate, end: articleDate };
}
