// Expressions relative to the article date or to the last stated date: "yesterday", "tonight",
// "last week", "next year", "earlier this month", "two weeks ago", "a day earlier",
// "the following day", "in three days".
import type { TimexRule, MatchContext, Resolution } from '../types.js';
import { NUMBER, VAGUE, UNIT, PART_OF_DAY, monthNumber, rule, parseNumber, unitOf } from '../patterns.js';
import { shiftedValue, shiftValueYears, unitValue } from '../resolve.js';
import { type CalDate, addDays, formatDay, calendarGranularity, isoWeekday } from '../calendar.js';
import { PARTS_OF_DAY } from '../locales/en/lexicon.js';
import { comparedPeriod, reportingQuarter } from './reporting.js';
import { followingDate, startsSentence, tokenText as tokenTextAt } from './util.js';

function partCode(part: string | undefined): string | null {
  return part ? PARTS_OF_DAY[part.toLowerCase()] ?? null : null;
}

function dayOrTime(date: CalDate, part: string | undefined): Resolution {
  const code = partCode(part);
  return code ? { type: 'TIME', value: `${formatDay(date)}T${code}` } : { type: 'DATE', value: formatDay(date) };
}

/** The date a back-reference ("the following day", "that year") counts from. */
function anchorOf(ctx: MatchContext, unit = 'day'): CalDate {
  if (unit !== 'day') return anchorFromPrevious(ctx) ?? ctx.dayAnchor() ?? ctx.ref;
  return ctx.dayAnchor() ?? anchorFromPrevious(ctx) ?? ctx.ref;
}

function anchorFromPrevious(ctx: MatchContext): CalDate | null {
  const previous = ctx.recent(3, (t) => calendarGranularity(t.value) !== null);
  if (!previous) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(previous.value);
  if (!m || !calendarGranularity(previous.value)) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : 1, day: m[3] ? Number(m[3]) : 1 };
}

/** "today's youth", "today's world": the present age in general, not the day */
const GENERIC_AFTER_TODAY = new Set([
  'youth', 'young', 'world', 'society', 'generation', 'generations', 'children', 'kids', 'teenagers', 'students',
  'culture', 'standards', 'technology', 'technologies', 'economy', 'personal', 'life', 'lifestyle', 'lifestyles',
  'media', 'politics', 'people', 'families', 'women', 'men', 'consumers', 'reality', 'realities', 'environment',
  'climate', 'global', 'modern', 'fast-paced', 'digital', 'complex', 'changing', 'increasingly', 'interconnected',
]);

const DEICTIC: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 };
const REL_OFFSET: Record<string, number> = {
  this: 0, current: 0, 'the current': 0, 'this past': -1, last: -1, past: -1, previous: -1, 'the past': -1,
  'the last': -1, 'the previous': -1, next: 1, coming: 1, 'this coming': 1, 'the next': 1, 'the coming': 1,
};
const ANCHORED_OFFSET: Record<string, number> = {
  'the following': 1, 'the next': 1, 'the previous': -1, 'the preceding': -1, that: 0, 'that same': 0,
  'the same': 0, 'the very same': 0,
};

const normal = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ');

