// Dates written out: "December 11, 2021", "11 December 2021", "Dec. 11", "2021-12-11",
// "12/11/2021" (US order), "Monday, Dec. 13", "December 2021", bare years and months, "the 11th".
import type { TimexRule, MatchContext, Resolution, Tense } from '../types.js';
import { MONTH, rule, monthNumber, parseOrdinal } from '../patterns.js';
import { dayValue, relationOf, yearForMonth, yearForMonthDay } from '../resolve.js';
import { formatMonth, formatWeek, formatYear, parseIsoDate } from '../calendar.js';
import { isMonthWord, tokenText, isCapitalised } from './util.js';
import { AFTER_YEAR_OK, AMOUNT_AFTER, AMOUNT_BEFORE, DATE_PREPOSITIONS, DETERMINERS } from '../locales/en/cues.js';

const DAY = String.raw`(?<d>[0-3]?\d)(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?<y>1[5-9]\d\d|20\d\d|'\d\d)`;
// a weekday before a date ("Thursday, Jan. 6") is a timex of its own, as in TimeBank (see weekday.ts)
const UNDOTTED_ABBREVIATIONS = new Set(['jan', 'feb', 'apr', 'aug', 'sept', 'oct', 'nov', 'dec']);

function fullYear(y: string): number {
  if (y.startsWith("'")) {
    const n = Number(y.slice(1));
    return n < 50 ? 2000 + n : 1900 + n;
  }
  return Number(y);
}

/** Index of the token that starts at the month group (the match may begin with a weekday). */
function monthToken(ctx: MatchContext, match: RegExpExecArray, month: string): number {
  const at = match.index + match[0].toLowerCase().indexOf(month.toLowerCase());
  for (let i = ctx.range.start; i < ctx.range.end; i++) if (ctx.doc.tokens[i].start === at) return i;
  return ctx.range.start;
}

/**
 * "the 20th anniversary of the June 15 declaration": a day named as the date of an
 * anniversary lies that many years back. Returns the number of years, or 0.
 */
function anniversaryYears(ctx: MatchContext): number {
  let i = ctx.first - 1;
  if (ctx.word(i) === 'the') i--;
  if (ctx.word(i) !== 'of' || !/^anniversary$|^anniversaries$/.test(ctx.word(i - 1))) return 0;
  const years = parseOrdinal(ctx.word(i - 2));
  return years && years > 0 ? years : 0;
}

/** Words that make a bare month generic ("the rainy season runs from June to October"). */
const HABITUAL = /^(?:usually|typically|normally|traditionally|customarily|season|seasons)$/;

/** A month named as part of a yearly pattern, not a particular month. */
function isGenericMonth(ctx: MatchContext): boolean {
  for (let i = ctx.first - 1; i >= Math.max(ctx.sentence.start, ctx.first - 8); i--) {
    const w = ctx.word(i);
    if (HABITUAL.test(w)) return true;
    if (/^[,;:]$/.test(w) || /^(?:was|were|had|will|last|this|next)$/.test(w)) return false;
  }
  return false;
}

/**
 * The tense that places a month-day without a year. "since May 18" is past whatever the verb;
 * "the Nov. 5 election" names a scheduled event by its date, so the clause's verb ("named him
 * nominee for the Nov. 5 election") says nothing and the nearest one is meant; other events
 * ("the Oct. 23 slaying") keep the clause's tense.
 */
function isAfterSince(ctx: MatchContext): boolean {
  return ctx.word(ctx.first - 1) === 'since' || (ctx.word(ctx.first - 2) === 'since' && ctx.word(ctx.first - 1) === 'the');
}

function monthDayTense(ctx: MatchContext): Tense {
  if (ctx.word(ctx.first - 1) === 'the' && SCHEDULED_EVENTS.has(ctx.word(ctx.range.end))) return 'present';
  return ctx.tense();
}

/** Events named by a date they are set for ("the Nov. 5 election", "the June 30 deadline"). */
const SCHEDULED_EVENTS = new Set([
  'election', 'elections', 'vote', 'poll', 'polls', 'referendum', 'deadline', 'summit', 'meeting', 'talks',
  'conference', 'hearing', 'trial', 'launch', 'match', 'game', 'final', 'race', 'ceremony', 'visit',
  'inauguration', 'handover', 'runoff', 'run-off', 'primary', 'session', 'auction', 'start', 'opening',
]);

