// Weekday names: "Saturday", "last Monday", "next Friday", "Thursday morning", "Monday's".
// Resolved by the clause's tense: past → closest on or before the article date (same day
// included), future → closest on or after.
import type { TimexRule, MatchContext } from '../types.js';
import { MONTH, WEEKDAY, PART_OF_DAY, rule, weekdayNumber } from '../patterns.js';
import { relationOf, weekdayDate } from '../resolve.js';
import { type CalDate, formatDay } from '../calendar.js';
import { PARTS_OF_DAY, WEEKDAY_NAME_NEIGHBOURS } from '../locales/en/lexicon.js';
import { TITLE_WORDS_BEFORE_WEEKDAY } from '../locales/en/cues.js';
import { followingDate, isCapitalised, startsSentence, tokenText } from './util.js';

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

/**
 * The direction a weekday is read in. "through Sunday" and "as soon as Tuesday" look forward;
 * "until Sunday" too, unless the clause is past and the phrase opens the sentence or the
 * clause is past perfect ("Until Thursday, they had not …"). "Wednesday's ruling" names a day
 * already reported on, whatever the verb ("will appeal Wednesday's ruling"), unless the text
 * is "ahead of" or "awaiting" it. Otherwise the clause's tense; news reports lean past.
 */
function weekdayTense(ctx: MatchContext, weekdayIndex: number): 'past' | 'future' {
  const tense = ctx.tense();
  for (let k = 1; k <= 3; k++) {
    const w = ctx.word(weekdayIndex - k);
    // a span "through Sunday" runs on; "until Thursday" in a past clause ended then
    if (w === 'through' || w === 'thru') return 'future';
    // "closed since Monday" began then
    if (w === 'since' && k === 1) return 'past';
    // "Until Thursday, they had not …" looks back; "postponed until Friday" forward
    if (w === 'until' || w === 'till') return tense === 'past' && (weekdayIndex - k === ctx.sentence.start || hasPastPerfect(ctx)) ? 'past' : 'future';
  }
  if (ctx.word(weekdayIndex - 1) === 'as' && /^(?:soon|early)$/.test(ctx.word(weekdayIndex - 2))) return 'future';
  if (/^(?:'s|’s)$/.test(ctx.word(ctx.range.end))) {
    // "ahead of Monday's vote", "awaiting Friday's report" look forward
    for (let k = 1; k <= 3; k++) if (/^(?:ahead|awaiting|await|awaits|awaited|waiting|anticipation)$/.test(ctx.word(weekdayIndex - k))) return 'future';
    return 'past';
  }
  return tense === 'future' || tense === 'present' ? 'future' : 'past';
}

function hasPastPerfect(ctx: MatchContext): boolean {
  for (let i = ctx.sentence.start; i < ctx.sentence.end; i++) if (ctx.word(i) === 'had') return true;
  return false;
}

export const weekdayRules: TimexRule[] = [
  {
    id: 'weekday',
    // "Monday, Oct. 26" and "Friday Oct. 13" are one expression (a date in parentheses is its own)
    pattern: rule(`(?:(?<rel>last|next|this\\s+past|this\\s+coming|this|coming|past|the\\s+previous|the\\s+following)\\s+)?(?<wd>${WEEKDAY})(?<date>,?\\s+(?:the\\s+)?(?:${MONTH}\\s*[0-3]?\\d(?:st|nd|rd|th)?|[0-3]?\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})(?:,?\\s+(?:1[5-9]|20)\\d\\d)?)?(?:\\s+(?<part>${PART_OF_DAY}))?`),
    resolve: (g, ctx) => {
      let first = ctx.range.start;
      if (g.rel) first += g.rel.trim().split(/\s+/).length;
      const lastToken = ctx.range.end;
      if (isNamePart(ctx, first, lastToken)) return null;
      const weekday = weekdayNumber(g.wd!)!;
      const rel = (g.rel ?? '').toLowerCase().replace(/\s+/g, ' ');
      const stated = followingDate(ctx, ctx.tense(), g.date ? ctx.doc.tokens[first].end : undefined);
      if (g.date && !stated) return null;
      let day: CalDate;
      if (stated) day = stated;
      else if (rel === 'the previous' || rel === 'the following') {
        const anchor = ctx.dayAnchor() ?? ctx.ref;
        day = weekdayDate(anchor, weekday, rel === 'the previous' ? 'past' : 'future', rel === 'the previous' ? 'last' : 'next');
      } else if (rel === 'coming' || rel === 'this coming') day = weekdayDate(ctx.ref, weekday, 'future', null);
      else day = weekdayDate(ctx.ref, weekday, weekdayTense(ctx, first), relationOf(g.rel));
      const date = formatDay(day);
      if (g.part) return { type: 'TIME', value: `${date}T${PARTS_OF_DAY[g.part.toLowerCase()]}` };
      return { type: 'DATE', value: date };
    },
  },
];