export const relativeRules: TimexRule[] = [
  {
    id: 'relative.deictic',
    pattern: rule(`(?<w>yesterday|today|tomorrow|tonight)(?:\\s+(?<part>${PART_OF_DAY}))?`),
    resolve: (g, ctx) => {
      const w = normal(g.w);
      const text = ctx.doc.tokens[ctx.range.start].text;
      // "today's youth", "the people of tomorrow", "VOA Today": generic or a name
      if (/^(?:'s|’s)$/.test(ctx.word(ctx.range.end)) && GENERIC_AFTER_TODAY.has(ctx.word(ctx.range.end + 1))) return null;
      if (ctx.word(ctx.range.start - 1) === 'of' && w !== 'yesterday') return null;
      if (/^T/.test(text) && !startsSentence(ctx, ctx.range.start) && /^[A-Z]/.test(tokenTextAt(ctx, ctx.range.start - 1))) return null;
      const date = (w === 'today' ? followingDate(ctx, ctx.tense()) : null) ?? addDays(ctx.ref, DEICTIC[w]);
      if (w === 'tonight') return { type: 'TIME', value: `${formatDay(date)}TNI` };
      return dayOrTime(date, g.part);
    },
  },
  {
    id: 'relative.day-before-after',
    pattern: rule(String.raw`the\s+day\s+(?<dir>before\s+yesterday|after\s+tomorrow)`),
    resolve: (g, ctx) => ({ type: 'DATE', value: formatDay(addDays(ctx.ref, normal(g.dir).startsWith('before') ? -2 : 2)) }),
  },
  {
    id: 'relative.part-of-deictic',
    pattern: rule(String.raw`(?<q>early\s+|late\s+|mid-?)?(?<part>morning|afternoon|evening|night)\s+(?<rel>yesterday|today|tomorrow)`),
    resolve: (g, ctx) => {
      const rel = normal(g.rel);
      const q = normal(g.q).trim().replace('-', '');
      const result = dayOrTime(addDays(ctx.ref, DEICTIC[rel]), g.part);
      return q ? { ...result, mod: q === 'early' ? 'START' : q === 'late' ? 'END' : 'MID' } : result;
    },
  },
  {
    id: 'relative.part-of-day',
    pattern: rule(`(?<rel>this|last|tomorrow|yesterday)\\s+(?<part>morning|afternoon|evening|night)`),
    resolve: (g, ctx) => {
      const rel = normal(g.rel);
      const offset = rel === 'last' || rel === 'yesterday' ? -1 : rel === 'tomorrow' ? 1 : 0;
      return dayOrTime(addDays(ctx.ref, offset), g.part);
    },
  },
  {
    id: 'relative.unit',
    pattern: rule(`(?<rel>this\\s+past|this\\s+coming|the\\s+current|the\\s+past|the\\s+last|the\\s+previous|the\\s+next|the\\s+coming|this|last|next|past|coming|current|previous)\\s+(?<u>week|month|year|quarter|weekend|decade|century|fortnight)`),
    resolve: (g, ctx) => {
      const rel = normal(g.rel);
      const unit = normal(g.u);
      const offset = REL_OFFSET[rel];
      if (offset === undefined) return null;
      // "This Week" in quotes or title case mid-sentence is a programme's name
      const first = ctx.doc.tokens[ctx.range.start].text;
      const last = ctx.doc.tokens[ctx.range.end - 1].text;
      if (!startsSentence(ctx, ctx.range.start) && /^[A-Z]/.test(first) && /^[A-Z]/.test(last)) return null;
      // "up from $5 million last year" in a quarterly report means that quarter last year
      // ("last year's July" names the year; the month after it says which part)
      if (unit === 'year' && offset === -1 && isComparison(ctx) && !(/^(?:'s|’s)$/.test(ctx.word(ctx.range.end)) && monthNumber(ctx.word(ctx.range.end + 1)) !== null)) {
        const period = comparedPeriod(ctx);
        if (period && period !== 'year') return { type: 'DATE', value: shiftValueYears(period.value, -1)! };
      }
      // "this quarter's loss" in a report on the quarter just ended is that quarter
      // ("the current quarter" says which one it means)
      if (unit === 'quarter' && rel === 'this') {
        const reported = reportingQuarter(ctx);
        if (reported && ctx.tense() !== 'future' && reported.value >= unitValue(ctx.ref, 'quarter', -1)!) return { type: 'DATE', value: reported.value };
      }
      const value = unitValue(ctx.ref, unit, offset);
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    id: 'relative.anchored-unit',
    pattern: rule(`(?<rel>the\\s+following|the\\s+preceding|that\\s+same|the\\s+very\\s+same|the\\s+same|that)\\s+(?<u>week|month|year|weekend|day|morning|afternoon|evening|night|quarter)`),
    resolve: (g, ctx) => {
      const offset = ANCHORED_OFFSET[normal(g.rel)];
      if (offset === undefined) return null;
      const unit = normal(g.u);
      const next = ctx.word(ctx.range.end);
      if (next === 'of' || next === 'when' && normal(g.rel) === 'that') return null;
      // "results for that quarter": the quarter just named
      if (unit === 'quarter') {
        const quarter = ctx.recent(3, (t) => t.type === 'DATE' && calendarGranularity(t.value) === 'quarter');
        return quarter && offset === 0 ? { type: 'DATE', value: quarter.value } : null;
      }
      const anchor = anchorOf(ctx, partCode(unit) ? 'day' : unit);
      if (partCode(unit)) return dayOrTime(addDays(anchor, offset), unit);
      const value = unitValue(anchor, unit, offset);
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    id: 'relative.next-day',
    pattern: rule(`(?<rel>the\\s+next|the\\s+previous)\\s+(?<u>day|morning|afternoon|evening|night)`),
    resolve: (g, ctx) => {
      const offset = normal(g.rel) === 'the next' ? 1 : -1;
      const anchor = anchorOf(ctx);
      const unit = normal(g.u);
      return unit === 'day' ? { type: 'DATE', value: formatDay(addDays(anchor, offset)) } : dayOrTime(addDays(anchor, offset), unit);
    },
  },
  {
    id: 'relative.day-before',
    pattern: rule(String.raw`the\s+(?<u>day|night|week|month|year)\s+(?<dir>before|after|earlier)`),
    resolve: (g, ctx) => {
      const next = ctx.word(ctx.range.end);
      // "the day before the vote" is anchored to an event we cannot date
      if (/^[a-z]/.test(next) && !/^(?:and|but|when|as|,)$/.test(next)) return null;
      const value = shiftedValue(anchorOf(ctx), normal(g.u) === 'night' ? 'day' : normal(g.u), normal(g.dir) === 'after' ? 1 : -1);
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    id: 'relative.earlier-this',
    pattern: rule(String.raw`(?<when>earlier|later|early|late)\s+(?:(?<which>this|that|last|next)\s+(?<u>week|month|year|quarter|decade|century|spring|summer|autumn|fall|winter)|(?<day>today|tonight|that\s+day|this\s+morning|that\s+morning))`),
    resolve: (g, ctx) => {
      const when = normal(g.when);
      const mod = when.startsWith('earl') ? 'START' : 'END';
      if (g.day) {
        const day = normal(g.day);
        const date = day.startsWith('that') ? anchorOf(ctx) : ctx.ref;
        if (day.endsWith('morning')) return { type: 'TIME', value: `${formatDay(date)}TMO`, mod };
        // "earlier today" is the day itself; the modifier describes position within it
        return { type: day === 'tonight' ? 'TIME' : 'DATE', value: formatDay(date) + (day === 'tonight' ? 'TNI' : ''), mod: when === 'early' || when === 'late' ? mod : undefined };
      }
      const which = normal(g.which);
      const unit = normal(g.u);
      const base = which === 'that' ? anchorOf(ctx, unit) : ctx.ref;
      const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      const season = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' }[unit];
      const value = season ? `${base.year + offset}-${season}` : unitValue(base, unit, offset);
      return value ? { type: 'DATE', value, mod } : null;
    },
  },
  {
    id: 'relative.the-weekend',
    pattern: rule(String.raw`the\s+weekend`),
    resolve: (_g, ctx) => {
      const tense = ctx.tense();
      const value = unitValue(ctx.ref, 'weekend', tense === 'future' && isoWeekday(ctx.ref) < 6 ? 0 : isoWeekday(ctx.ref) >= 6 ? 0 : -1);
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    // "the year ended March 31" and "throughout the year" are a year's length; "for the full
    // year", "in the year" the current year
    id: 'relative.the-year',
    pattern: rule(String.raw`the\s+(?:full\s+|whole\s+|entire\s+)?year`),
    resolve: (_g, ctx) => {
      const before = ctx.word(ctx.range.start - 1);
      const next = ctx.word(ctx.range.end);
      if (/^(?:ended|ending)$/.test(next)) return { type: 'DURATION', value: 'P1Y' };
      // "the year of the election" is an event's year; "a high for the year of $42" is this year
      if (/^(?:before|after|earlier|ago|of|when|that|in|which|'s|to|-|end)$/.test(next) && !(next === 'of' && /^[$£€\d]/.test(ctx.word(ctx.range.end + 1)))) return null;
      if (/^(?:in|during|throughout|for|over|of)$/.test(before) === false) return null;
      if (before === 'over' || before === 'throughout') return { type: 'DURATION', value: 'P1Y' };
      return { type: 'DATE', value: unitValue(ctx.ref, 'year', 0)! };
    },
  },
  {
    // "for the week", "the week's busiest session": the current week of a market report
    id: 'relative.the-week',
    pattern: rule(String.raw`the\s+week(?<pos>'s|’s)?`),
    resolve: (g, ctx) => {
      const before = ctx.word(ctx.range.start - 1);
      if (!g.pos && before !== 'for' && before !== 'during') return null;
      if (/^(?:of|before|after|ahead|ended|ending)$/.test(ctx.word(ctx.range.end))) return null;
      return { type: 'DATE', value: unitValue(ctx.ref, 'week', 0)! };
    },
  },
  {
    // "later in the day", "during the day": the day last stated
    id: 'relative.the-day',
    pattern: rule(String.raw`the\s+day`),
    resolve: (_g, ctx) => {
      const before = ctx.word(ctx.range.start - 1);
      // "Oct. 12, the day before the crash": an apposition naming the date just given
      const previous = ctx.previous();
      if (before === ',' && previous && previous.end === ctx.range.start - 1 && /^\d{4}-\d{2}-\d{2}$/.test(previous.value) && /^(?:before|after|of|when)$/.test(ctx.word(ctx.range.end))) {
        return { type: 'DATE', value: previous.value };
      }
      if (!/^(?:in|during|throughout)$/.test(before) || /^(?:of|before|after|when|that)$/.test(ctx.word(ctx.range.end))) return null;
      return { type: 'DATE', value: formatDay(anchorOf(ctx)) };
    },
  },
  {
    // "until then", "by then": the time last stated
    id: 'relative.then',
    pattern: rule(String.raw`then`),
    resolve: (_g, ctx) => {
      if (!/^(?:until|till|by)$/.test(ctx.word(ctx.range.start - 1))) return null;
      const previous = ctx.recent(2, (t) => (t.type === 'DATE' || t.type === 'TIME') && /^\d/.test(t.value));
      return previous ? { type: previous.type, value: previous.value } : null;
    },
  },
  {
    id: 'relative.end-of',
    pattern: rule(String.raw`(?:the\s+)?(?<pos>end|beginning|start|middle|close|turn)\s+of\s+(?:the|this)\s+(?<u>year|month|week|decade|century|quarter)|(?<ye>year-end|year\s+end|year's\s+end|the\s+year's\s+end)`),
    resolve: (g, ctx) => {
      const mods: Record<string, string> = { end: 'END', close: 'END', turn: 'END', beginning: 'START', start: 'START', middle: 'MID' };
      if (g.ye) return { type: 'DATE', value: unitValue(ctx.ref, 'year', 0)!, mod: 'END' };
      const value = unitValue(ctx.ref, normal(g.u), 0);
      return value ? { type: 'DATE', value, mod: mods[normal(g.pos)] } : null;
    },
  },
  {
    id: 'relative.ago',
    pattern: rule(`(?<n>${NUMBER}|${VAGUE})[\\s-]+(?<u>${UNIT})(?<so>\\s+or\\s+so)?\\s+(?<dir>ago|earlier|later|before|hence|from\\s+now|back)`),
    resolve: (g, ctx) => {
      const shifted = resolveShift(ctx, g.n!, g.u!, normal(g.dir));
      // "a week or so ago" is about then
      return shifted && g.so ? { ...shifted, mod: 'APPROX' } : shifted;
    },
  },
  {
    id: 'relative.ago-bare',
    pattern: rule(`(?<u>years|months|weeks|days|decades|moments)\\s+(?<dir>ago|earlier|later|before)`),
    resolve: (g) => {
      const dir = normal(g.dir);
      if (normal(g.u) === 'moments') return null;
      return { type: 'DATE', value: dir === 'later' ? 'FUTURE_REF' : 'PAST_REF' };
    },
  },
  {
    id: 'relative.in-n',
    pattern: rule(`(?<=\\b[Ii]n\\s+)(?<n>${NUMBER})[\\s-]+(?<u>${UNIT})`),
    resolve: (g, ctx) => {
      if (ctx.tense() !== 'future') return null;
      const next = ctx.word(ctx.range.end);
      if (next === 'of' || next === "'" || next === "'s") return null;
      return resolveShift(ctx, g.n!, g.u!, 'from now');
    },
  },
];

function isComparison(ctx: MatchContext): boolean {
  for (let i = ctx.range.start - 1; i >= Math.max(ctx.sentence.start, ctx.range.start - 8); i--) {
    if (/^(?:compared|from|versus|vs\.|than|with|against)$/.test(ctx.word(i))) return true;
  }
  return false;
}

function resolveShift(ctx: MatchContext, countText: string, unitText: string, dir: string): Resolution | null {
  const unit = unitOf(unitText);
  if (!unit) return null;
  const count = parseNumber(countText);
  const backwards = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'back';
  // "two years later" is a span of two years (TimeBank, SCHEMA gold); only a day count after a
  // stated day ("a day later") dates the event
  if (dir === 'later' && (count === null || (unit !== 'day' && unit !== 'week') || !ctx.dayAnchor())) return null;
  if (count === null) {
    // "a few days later" is a span of days; only "years ago" is a vague point in the past
    if (dir !== 'ago' && dir !== 'from now' && dir !== 'hence') return null;
    return { type: 'DATE', value: backwards ? 'PAST_REF' : 'FUTURE_REF' };
  }
  if (unit === 'hour' || unit === 'minute' || unit === 'second') {
    return count <= 24 && dir !== 'before' ? { type: 'DATE', value: formatDay(ctx.ref) } : null;
  }
  const signed = backwards ? -count : count;
  const anchored = dir === 'earlier' || dir === 'later' || dir === 'before';
  // "a year earlier" / "a year ago" after a quarter or month means that period a year before
  if (unit === 'year' && count === 1 && dir !== 'from now' && dir !== 'hence') {
    const period = comparedPeriod(ctx);
    if (period && period !== 'year') {
      const value = shiftValueYears(period.value, signed);
      if (value) return { type: 'DATE', value };
    }
  }
  if (dir === 'before' && !/^[,.;]?$/.test(ctx.word(ctx.range.end))) return null;
  const base = anchored ? (unit === 'day' || unit === 'week' ? anchorOf(ctx) : ctx.ref) : ctx.ref;
  if (!Number.isInteger(count)) return null;
  const value = shiftedValue(base, unit, signed);
  return value ? { type: 'DATE', value } : null;
}

