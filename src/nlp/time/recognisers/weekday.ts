// Weekday names: "Saturday", "last Monday", "next Friday", "Thursday morning", "Monday's".
// Resolved by the clause's tense: past → closest on or before the article date (same day
// included), future → closest on or after.
import type { TimexRule, MatchContext } from '../types.js';
import { MONTH, WEEKDAY, PART_OF_DAY, rule, weekdayNumber, monthNumber } from '../patterns.js';
import { relationOf, weekdayDate, yearForMonthDay } from '../resolve.js';
import { type CalDate, formatDay, isValidDate } from '../calendar.js';
import { PARTS_OF_DAY, WEEKDAY_NAME_NEIGHBOURS } from '../locales/en/lexicon.js';
import { TITLE_WORDS_BEFORE_WEEKDAY } from '../locales/en/cues.js';
import { isCapitalised, startsSentence, tokenText } from './util.js';

/** "Sunday Times", "Fox News Sunday", "Bloody Sunday" are names, not dates. */
function isNamePart(ctx: MatchContext, weekdayIndex: number, end: number): boolean {
  const text = tokenText(ctx, weekdayIndex);
  if (!isCapitalised(text)) return true;
  const before = tokenText(ctx, weekdayIndex - 1);
  if (TITLE_WORDS_BEFORE_WEEKDAY.has(before.toLowerCase()) && isCapitalised(before)) return true;
  const after = tokenText(ctx, end);
  if (isCapitalised(after) && WEEKDAY_NAME_NEIGHBOURS.has(after.toLowerCase())) return true;
  if (text.endsWith('.') && !/^\d/.test(tokenText(ctx, end)) && !startsSentence(ctx, weekdayIndex)) {
    // "Sun." and "Sat." abbreviations are only trusted before a date
    return /^(?:sun|sat|mon|wed)\.$/i.test(text);
  }
  return false;
}

/** "until Sunday" looks forward; otherwise the clause's tense, and news reports lean past. */
function weekdayTense(ctx: MatchContext, weekdayIndex: number): 'past' | 'future' {
  if (/^(?:through|until|till|thru)$/.test(ctx.word(weekdayIndex - 1))) return 'future';
  const tense = ctx.tense();
  return tense === 'future' || tense === 'present' ? 'future' : 'past';
}

const FOLLOWING_DATE = new RegExp(`,?\\s*(?:the\\s+)?(?:(?<mon>${MONTH})\\s*(?<d>[0-3]?\\d)(?:st|nd|rd|th)?|(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon2>${MONTH}))(?:,?\\s+(?<y>\\d{4}))?(?![A-Za-z0-9])`, 'iy');

/** "Monday, Oct. 26": the weekday is the date written after it. */
function followingDate(ctx: MatchContext): CalDate | null {
  const end = ctx.doc.tokens[ctx.range.end - 1].end;
  FOLLOWING_DATE.lastIndex = end;
  const m = FOLLOWING_DATE.exec(ctx.doc.text);
  if (!m) return null;
  const g = m.groups!;
  const month = monthNumber((g.mon ?? g.mon2)!);
  const d = Number(g.d ?? g.d2);
  if (!month) return null;
  const year = g.y ? Number(g.y) : yearForMonthDay(ctx.ref, month, d, ctx.tense());
  return isValidDate(year, month, d) ? { year, month, day: d } : null;
}

export const weekdayRules: TimexRule[] = [
  {
    id: 'weekday',
    pattern: rule(`(?:(?<rel>last|next|this\\s+past|this\\s+coming|this|coming|past|the\\s+previous|the\\s+following)\\s+)?(?<wd>${WEEKDAY})(?:'s|’s)?(?:\\s+(?<part>${PART_OF_DAY}))?`),
    resolve: (g, ctx) => {
      let first = ctx.range.start;
      if (g.rel) first += g.rel.trim().split(/\s+/).length;
      const lastToken = ctx.range.end;
      if (isNamePart(ctx, first, lastToken)) return null;
      const weekday = weekdayNumber(g.wd!)!;
      const rel = (g.rel ?? '').toLowerCase().replace(/\s+/g, ' ');
      const stated = followingDate(ctx);
      let day: CalDate;
      if (stated) day = stated;
      else if (rel === 'the previous' || rel === 'the following') {
        const anchor = ctx.dayAnchor() ?? ctx.ref;
        day = weekdayDate(anchor, weekday, rel === 'the previous' ? 'past' : 'future', rel === 'the previous' ? 'last' : 'next');
      } else day = weekdayDate(ctx.ref, weekday, weekdayTense(ctx, first), relationOf(g.rel));
      const date = formatDay(day);
      if (g.part) return { type: 'TIME', value: `${date}T${PARTS_OF_DAY[g.part.toLowerCase()]}` };
      return { type: 'DATE', value: date };
    },
  },
];
