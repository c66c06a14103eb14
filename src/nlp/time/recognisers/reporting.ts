// The period an earnings report compares against. Financial news states its reporting quarter
// once ("third-quarter net income rose 11%") and then refers back to it: "the quarter", "the
// latest period", "a year ago", "up from $5 million last year", "the year-earlier period".
// Forecasts ("will result in a fourth-quarter charge") are not the period reported on, and
// after "the first nine months" the comparisons are about the year so far.
import type { Timex } from '../../doc.js';
import type { MatchContext } from '../types.js';
import { calendarGranularity } from '../calendar.js';
import { clauseTense } from '../tense.js';

/** Rules whose quarter the text named (or resolved to the one it named), not one shifted a year. */
const STATED_QUARTER_RULES = new Set([
  'period.quarter', 'period.quarter-numbered', 'period.year-quarter', 'period.year-possessive-quarter', 'period.the-quarter',
]);

/** A quarter the text stated itself ("the third quarter", "the latest quarter"), not a year-ago one. */
export function isStatedQuarter(ctx: MatchContext, t: Timex): boolean {
  return t.type === 'DATE' && calendarGranularity(t.value) === 'quarter' && STATED_QUARTER_RULES.has(t.rule)
    && !/year-|year\s+(?:ago|earlier)|(?:last|previous|past)\s+year/i.test(ctx.doc.spanText(t));
}

function currentQuarter(ctx: MatchContext): string {
  return `${String(ctx.ref.year).padStart(4, '0')}-Q${Math.floor((ctx.ref.month - 1) / 3) + 1}`;
}

function inFutureClause(ctx: MatchContext, t: Timex): boolean {
  const sentence = ctx.doc.sentences[ctx.doc.sentenceOf(t.start)] ?? ctx.sentence;
  return clauseTense(ctx.doc, sentence, t, ctx.word) === 'future';
}

/**
 * The quarter the article reports on: the first quarter stated in the last `sentences`
 * sentences — the one the report leads with ("After a flat second quarter" later on does not
 * displace it) — leaving out quarters not yet over that a future clause forecasts ("will
 * cause a fourth-quarter charge"); "expects to report a third-quarter loss" still counts.
 */
export function reportingQuarter(ctx: MatchContext, sentences = 15): Timex | null {
  let best: Timex | null = null;
  ctx.recent(sentences, (t) => {
    if (isStatedQuarter(ctx, t) && !(t.value >= currentQuarter(ctx) && inFutureClause(ctx, t))) best = t;
    return false;
  });
  return best;
}

/** "the first nine months", "the nine months", "the fiscal year": a span of the year so far. */
function isYearSoFar(ctx: MatchContext, t: Timex): boolean {
  if (t.type === 'DURATION') return /^P(?:[2-9]|1[01])M$/.test(t.value) && /months/i.test(ctx.doc.spanText(t));
  return t.type === 'DATE' && calendarGranularity(t.value) === 'year' && /fiscal|\byear\b/i.test(ctx.doc.spanText(t)) && !/last|previous|ago|earlier/i.test(ctx.doc.spanText(t));
}

/** A month, quarter or half named in the text (not derived from a year-ago phrase). */
function isNamedPeriod(ctx: MatchContext, t: Timex): boolean {
  const granularity = calendarGranularity(t.value);
  if (t.type !== 'DATE' || !(granularity === 'quarter' || granularity === 'half' || granularity === 'month')) return false;
  if (t.rule.startsWith('relative.') || t.rule.startsWith('period.year-earlier')) return false;
  return granularity !== 'quarter' || isStatedQuarter(ctx, t);
}

/**
 * What a year-ago comparison in the current sentence refers to: a period (quarter, half or
 * month) named in this sentence, else 'year' when the year so far was the last thing
 * discussed, else the quarter reported on, else a quarter or half named in the last three
 * sentences; null when none.
 */
export function comparedPeriod(ctx: MatchContext): Timex | 'year' | null {
  const here = ctx.recent(0, (t) => isNamedPeriod(ctx, t) || isYearSoFar(ctx, t));
  if (here) return isYearSoFar(ctx, here) ? 'year' : here;
  const previous = ctx.recent(1, (t) => isNamedPeriod(ctx, t) || isYearSoFar(ctx, t));
  if (previous && isYearSoFar(ctx, previous)) return 'year';
  // a month named sentences ago ("imported sheep in March … more than last year") is not the
  // period compared; a quarter or half is
  return reportingQuarter(ctx, COMPARISON_WINDOW) ?? ctx.recent(3, (t) => isNamedPeriod(ctx, t) && calendarGranularity(t.value) !== 'month');
}

/** how many sentences back a year-ago comparison looks for the quarter reported on */
const COMPARISON_WINDOW = 10;
