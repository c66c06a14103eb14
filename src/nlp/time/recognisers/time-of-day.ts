// Clock times and parts of the day: "10:30 a.m. local time", "5 pm", "0200 GMT",
// "1700 hours IST", "noon", "the late afternoon", "overnight". The date comes from the date
// stated in the same sentence (filled in after the sentence), else the article date.
import type { TimexRule, Resolution } from '../types.js';
import { MONTH, ZONE, WEEKDAY, monthNumber, rule, weekdayNumber } from '../patterns.js';
import { pad, formatDay, addDays, isValidDate } from '../calendar.js';
import { weekdayDate, yearForMonthDay } from '../resolve.js';

const AMPM = String.raw`(?<ampm>[ap]\.\s?m\.?|[ap]m|[ap]\s?m)`;
const ZONE_TAIL = `(?:\\s+(?:local\\s+time|${ZONE}(?:\\s*[+-]\\s*\\d{1,2})?|\\(${ZONE}\\)|[A-Z][a-z]+\\s+time|in\\s+the\\s+(?<part>morning|afternoon|evening)))?`;
const DAY_TAIL = `(?:,?\\s+(?<day>${WEEKDAY}|today|yesterday|tomorrow|tonight|${MONTH}\\s*[0-3]?\\d(?![:\\d])))?`;

function clock(hour: number, minute: number, ampm: string | undefined, part?: string): string | null {
  let h = hour;
  const pm = ampm ? ampm.toLowerCase().startsWith('p') : part === 'afternoon' || part === 'evening';
  if (ampm || part) {
    if (h < 1 || h > 12) return null;
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
  }
  if (h > 24 || minute > 59) return null;
  return `T${pad(h, 2)}:${pad(minute, 2)}`;
}

function withDay(time: string, day: string | undefined, ctx: Parameters<TimexRule['resolve']>[1]): Resolution {
  if (!day) return { type: 'TIME', value: time, needsDay: true };
  const d = day.toLowerCase();
  // "5 p.m. EST, Nov. 6": the day written after the clock time
  const monthDay = /^(\S+)\s*(\d{1,2})$/.exec(d);
  const month = monthDay ? monthNumber(monthDay[1]) : null;
  if (monthDay && month) {
    const dayNumber = Number(monthDay[2]);
    const year = yearForMonthDay(ctx.ref, month, dayNumber, ctx.tense());
    return isValidDate(year, month, dayNumber) ? { type: 'TIME', value: formatDay({ year, month, day: dayNumber }) + time } : { type: 'TIME', value: time, needsDay: true };
  }
  const offsets: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
  // "until 9 a.m. Tuesday", "starting at noon Saturday" look forward
  const forward = /^(?:until|till|by|starting|from|before)$/.test(ctx.word(ctx.range.start - 1)) || /^(?:until|till|starting)$/.test(ctx.word(ctx.range.start - 2));
  const tense = ctx.tense();
  const date = d in offsets ? addDays(ctx.ref, offsets[d]) : weekdayDate(ctx.ref, weekdayNumber(d)!, forward || tense === 'future' || tense === 'present' ? 'future' : 'past', null);
  return { type: 'TIME', value: formatDay(date) + time };
}

