// Small context checks shared by the recognisers.
import type { MatchContext } from '../types.js';
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
