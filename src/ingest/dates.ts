import { MONTHS, RFC822_ZONES } from './date-names.js';

/**
 * A publication date read from a source. `date` is the calendar date as written in the
 * source's own zone; `published` is the full timestamp (ISO 8601, offset kept as written, or
 * no offset when the source gives none or an ambiguous one), or null when only a day is known.
 */
export interface ParsedDate {
  date: string;
  published: string | null;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number };
  /** minutes east of UTC; undefined when the source gives no (unambiguous) zone */
  offset?: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValid(p: Parts): boolean {
  if (p.year < 1000 || p.year > 9999 || p.month < 1 || p.month > 12) return false;
  if (p.day < 1 || p.day > daysInMonth(p.year, p.month)) return false;
  if (p.time && (p.time.hour > 24 || p.time.minute > 59 || p.time.second > 60)) return false;
  if (p.offset !== undefined && Math.abs(p.offset) > 14 * 60) return false;
  return true;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function format(p: Parts): ParsedDate {
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (!p.time) return { date, published: null };
  const { hour, minute, second } = p.time;
  const zone = p.offset === undefined ? '' : formatOffset(p.offset);
  return { date, published: `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}` };
}

/** "+05:30", "-0800", "+01", "Z", "GMT", "EST" → minutes east of UTC (undefined if unknown). */
function parseZone(zone: string | undefined, allowNames: boolean): number | undefined {
  if (!zone) return undefined;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const upper = zone.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT' || upper === 'UT') return 0;
  return allowNames ? RFC822_ZONES[upper] : undefined;
}

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

function fullYear(year: string): number {
  const n = Number(year);
  if (year.length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n; // RFC 822 two-digit years
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?$/i;

function parseIso(s: string): Parts | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const parts: Parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (m[4] !== undefined) {
    parts.time = { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) };
    parts.offset = parseZone(m[7], false);
  }
  return parts;
}

/** "Wed, 02 Nov 2011 17:25:27 +0000", "03 Apr 02 1500 GMT", "Seg, 24 Set 2018 19:42:40 -0300". */
const RFC822 =
  /^(?:[\p{L}]+\.?,?\s+)?(\d{1,2})\s+([\p{L}]+\.?)\s+(\d{2}|\d{4})(?:,?\s+(\d{1,2}):?(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?)?$/u;

function parseRfc822(s: string): Parts | null {
  const m = RFC822.exec(s);
  if (!m) return null;
  const month = monthNumber(m[2]!);
  if (!month) return null;
  const parts: Parts = { year: fullYear(m[3]!), month, day: Number(m[1]) };
  if (m[4] !== undefined) {
    parts.time = { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) };
    parts.offset = parseZone(m[7], true);
  }
  return parts;
}

/**
 * Java's Date.toString: "Fri Mar 13 21:30:09 EST 2015". The zone is the server's local
 * abbreviation (EST may be Australian), so only UTC/GMT are trusted.
 */
const JAVA_DATE =
  /^[\p{L}]+\s+([\p{L}]+)\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+([A-Za-z]{2,5})?\s*(\d{4})$/u;

function parseJavaDate(s: string): Parts | null {
  const m = JAVA_DATE.exec(s);
  if (!m) return null;
  const month = monthNumber(m[1]!);
  if (!month) return null;
  return {
    year: Number(m[7]),
    month,
    day: Number(m[2]),
    time: { hour: Number(m[3]), minute: Number(m[4]), second: Number(m[5] ?? 0) },
    offset: parseZone(m[6], false),
  };
}

/** "March 13, 2015", "Mar. 13 2015", "13 March 2015" (a day without a time). */
function parseWrittenDay(s: string): Parts | null {
  const monthFirst = /^(?:[\p{L}]+,?\s+)?([\p{L}]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/u.exec(s);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1]!);
    return month ? { year: Number(monthFirst[3]), month, day: Number(monthFirst[2]) } : null;
  }
  const dayFirst = /^(?:[\p{L}]+,?\s+)?(\d{1,2})\.?\s+([\p{L}]+\.?)\s+(\d{4})$/u.exec(s);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2]!);
    return month ? { year: Number(dayFirst[3]), month, day: Number(dayFirst[1]) } : null;
  }
  return null;
}

/** Unix time in seconds (9-10 digits) or milliseconds (12-13 digits), read as UTC. */
function parseEpoch(s: string): Parts | null {
  if (!/^\d{9,10}$|^\d{12,13}$/.test(s)) return null;
  const ms = s.length >= 12 ? Number(s) : Number(s) * 1000;
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    time: { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
    offset: 0,
  };
}

const PARSERS = [parseIso, parseRfc822, parseJavaDate, parseWrittenDay, parseEpoch];

/**
 * Read a publication date as a source writes it (ISO 8601, RFC 822 with English or localised
 * names, Java Date.toString, "March 13, 2015", Unix epoch). Returns null when it is not a date.
 */
export function parseSourceDate(raw: string | null | undefined): ParsedDate | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  for (const parse of PARSERS) {
    const parts = parse(s);
    if (parts) return isValid(parts) ? format(parts) : null;
  }
  return null;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isValid({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
}
