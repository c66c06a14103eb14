// Calendar periods: seasons ("last fall" 2020-FA), quarters ("the third quarter" 2021-Q3,
// "third-quarter"), halves (2021-H1), decades ("the 1990s" 199), centuries ("the 20th
// century" 19), fiscal years ("fiscal 1989"), and holidays ("Christmas").
import type { TimexRule, MatchContext } from '../types.js';
import type { Timex } from '../../doc.js';
import { SEASON, rule, parseOrdinal } from '../patterns.js';
import { formatYear, quarterOf, formatDay, formatWeek, easter, nthWeekday, calendarGranularity } from '../calendar.js';
import { FIXED_HOLIDAYS, SEASONS } from '../locales/en/lexicon.js';
import { alternation } from '../patterns.js';
import { shiftValueYears } from '../resolve.js';
import { isCapitalised, tokenText } from './util.js';
import { comparedPeriod, reportingQuarter } from './reporting.js';

const normal = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
const YEAR = String.raw`(?<y>1[5-9]\d\d|20\d\d)`;
const QUARTER_ORDINAL = String.raw`(?<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)`;
const YEAR_SPEC = String.raw`(?:\s+(?:of\s+)?(?:(?:fiscal\s+(?:year\s+)?)?${YEAR}|(?<yrel>this|last|next|the\s+current|the\s+previous)\s+(?:fiscal\s+)?year))`;

/** Year for a season, quarter or half named without one. */
function yearFor(ctx: MatchContext, g: Record<string, string | undefined>, index: number, perYear: number, rel?: string): number {
  if (g.y) return Number(g.y);
  if (g.yrel) {
    const r = normal(g.yrel);
    return ctx.ref.year + (r === 'last' || r === 'the previous' ? -1 : r === 'next' ? 1 : 0);
  }
  const refIndex = Math.floor((ctx.ref.month - 1) / (12 / perYear)) + 1;
  if (rel === 'last' || rel === 'this past' || rel === 'past') return index < refIndex ? ctx.ref.year : ctx.ref.year - 1;
  if (rel === 'next' || rel === 'this coming' || rel === 'coming') return index > refIndex ? ctx.ref.year : ctx.ref.year + 1;
  if (rel === 'this') return ctx.ref.year;
  const tense = ctx.tense();
  if (index > refIndex && tense === 'past') return ctx.ref.year - 1;
  return ctx.ref.year;
}

function seasonIndex(code: string): number {
  return { WI: 1, SP: 2, SU: 3, FA: 4 }[code] ?? 1;
}

const QUARTER_NUMBER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