export const timeOfDayRules: TimexRule[] = [
  {
    id: 'time.am-pm',
    pattern: rule(`(?<h>[01]?\\d)(?:[:.](?<m>[0-5]\\d))?\\s*${AMPM}${ZONE_TAIL}${DAY_TAIL}`),
    resolve: (g, ctx) => {
      const time = clock(Number(g.h), Number(g.m ?? 0), g.ampm);
      return time ? withDay(time, g.day, ctx) : null;
    },
  },
  {
    id: 'time.clock-zone',
    pattern: rule(`(?<h>[0-2]?\\d):(?<m>[0-5]\\d)(?:\\s+(?:hours|hrs|h)|\\s+(?:local\\s+time|${ZONE}|[A-Z][a-z]+\\s+time)|\\s+in\\s+the\\s+(?<part>morning|afternoon|evening))${DAY_TAIL}`),
    resolve: (g, ctx) => {
      const time = clock(Number(g.h), Number(g.m), undefined, g.part);
      return time ? withDay(time, g.day, ctx) : null;
    },
  },
  {
    id: 'time.clock-at',
    pattern: rule(String.raw`(?<=\b(?:at|by|until|before|after|from|since)\s+)(?<h>[0-2]?\d):(?<m>[0-5]\d)`),
    resolve: (g) => {
      const time = clock(Number(g.h), Number(g.m), undefined);
      return time ? { type: 'TIME', value: time, needsDay: true } : null;
    },
  },
  {
    id: 'time.military',
    pattern: rule(`(?<h>[01]\\d|2[0-3])(?<m>[0-5]\\d)\\s*(?:hours|hrs|h|GMT|UTC|${ZONE}|local\\s+time|[A-Z][a-z]+\\s+time)(?:\\s+(?:${ZONE}|local\\s+time|\\(${ZONE}\\)))?${DAY_TAIL}`),
    resolve: (g, ctx) => {
      const time = clock(Number(g.h), Number(g.m), undefined);
      return time ? withDay(time, g.day, ctx) : null;
    },
  },
  {
    id: 'time.oclock',
    pattern: rule(String.raw`(?<h>[01]?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock(?:\s+in\s+the\s+(?<part>morning|afternoon|evening))?`),
    resolve: (g, ctx) => {
      const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
      const h = /^\d/.test(g.h!) ? Number(g.h) : words.indexOf(g.h!.toLowerCase());
      const time = clock(h, 0, undefined, g.part);
      return time ? withDay(time, undefined, ctx) : null;
    },
  },
  {
    id: 'time.in-the-morning',
    pattern: rule(String.raw`(?<h>[01]?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+in\s+the\s+(?<part>morning|afternoon|evening)`),
    resolve: (g, ctx) => {
      const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
      const h = /^\d/.test(g.h!) ? Number(g.h) : words.indexOf(g.h!.toLowerCase());
      const time = clock(h, 0, undefined, g.part);
      return time ? withDay(time, undefined, ctx) : null;
    },
  },
  {
    id: 'time.noon',
    pattern: rule(`(?<w>noon|midnight|midday)${DAY_TAIL}`),
    resolve: (g, ctx) => {
      if (ctx.word(ctx.range.start - 1) === 'high') return null;
      const time = g.w!.toLowerCase() === 'midnight' ? 'T24:00' : 'T12:00';
      return withDay(time, g.day, ctx);
    },
  },
  {
    id: 'time.part-of-day',
    pattern: rule(String.raw`(?:the\s+(?:(?<q>early|late)\s+)?|(?<mid>mid[\s-]?))(?<part>morning|afternoon|evening|night)`),
    resolve: (g, ctx) => {
      const before = ctx.word(ctx.range.start - 1);
      if (g.mid) return { type: 'TIME', value: `T${{ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[g.part!.toLowerCase()]}`, mod: 'MID', needsDay: true };
      const next = ctx.word(ctx.range.end);
      if (next === 'of' || next === 'before' || next === 'after' || next === 'when' || next === "'s") return null;
      if (!/^(?:in|during|that|into|through|overnight|on|until|throughout|by)$/.test(before)) return null;
      const code = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[g.part!.toLowerCase()]!;
      const mod = g.q ? (g.q.toLowerCase() === 'early' ? 'START' : 'END') : undefined;
      return { type: 'TIME', value: `T${code}`, mod, needsDay: true };
    },
  },
  {
    id: 'time.overnight',
    pattern: rule(String.raw`overnight`),
    resolve: (_g, ctx) => {
      const tense = ctx.tense();
      const date = tense === 'future' || tense === 'present' ? ctx.ref : addDays(ctx.ref, -1);
      return { type: 'TIME', value: `${formatDay(date)}TNI` };
    },
  },
];
