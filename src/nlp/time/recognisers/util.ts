// Small context checks shared by the recognisers.
import type { MatchContext, Tense } from '../types.js';
import { MONTH, monthNumber } from '../patterns.js';
import { type CalDate, isValidDate } from '../calendar.js';
import { yearForMonthDay } from '../resolve.js';
import { AMBIGUOUS_MONTHS } from '../locales/en/lexicon.js';
import { DATE_PREPOSITIONS } from '../locales/en/cues.js';

export function tokenText(ctx: MatchContext, i: number): string {
  return i >= 0 && i < ctx.doc.tokens.length ? ctx.doc.tokens[i].text : '';
}

export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** First token of its sentence (capitalisation says nothing there). */
export function startsSentence(ctx: MatchContext, i: number): boolean {
  return i === ctx.sentence.start || /^["“‘'(\[]$/.test(tokenText(ctx, i - 1)) && i - 1 === ctx.sentence.start;
}

/**
 * Is the month word at token i really a month? "May"/"March" need a capital letter and, when
 * bare, a date-like neighbour; "Theresa May" (a capitalised word before it) is a name.
 */
export function isMonthWord(ctx: MatchContext, i: number, bare: boolean): boolean {
  const text = tokenText(ctx, i);
  if (text.endsWith('.') && text.length > 2) return isCapitalised(text);
  const lower = text.toLowerCase();
  if (!AMBIGUOUS_MONTHS.has(lower)) return true;
  if (!isCapitalised(text)) return false;
  if (lower !== 'may' && lower !== 'march') return !bare;
  const before = tokenText(ctx, i - 1);
  if (!bare) return !(isCapitalised(before) && !startsSentence(ctx, i - 1) && !DATE_PREPOSITIONS.has(before.toLowerCase()) && !/^(?:mon|tue|wed|thu|fri|sat|sun)/i.test(before));
  return DATE_PREPOSITIONS.has(before.toLowerCase()) && !(lower === 'march' && /^(?:to|on|the)$/i.test(before));
}

const FOLLOWING_DATE = new RegExp(`,?\\s*(?:the\\s+)?(?:(?<mon>${MONTH})\\s*(?<d>[0-3]?\\d)(?:st|nd|rd|th)?|(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon2>${MONTH}))(?:,?\\s+(?<y>\\d{4}))?(?![A-Za-z0-9])`, 'iy');

/** "Monday, Oct. 26", "today, June 28": a day named together with the date written after it. */
export function followingDate(ctx: MatchContext, tense: Tense, from = ctx.doc.tokens[ctx.range.end - 1].end): CalDate | null {
  FOLLOWING_DATE.lastIndex = from;
  const m = FOLLOWING_DATE.exec(ctx.doc.text);
  if (!m) return null;
  const g = m.groups!;
  const month = monthNumber((g.mon ?? g.mon2)!);
  const d = Number(g.d ?? g.d2);
  if (!month) return null;
  const year = g.y ? Number(g.y) : yearForMonthDay(ctx.ref, month, d, tense);
  return isValidDate(year, month, d) ? { year, month, day: d } : null;
}