export const periodRules: TimexRule[] = [
  {
    id: 'period.season',
    pattern: rule(`(?:(?<rel>this\\s+past|this\\s+coming|last|next|this|coming|past)\\s+|(?<the>the\\s+))?(?<s>${SEASON})(?:${YEAR_SPEC})?`),
    resolve: (g, ctx) => {
      const season = SEASONS[normal(g.s)];
      const before = ctx.word(ctx.range.start - 1);
      const next = ctx.word(ctx.range.end);
      const stated = g.rel || g.y || g.yrel;
      if (!stated) {
        // bare "fall" is usually the verb; "the fall of Kabul" an event
        if (normal(g.s) === 'fall' && !/^(?:in|this|last|next|by|until|since|during|the)$/.test(before)) return null;
        if (g.the && next === 'of') return null;
        if (!g.the && !/^(?:in|by|until|since|during|through|over|for|this|that|every|each|next|last|early|late|mid)$/.test(before)) return null;
        if (/^(?:olympics|games|session|palace|offensive|campaign|collection|wheat|crop)$/.test(next)) return null;
      }
      const year = yearFor(ctx, g, seasonIndex(season), 4, normal(g.rel));
      return { type: 'DATE', value: `${formatYear(year)}-${season}` };
    },
  },
  {
    id: 'period.quarter',
    pattern: rule(`(?:(?<the>the)\\s+)?(?:(?<lead>fiscal|calendar|year's|current|latest|year-earlier|year-ago)[\\s-]+)?${QUARTER_ORDINAL}[\\s-]+(?:fiscal\\s+)?(?:quarter|qtr\\.?)(?:${YEAR_SPEC})?`),
    resolve: (g, ctx, m) => {
      // "the third-quarter results": the article belongs to the noun, not to the adjective
      if (g.the && /-quarter$/i.test(m[0]) && /^[a-z]/.test(ctx.word(ctx.range.end)) && !/^(?:of|ended|ending|and|or|to)$/.test(ctx.word(ctx.range.end))) return null;
      const q = QUARTER_NUMBER[normal(g.q)];
      let year = yearFor(ctx, g, q, 4);
      if (!g.y && !g.yrel && q > quarterOf(ctx.ref.month)) {
        const tense = ctx.tense();
        year = tense === 'future' || tense === 'present' ? ctx.ref.year : ctx.ref.year - 1;
      }
      const lead = normal(g.lead);
      if (lead === 'year-earlier' || lead === 'year-ago') year -= 1;
      return { type: 'DATE', value: `${formatYear(year)}-Q${q}` };
    },
  },
  {
    // "this year's third quarter", "next year's first quarter", "last year's quarter"
    id: 'period.year-possessive-quarter',
    pattern: rule(String.raw`(?<which>this|last|next)\s+year(?:'s|’s)\s+(?:(?<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal\s+)?quarter`),
    resolve: (g, ctx) => {
      const which = normal(g.which);
      const year = ctx.ref.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
      let q = g.q ? QUARTER_NUMBER[normal(g.q)] : 0;
      if (!q) {
        const period = reportingQuarter(ctx);
        q = period ? Number(period.value.slice(-1)) : quarterOf(ctx.ref.month);
      }
      return { type: 'DATE', value: `${formatYear(year)}-Q${q}` };
    },
  },
  {
    id: 'period.quarter-numbered',
    pattern: rule(String.raw`Q(?<q>[1-4])(?:\s+|-|/)?(?:(?<y>20\d\d|19\d\d)|'(?<yy>\d\d))?`),
    resolve: (g, ctx) => {
      if (!/^Q/.test(tokenText(ctx, ctx.range.start))) return null;
      const year = g.y ? Number(g.y) : g.yy ? 2000 + Number(g.yy) : ctx.ref.year;
      return { type: 'DATE', value: `${formatYear(year)}-Q${g.q}` };
    },
  },
  {
    // "the quarter", "the latest quarter", "the latest period": the reporting period in earnings news
    id: 'period.the-quarter',
    pattern: rule(String.raw`(?:the\s+)?(?<lead>latest\s+|most\s+recent\s+|recent\s+|year-earlier\s+|year-ago\s+|year\s+earlier\s+|comparable\s+|same\s+)?(?:fiscal\s+)?(?<what>quarter|period)`),
    resolve: (g, ctx) => {
      const lead = normal(g.lead).trim();
      const text = ctx.doc.spanText(ctx.range).toLowerCase();
      if (!text.startsWith('the') && !lead.startsWith('year')) return null;
      if (normal(g.what) === 'period' && !lead) return null;
      if (ctx.word(ctx.range.end) === 'of') return null;
      const reported = reportingQuarter(ctx);
      const completed = quarterOf(ctx.ref.month) - 1;
      const lastCompleted = completed === 0 ? `${formatYear(ctx.ref.year - 1)}-Q4` : `${formatYear(ctx.ref.year)}-Q${completed}`;
      // without a stated quarter, "the quarter" is the last one completed
      const base = reported ? reported.value : lastCompleted;
      // "the year-ago quarter" is period.year-ago-period's; "the same period" alone says too little
      if (/^(?:year|comparable|same)/.test(lead)) return null;
      return { type: 'DATE', value: base };
    },
  },
  {
    // "the comparable year-ago quarter", "the same period last year", "the quarter a year
    // earlier": the reporting period (or the year so far) a year before
    id: 'period.year-ago-period',
    pattern: rule(String.raw`(?:the\s+)?(?<lead>(?:(?:comparable|corresponding|same|year-earlier|year-ago|year\s+earlier|prior-year)\s+)+)?(?:fiscal\s+)?(?<what>quarter|period)(?<tail>\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior)\s+year|the\s+year\s+before))?`),
    resolve: (g, ctx) => {
      const lead = normal(g.lead);
      if (!g.tail && !/year/.test(lead)) return null;
      const period = comparedPeriod(ctx);
      if (period === 'year') return { type: 'DATE', value: formatYear(ctx.ref.year - 1) };
      if (period && calendarGranularity(period.value) === 'quarter') return { type: 'DATE', value: shiftValueYears(period.value, -1)! };
      if (normal(g.what) === 'period') return { type: 'DATE', value: formatYear(ctx.ref.year - 1) };
      const completed = quarterOf(ctx.ref.month) - 1;
      return { type: 'DATE', value: completed === 0 ? `${formatYear(ctx.ref.year - 2)}-Q4` : `${formatYear(ctx.ref.year - 1)}-Q${completed}` };
    },
  },
  {
    // "year-earlier results": the period last discussed, a year before
    id: 'period.year-earlier-adjective',
    pattern: rule(String.raw`(?:year-earlier|year-ago|year\s+earlier)`),
    resolve: (_g, ctx) => {
      const period = comparedPeriod(ctx);
      const value = period && period !== 'year' ? shiftValueYears(period.value, -1) : formatYear(ctx.ref.year - 1);
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    // "the 1988 quarter", "the 1989 period", "the 1988 second quarter"
    id: 'period.year-quarter',
    pattern: rule(String.raw`the\s+(?<y>1[5-9]\d\d|20\d\d)\s+(?:(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+)?(?:fiscal\s+)?(?<what>quarter|period)`),
    resolve: (g, ctx) => {
      let q = g.q ? QUARTER_NUMBER[normal(g.q)] : 0;
      if (!q) {
        // "the 1988 period" after "the first nine months" is that year so far
        const period = comparedPeriod(ctx);
        if (!period || period === 'year' || calendarGranularity(period.value) !== 'quarter') return normal(g.what) === 'period' ? { type: 'DATE', value: g.y! } : null;
        q = Number(period.value.slice(-1));
      }
      return { type: 'DATE', value: `${g.y}-Q${q}` };
    },
  },
  {
    id: 'period.half-numbered',
    pattern: rule(String.raw`H(?<h>[12])(?:\s+|-|/)?(?<y>20\d\d|19\d\d)`),
    resolve: (g, ctx) => (/^H/.test(tokenText(ctx, ctx.range.start)) ? { type: 'DATE', value: `${g.y}-H${g.h}` } : null),
  },
  {
    id: 'period.half',
    pattern: rule(`(?:the\\s+)?(?<h>first|second|last|latter|1st|2nd)[\\s-]+half(?:${YEAR_SPEC})?`),
    resolve: (g, ctx) => {
      const h = /^(?:first|1st)$/.test(normal(g.h)) ? 1 : 2;
      const next = ctx.word(ctx.range.end);
      if (!g.y && !g.yrel && (next === 'of' || /^(?:time|hour|inning|period|century)$/.test(next))) return null;
      if (!g.y && !g.yrel && !/^(?:results|profit|profits|earnings|sales|growth|net|revenue|revenues|loss|losses|income|operating|pretax|pre-tax|output|,|\.|;)$/.test(next) && !/^(?:in|during|for|the|by|until)$/.test(ctx.word(ctx.range.start - 1))) return null;
      const year = yearFor(ctx, g, h, 2);
      return { type: 'DATE', value: `${formatYear(year)}-H${h}` };
    },
  },
  {
    id: 'period.decade',
    pattern: rule(String.raw`(?:the\s+)?(?:(?<mod>early|mid|late)[\s-]*)?(?<d>1[0-9]\d0|20\d0|'\d0)'?s`),
    resolve: (g) => {
      const d = g.d!;
      const year = d.startsWith("'") ? 1900 + Number(d.slice(1)) : Number(d);
      const mod = g.mod ? ({ early: 'START', mid: 'MID', late: 'END' } as Record<string, string>)[normal(g.mod)] : undefined;
      // "the 1800s" is a century
      const value = year % 100 === 0 && !d.startsWith("'") ? String(year / 100) : String(Math.floor(year / 10));
      return { type: 'DATE', value, mod };
    },
  },
  {
    id: 'period.decade-words',
    pattern: rule(String.raw`the\s+(?:(?<mod>early|mid|late)[\s-]*)?(?<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`),
    resolve: (g) => {
      const tens: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
      const mod = g.mod ? ({ early: 'START', mid: 'MID', late: 'END' } as Record<string, string>)[normal(g.mod)] : undefined;
      return { type: 'DATE', value: `19${tens[normal(g.d)]}`, mod };
    },
  },
  {
    id: 'period.century',
    pattern: rule(String.raw`(?:the\s+)?(?<n>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|21st)[\s-]+century`),
    resolve: (g) => {
      const n = parseOrdinal(g.n!);
      if (!n || n < 1 || n > 22) return null;
      return { type: 'DATE', value: String(n - 1).padStart(2, '0') };
    },
  },
  {
    id: 'period.this-century',
    pattern: rule(String.raw`(?<rel>this|last|next|the\s+last|the\s+next|the\s+past)\s+century`),
    resolve: (g, ctx) => {
      const rel = normal(g.rel);
      const c = Math.floor(ctx.ref.year / 100) + (rel.endsWith('last') || rel.endsWith('past') ? -1 : rel.endsWith('next') ? 1 : 0);
      return { type: 'DATE', value: String(c).padStart(2, '0') };
    },
  },
  {
    id: 'period.fiscal-year',
    pattern: rule(String.raw`(?:the\s+)?(?:(?<rel>this|last|next|current|previous|the\s+current|the\s+previous|the\s+latest)\s+)?fiscal\s+year(?:\s+(?<y>20\d\d|19\d\d)(?:[-/](?:\d{2}|\d{4}))?)?`),
    resolve: (g, ctx) => {
      if (g.y) return { type: 'DATE', value: g.y };
      const rel = normal(g.rel);
      if (!rel) {
        // "for the fiscal year" is this one; "a fiscal year", "the fiscal year ended June 30" a span
        const before = ctx.word(ctx.range.start - 1);
        const span = !/^the/i.test(ctx.doc.tokens[ctx.range.start].text) || /^(?:ended|ending)$/.test(ctx.word(ctx.range.end)) || /^(?:over|throughout)$/.test(before);
        return span ? { type: 'DURATION', value: 'P1Y' } : { type: 'DATE', value: formatYear(ctx.ref.year) };
      }
      const offset = rel.endsWith('last') || rel.endsWith('previous') ? -1 : rel === 'next' ? 1 : 0;
      return { type: 'DATE', value: formatYear(ctx.ref.year + offset) };
    },
  },
  {
    id: 'period.fy',
    pattern: rule(String.raw`FY\s?(?<y>20\d\d|19\d\d|\d\d)(?:[-/]\d{2})?`),
    resolve: (g, ctx) => {
      if (!/^FY/.test(tokenText(ctx, ctx.range.start))) return null;
      const y = g.y!.length === 2 ? 2000 + Number(g.y) : Number(g.y);
      return { type: 'DATE', value: formatYear(y) };
    },
  },
  {
    id: 'period.holiday',
    pattern: rule(`(?:(?<rel>last|next|this)\\s+)?(?<h>${alternation([...Object.keys(FIXED_HOLIDAYS), 'easter sunday', 'easter', 'thanksgiving day', 'thanksgiving', 'good friday', 'election day'])})(?<week>\\s+week)?(?:\\s+${YEAR})?`),
    resolve: (g, ctx) => {
      if (!isCapitalised(tokenText(ctx, g.rel ? ctx.range.start + 1 : ctx.range.start))) return null;
      const name = normal(g.h).replace(/’/g, "'");
      const rel = normal(g.rel);
      const next = ctx.word(ctx.range.end);
      if (!g.week && /^(?:tree|trees|card|cards|market|markets|party|parties|offensive|rising|message|address|service|holidays|holiday|season|shopping|sales|break|lights|gift|gifts|ceasefire|truce|rally|parade|celebrations|day|week|weekend|recess|eve)$/.test(next)) return null;
      const dateIn = (year: number) => {
        if (name.startsWith('easter')) return easter(year);
        if (name === 'good friday') { const e = easter(year); return { year, month: e.month, day: e.day - 2 }; }
        if (name.startsWith('thanksgiving')) return nthWeekday(year, 11, 4, 4);
        // US federal Election Day: the Tuesday after the first Monday of November
        if (name === 'election day') { const monday = nthWeekday(year, 11, 1, 1); return { year, month: 11, day: monday.day + 1 }; }
        const [month, day] = FIXED_HOLIDAYS[name] ?? FIXED_HOLIDAYS[name.replace(/ 's/, "'s")] ?? [0, 0];
        return { year, month, day };
      };
      let year = g.y ? Number(g.y) : ctx.ref.year;
      if (!g.y) {
        const thisYear = dateIn(ctx.ref.year);
        // a holiday week under way (within a week either side) is this year's
        const near = g.week && Math.abs((thisYear.month - ctx.ref.month) * 31 + thisYear.day - ctx.ref.day) <= 7;
        const past = near || thisYear.month * 100 + thisYear.day <= ctx.ref.month * 100 + ctx.ref.day;
        if (rel === 'last') year = past ? ctx.ref.year : ctx.ref.year - 1;
        else if (rel === 'next') year = past ? ctx.ref.year + 1 : ctx.ref.year;
        else if (!rel && ctx.tense() === 'past' && !past) year = ctx.ref.year - 1;
        else if (!rel && !near && ctx.tense() === 'future' && past && thisYear.month * 100 + thisYear.day < ctx.ref.month * 100 + ctx.ref.day) year = ctx.ref.year + 1;
      }
      const d = dateIn(year);
      if (!d.month) return null;
      // "Easter week", "Christmas week": the week around the holiday
      if (g.week) return { type: 'DATE', value: formatWeek(d) };
      return { type: 'DATE', value: formatDay(d) };
    },
  },
];
