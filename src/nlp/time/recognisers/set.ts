// Recurring times: "every Monday" XXXX-WXX-1, "daily" P1D, "annually" P1Y, "weekly",
// "each year", "twice a week", "on Mondays", "every two weeks" P2W.
import type { MatchContext, TimexRule } from '../types.js';
import { MONTH, NUMBER, WEEKDAY, WEEKDAY_PLURAL, rule, monthNumber, parseNumber, unitOf, weekdayNumber } from '../patterns.js';
import { durationValue } from '../resolve.js';
import { isCapitalised, tokenText } from './util.js';

const ADVERBS: Record<string, string> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', annually: 'P1Y', annual: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', 'bi-annual': 'P6M',
  biannual: 'P6M', 'semi-annual': 'P6M', 'twice-yearly': 'P6M', 'twice-weekly': 'P1W', 'twice-monthly': 'P1M',
};

const FINANCIAL_NOUNS = new Set([
  'dividend', 'dividends', 'rate', 'rates', 'sales', 'revenue', 'revenues', 'volume', 'turnover', 'results',
  'earnings', 'profit', 'profits', 'loss', 'losses', 'growth', 'income', 'fee', 'fees', 'interest', 'payment',
  'payments', 'cost', 'costs', 'output', 'production', 'average', 'basis', 'share', 'budget', 'salary',
  'return', 'returns', 'yield', 'inflation', 'increase', 'decline', 'gain', 'gains', 'limit', 'cap', 'capacity',
  'consumption', 'exports', 'imports', 'spending', 'pay', 'wage', 'wages', 'premium', 'premiums', 'of',
]);

/** An amount ("20%", "10,000 units", "$5 million") right before the expression. */
function isAfterAmount(ctx: MatchContext): boolean {
  for (let i = ctx.range.start - 1; i >= Math.max(ctx.sentence.start, ctx.range.start - 3); i--) {
    const w = ctx.word(i);
    if (/^\d/.test(w) || /^(?:%|percent|million|billion|thousand)$/.test(w)) return true;
  }
  return false;
}

export const setRules: TimexRule[] = [
  {
    id: 'set.adverb',
    pattern: rule(Object.keys(ADVERBS).sort((a, b) => b.length - a.length).join('|')),
    resolve: (_g, ctx) => {
      const word = ctx.word(ctx.range.start);
      const next = ctx.word(ctx.range.end);
      // "quarterly dividend", "annual sales", "daily volume": a rate of money, not a time
      if (FINANCIAL_NOUNS.has(next) || word === 'quarterly' && /^[a-z]/.test(next)) return null;
      // "to rise 20% annually", "10,000 units annually", "$5 million annually": a rate of an amount
      // ("16 weekly treatments" is still a set: there the adverb is an adjective before its noun)
      const nounFollows = /^[a-z]/.test(next) && !/^(?:in|on|at|for|through|since|until|and|or|from|to|over|by)$/.test(next);
      if (/ly$/.test(word) && isAfterAmount(ctx) && !nounFollows) return null;
      if (isCapitalised(tokenText(ctx, ctx.range.end)) && ctx.range.start > ctx.sentence.start && isCapitalised(tokenText(ctx, ctx.range.start - 1))) return null;
      // "a daily newspaper", "Daily Mail", "the annual report"-like names are still sets, but not titles
      if (/^[A-Z]/.test(ctx.doc.tokens[ctx.range.start].text) && ctx.range.start !== ctx.sentence.start) return null;
      return { type: 'SET', value: ADVERBS[word] };
    },
  },
  {
    id: 'set.every-unit',
    pattern: rule(`(?:every|each|per)\\s+(?:(?<n>${NUMBER}|other)\\s+)?(?<u>day|night|week|month|year|hour|minute|quarter|decade|morning|evening|afternoon|weekend|days|weeks|months|years|hours|minutes)`),
    resolve: (g, ctx) => {
      const unitWord = g.u!.toLowerCase();
      const parts: Record<string, string> = { morning: 'XXXX-XX-XXTMO', evening: 'XXXX-XX-XXTEV', afternoon: 'XXXX-XX-XXTAF', night: 'XXXX-XX-XXTNI', weekend: 'XXXX-WXX-WE' };
      if (parts[unitWord]) return { type: 'SET', value: parts[unitWord] };
      const unit = unitOf(unitWord);
      const n = g.n ? (g.n.toLowerCase() === 'other' ? 2 : parseNumber(g.n)) : 1;
      if (!unit || n === null) return null;
      if (ctx.word(ctx.range.start) === 'per' && /^\d/.test(ctx.word(ctx.range.start - 1)) === false && !/^(?:once|twice|times)$/.test(ctx.word(ctx.range.start - 1))) return null;
      const value = durationValue(n, unit);
      return value ? { type: 'SET', value } : null;
    },
  },
  {
    id: 'set.every-weekday',
    pattern: rule(`(?:every|each)\\s+(?<wd>${WEEKDAY})`),
    resolve: (g) => ({ type: 'SET', value: `XXXX-WXX-${weekdayNumber(g.wd!)}` }),
  },
  {
    // "every May", "each July": a generic month (SCHEMA XXXX-05)
    id: 'set.every-month',
    pattern: rule(`(?:every|each)\\s+(?<mon>${MONTH})`),
    resolve: (g) => {
      const month = monthNumber(g.mon!);
      return month && /^[A-Z]/.test(g.mon!) ? { type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` } : null;
    },
  },
  {
    id: 'set.weekday-plural',
    pattern: rule(`(?<=\\b(?:on|On)\\s+)(?<wd>${WEEKDAY_PLURAL})`),
    resolve: (g) => ({ type: 'SET', value: `XXXX-WXX-${weekdayNumber(g.wd!)}` }),
  },
  {
    id: 'set.times-a',
    pattern: rule(String.raw`(?<f>once|twice|three\s+times|four\s+times|\d+\s+times|several\s+times)\s+(?:a|an|per|each|every)\s+(?<u>day|week|month|year|hour|decade)`),
    resolve: (g) => ({ type: 'SET', value: durationValue(1, g.u!.toLowerCase())! }),
  },
  {
    // "$5 million a year", "20 percent a month": a rate, tagged as the recurring unit
    id: 'set.rate',
    pattern: rule(String.raw`(?<=\b(?:million|billion|percent|dollars|tons|barrels|people|times|\d)\s+)(?:a|per)\s+(?<u>day|week|month|year)`),
    resolve: (g) => ({ type: 'SET', value: durationValue(1, g.u!.toLowerCase())! }),
  },
];