function monthDay(ctx: MatchContext, month: number, day: number, y: string | undefined): Resolution | null {
  const years = anniversaryYears(ctx);
  let year = y ? fullYear(y) : yearForMonthDay(ctx.ref, month, day, years ? ctx.tense() : monthDayTense(ctx)) - years;
  // "since May 18", "since the Oct. 23 shooting": the last one on or before the article date
  if (!y && isAfterSince(ctx)) year = month * 100 + day <= ctx.ref.month * 100 + ctx.ref.day ? ctx.ref.year : ctx.ref.year - 1;
  const value = dayValue(year, month, day);
  return value ? { type: 'DATE', value } : null;
}

export const explicitDateRules: TimexRule[] = [
  {
    id: 'date.iso',
    pattern: rule(String.raw`(?<y>1\d{3}|20\d\d)-(?<m>[01]?\d)-(?<d>[0-3]?\d)(?!-)`),
    resolve: (g) => {
      const value = dayValue(Number(g.y), Number(g.m), Number(g.d));
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    // "13.12.2021": day first, as written outside the US
    id: 'date.numeric-dotted',
    pattern: rule(String.raw`(?<d>[0-3]?\d)\.(?<m>[01]?\d)\.(?<y>1\d{3}|20\d\d)`),
    resolve: (g) => {
      const value = dayValue(Number(g.y), Number(g.m), Number(g.d));
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    id: 'date.numeric-us',
    pattern: rule(String.raw`(?<a>[01]?\d)/(?<b>[0-3]?\d)/(?<y>(?:1\d|20)?\d\d)(?!/)`),
    resolve: (g) => {
      let month = Number(g.a);
      let day = Number(g.b);
      if (month > 12 && day <= 12) [month, day] = [day, month];
      let year = Number(g.y);
      if (g.y!.length === 2) year += year < 50 ? 2000 : 1900;
      const value = dayValue(year, month, day);
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    id: 'date.month-day-year',
    pattern: rule(`(?:(?<rel>last|this\\s+past)\\s+)?(?<mon>${MONTH})\\s*${DAY}(?:(?:,\\s*|\\s+)${YEAR}|\\s+(?<yrel>last|this|next)\\s+year)?`),
    resolve: (g, ctx, m) => {
      if (!isMonthWord(ctx, monthToken(ctx, m, g.mon!), false)) return null;
      if (g.yrel) {
        const year = ctx.ref.year + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[g.yrel.toLowerCase()];
        const value = dayValue(year, monthNumber(g.mon!)!, Number(g.d));
        return value ? { type: 'DATE', value } : null;
      }
      // "last Oct. 23" is the most recent one
      if (g.rel && !g.y) {
        const month = monthNumber(g.mon!)!;
        const day = Number(g.d);
        const thisYear = month * 100 + day < ctx.ref.month * 100 + ctx.ref.day;
        const value = dayValue(thisYear ? ctx.ref.year : ctx.ref.year - 1, month, day);
        return value ? { type: 'DATE', value } : null;
      }
      return monthDay(ctx, monthNumber(g.mon!)!, Number(g.d), g.y);
    },
  },
  {
    id: 'date.day-month-year',
    pattern: rule(`${DAY}\\s+(?:of\\s+)?(?<mon>${MONTH})(?:,?\\s+${YEAR})?`),
    resolve: (g, ctx, m) => {
      if (!isMonthWord(ctx, monthToken(ctx, m, g.mon!), false)) return null;
      return monthDay(ctx, monthNumber(g.mon!)!, Number(g.d), g.y);
    },
  },
  {
    // "11-12 December", "3 and 4 May 2021": the first day of a range written before its month
    id: 'date.day-range-start',
    pattern: rule(`(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?=\\s*(?:-|–|and|to|or)\\s*[0-3]?\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MONTH})(?:,?\\s+(?<y>1[5-9]\\d\\d|20\\d\\d))?(?![A-Za-z0-9]))`),
    resolve: (g, ctx) => {
      const month = monthNumber(g.mon!);
      if (!month || !/^[A-Z]/.test(g.mon!)) return null;
      return monthDay(ctx, month, Number(g.d), g.y);
    },
  },
  {
    // "the week of March 6": the ISO week containing that day
    id: 'date.week-of',
    pattern: rule(`the\\s+week\\s+of\\s+(?<mon>${MONTH})\\s*${DAY}(?:,?\\s+${YEAR})?`),
    resolve: (g, ctx) => {
      const month = monthNumber(g.mon!);
      if (!month) return null;
      const day = monthDay(ctx, month, Number(g.d), g.y);
      return day ? { type: 'DATE', value: formatWeek(parseIsoDate(day.value)) } : null;
    },
  },
  {
    id: 'date.month-year',
    pattern: rule(`(?<mon>${MONTH}),?\\s+(?:of\\s+)?${YEAR}`),
    resolve: (g, ctx) => {
      if (!isMonthWord(ctx, ctx.range.start, false)) return null;
      return { type: 'DATE', value: formatMonth(fullYear(g.y!), monthNumber(g.mon!)!) };
    },
  },
  {
    id: 'date.month',
    pattern: rule(`(?:(?<rel>last|next|this\\s+past|this\\s+coming|this|coming|past)\\s+)?(?<mon>${MONTH})(?:\\s+(?<yrel>last|this|next)\\s+year|(?<that>,?\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year))?`),
    resolve: (g, ctx, m) => {
      const at = monthToken(ctx, m, g.mon!);
      if (UNDOTTED_ABBREVIATIONS.has(g.mon!.toLowerCase())) return null;
      if (!isMonthWord(ctx, at, !g.rel && !g.yrel)) return null;
      // "May 2" lost its day to another rule, and "the May 2019 vote" is month-year: leave them
      const month = monthNumber(g.mon!)!;
      let year: number;
      if (g.yrel) year = ctx.ref.year + (g.yrel.toLowerCase() === 'last' ? -1 : g.yrel.toLowerCase() === 'next' ? 1 : 0);
      // "in December of that year", "in August the same year": the year the text last named
      else if (g.that) {
        const named = ctx.recent(4, (t) => t.type === 'DATE' && /^\d{4}/.test(t.value));
        if (!named) return null;
        year = Number(named.value.slice(0, 4));
      }
      // "until mid-November", "through August": the nearest one, whatever the verb's tense
      // ("will double its flights by August" is the next one)
      else if (!g.rel && /^(?:until|till|through|by)$/.test(ctx.word(ctx.first - 1))) year = yearForMonth(ctx.ref, month, ctx.tense() === 'future' ? 'future' : 'present', null);
      // "has risen since March": the last one on or before the article date
      else if (!g.rel && ctx.word(ctx.first - 1) === 'since') year = yearForMonth(ctx.ref, month, 'past', null);
      else if (!g.rel && isGenericMonth(ctx)) return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}` };
      else year = yearForMonth(ctx.ref, month, ctx.tense(), relationOf(g.rel));
      return { type: 'DATE', value: formatMonth(year, month) };
    },
  },
  {
    id: 'date.year',
    pattern: rule(String.raw`(?:(?<fy>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|year)\s*)?(?<y>1[0-9]\d\d|20\d\d)(?![.,]\d)`),
    resolve: (g, ctx) => {
      const year = Number(g.y);
      if (!g.fy && !isYearInContext(ctx, year)) return null;
      return { type: 'DATE', value: formatYear(year) };
    },
  },
  {
    // "nineteen ninety-six", "the year two thousand", "two thousand and one"
    id: 'date.spoken-year',
    pattern: rule(String.raw`(?:the\s+year\s+)?(?:(?<c>nineteen|eighteen)\s+(?:hundred\s+(?:and\s+)?)?(?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[-\s](?<u>one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:\s+(?:and\s+)?(?<u2>one|two|three|four|five|six|seven|eight|nine|ten))?)`),
    resolve: (g) => {
      const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
      if (!g.c) return { type: 'DATE', value: formatYear(2000 + (g.u2 ? words[g.u2.toLowerCase()] : 0)) };
      const year = (g.c.toLowerCase() === 'nineteen' ? 1900 : 1800) + words[g.t!.toLowerCase()] + (g.u ? words[g.u.toLowerCase()] : 0);
      return { type: 'DATE', value: formatYear(year) };
    },
  },
  {
    id: 'date.ordinal-day',
    pattern: rule(String.raw`the\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)(?:\s+of\s+(?<which>this|last|next|that)\s+month)?`),
    resolve: (g, ctx) => {
      const next = tokenText(ctx, ctx.range.end).toLowerCase();
      const before = tokenText(ctx, ctx.range.start - 1).toLowerCase();
      if (!g.which && !/^(?:on|by|until|till|since|from|before|after|and|or|to|through)$/.test(before)) return null;
      if (!g.which && /^[a-z]/.test(next) && !/^(?:and|or|to|through|of|when|at)$/.test(next)) return null;
      const anchor = ctx.dayAnchor() ?? ctx.ref;
      let month = { year: anchor.year, month: anchor.month };
      if (g.which === 'last') month = anchor.month === 1 ? { year: anchor.year - 1, month: 12 } : { year: anchor.year, month: anchor.month - 1 };
      if (g.which === 'next') month = anchor.month === 12 ? { year: anchor.year + 1, month: 1 } : { year: anchor.year, month: anchor.month + 1 };
      const value = dayValue(month.year, month.month, Number(g.d));
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    // "October 10, 17 and 26", "Dec. 11-12": further days of the month just stated
    id: 'date.day-list',
    pattern: rule(String.raw`(?<d>[0-3]?\d)(?:st|nd|rd|th)?`),
    resolve: (g, ctx) => {
      const previous = ctx.previous();
      if (!previous || !/^\d{4}-\d{2}-\d{2}$/.test(previous.value) || !/^date\.(?:month-day|day-list)/.test(previous.rule)) return null;
      if (ctx.range.start - previous.end > 3) return null;
      for (let i = previous.end; i < ctx.range.start; i++) {
        if (!/^(?:,|and|or|-|–|to|through|&)$/.test(ctx.word(i))) return null;
      }
      const next = ctx.word(ctx.range.end);
      if (/^[a-z]/.test(next) && !/^(?:and|or|to|in|at|of|when|across|on|by|from|for|with|after|before|during|respectively|as|while|but|near|outside|inside|around|throughout|were|was)$/.test(next)) return null;
      if (!/^[,.;)]?$/.test(next) && !/^[a-z]/.test(next)) return null;
      const value = dayValue(Number(previous.value.slice(0, 4)), Number(previous.value.slice(5, 7)), Number(g.d));
      return value && value > previous.value ? { type: 'DATE', value } : null;
    },
  },
];

/** A bare number 1000–2099 is a year unless it reads as an amount ("2021 people", "$1990"). */
function isYearInContext(ctx: MatchContext, year: number): boolean {
  const before = tokenText(ctx, ctx.range.start - 1).toLowerCase();
  const after = tokenText(ctx, ctx.range.end);
  const afterLower = after.toLowerCase();
  if (AMOUNT_BEFORE.has(before) || AMOUNT_AFTER.has(afterLower)) return false;
  if (/^\d/.test(before) && before !== formatYear(year)) {
    // "1992-1994" and "1992, 1994" are years; "3 2021" is not
    if (!/^(?:1\d|20)\d\d$/.test(before)) return false;
  }
  if (year < 1800 && !DATE_PREPOSITIONS.has(before)) return false;
  if (year > 2060 && !DATE_PREPOSITIONS.has(before)) return false;
  if (DATE_PREPOSITIONS.has(before) || DETERMINERS.has(before)) return true;
  if (/^[a-z]/.test(after) && !AFTER_YEAR_OK.has(afterLower) && !afterLower.endsWith('ed')) return false;
  if (after === ':' || after === '/') return false;
  if (isCapitalised(after) || after === '' || /^[.,;)"”'’-]/.test(after) || /^[a-z]/.test(after)) return true;
  return false;
}

