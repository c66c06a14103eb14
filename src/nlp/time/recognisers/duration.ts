// Durations: "two-day" P2D, "for five years" P5Y, "several hours" PTXH, "decades" PXDE,
// "the past two months" P2M, "the first nine months" P9M, "a quarter of a century" P25Y,
// "half an hour" PT30M. Modifiers ("about", "more than") are added by the tagger.
import type { TimexRule } from '../types.js';
import { NUMBER, VAGUE, UNIT, UNIT_PLURAL, rule, parseNumber, unitOf } from '../patterns.js';
import { durationValue } from '../resolve.js';

const normal = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
const LEAD = String.raw`(?:(?<lead>the\s+(?:past|last|next|first|previous|coming|following|final|latest|remaining|initial)|the|another|(?:past|last|next|first|previous|coming|following|final|remaining|initial)|an\s+additional|an\s+extra|more)\s+)?`;

/** Words after "N units" that make the phrase a point in time or an age, not a duration. */
const NOT_AFTER = new Set(['old', 'olds', '-old', 'ago', 'earlier', 'hence']);

export const durationRules: TimexRule[] = [
  {
    id: 'duration.count',
    pattern: rule(`${LEAD}(?:(?<from>${NUMBER})\\s+(?<range>to|or)\\s+|(?<from2>\\d+)\\s*[-–]\\s*)?(?<n>${NUMBER})(?:(?<and>\\s+and\\s+a\\s+half)?[\\s-]+|-)(?:(?:more|additional|further|extra|trading|business|working|school)\\s+)?(?<u>${UNIT})(?:(?<and2>\\s+and\\s+a\\s+half))?(?<long>-long|-old)?`),
    resolve: (g, ctx, m) => {
      const unit = unitOf(g.u!);
      let count = parseNumber(g.n!);
      if (!unit || count === null) return null;
      // "the 1988 second quarter", "1990 year": a year, not a count
      if (count >= 1800 && count <= 2100 && !/s$/i.test(g.u!)) return null;
      if (g.long?.toLowerCase() === '-old' || NOT_AFTER.has(ctx.word(ctx.range.end))) return null;
      // "a day" alone is a set in "twice a day" and a point in "a day after": leave those
      const lower = normal(g.n);
      const before = ctx.word(ctx.range.start - 1);
      // "three-quarters of its food", "a quarter of the market": a fraction, not three months
      if (unit === 'quarter' && ctx.word(ctx.range.end) === 'of' && !g.lead) return null;
      // "CBS's 60 Minutes": a capitalised unit inside a sentence is a name
      const unitToken = ctx.doc.tokens[ctx.range.end - 1].text;
      if (/^[A-Z][a-z]/.test(unitToken) && /^\d/.test(g.n!) && ctx.range.start > ctx.sentence.start && !/^[A-Z]/.test(ctx.doc.tokens[ctx.range.start - 1].text)) return null;
      // "will one day be", "hoped he would one day follow": some unspecified day, not a span
      if (lower === 'one' && unit === 'day' && !g.lead && !/-/.test(m[0]) && !/^(?:for|in|within|after|than|only|just|about|over|of|every|each|per|by|at|on|the|a|another|spent|spend|spends|spending|took|take|takes|taking|lasted|last|lasts|waited|wait|stayed|stay|remained|remain)$/.test(before)
        && !/^(?:after|before|later|earlier|ago|of|and|or|to)$/.test(ctx.word(ctx.range.end))) {
        // "one day China would pay": the modal after it decides before the clause's tense
        for (let i = ctx.range.end; i < Math.min(ctx.sentence.end, ctx.range.end + 4); i++) {
          if (/^(?:will|would|could|might|may|shall|'ll)$/.test(ctx.word(i))) return { type: 'DATE', value: 'FUTURE_REF' };
        }
        return { type: 'DATE', value: ctx.tense() === 'past' ? 'PAST_REF' : 'FUTURE_REF' };
      }
      if ((lower === 'a' || lower === 'an') && !g.lead && (/^(?:once|twice|times|per|\$|percent|%)$/.test(before) || /^\d/.test(before))) return null;
      // "four flights a week", "24 hours a day": a rate
      if ((lower === 'a' || lower === 'an') && !g.lead && /^[a-z]+s$/.test(before) && !/^(?:is|was|has|as|this|less|plus|thus|perhaps|across|us|its|his|hers|ours|yours|theirs)$/.test(before)) return null;
      // adjectival "the two-day meeting": the article belongs to the noun, not the timex
      if (normal(g.lead) === 'the' && /\S-\S/.test(m[0])) return null;
      if (g.and || g.and2) count += 0.5;
      // "second" as a unit after "a" is usually the ordinal: "a second term"
      if (unit === 'second' && (lower === 'a' || lower === 'an')) return null;
      // "two to three weeks", "12-18 months": at least the lower count; "two or three days": about it
      const from = g.from ?? g.from2;
      const least = from ? parseNumber(from) : null;
      if (from && (least === null || least >= count || /^an?$/i.test(from))) return null;
      const value = durationValue(least ?? count, unit);
      if (!value) return null;
      return least !== null ? { type: 'DURATION', value, mod: normal(g.range) === 'or' ? 'APPROX' : 'EQUAL_OR_MORE' } : { type: 'DURATION', value };
    },
  },
  {
    // "a three-year period", "its one-year term": the span noun belongs to the expression
    id: 'duration.unit-period',
    pattern: rule(`(?:an?\\s+)?(?<n>${NUMBER})-(?<u>${UNIT})\\s+(?:period|term|span|stretch|window|timeframe)`),
    resolve: (g) => {
      const unit = unitOf(g.u!);
      const count = parseNumber(g.n!);
      const value = unit && count !== null ? durationValue(count, unit) : null;
      return value ? { type: 'DURATION', value } : null;
    },
  },
  {
    id: 'duration.vague',
    pattern: rule(`${LEAD}(?<q>${VAGUE})[\\s-]+(?<u>${UNIT_PLURAL})`),
    resolve: (g, ctx) => {
      const unit = unitOf(g.u!);
      if (!unit || NOT_AFTER.has(ctx.word(ctx.range.end))) return null;
      const value = durationValue('X', unit);
      return value ? { type: 'DURATION', value } : null;
    },
  },
  {
    id: 'duration.bare-plural',
    pattern: rule(`(?<lead>the\\s+past|the\\s+last|the\\s+next|the\\s+coming|the\\s+following|the\\s+previous|the\\s+first|recent|past|coming|the)?\\s*(?<u>${UNIT_PLURAL})(?<long>-long)?`),
    resolve: (g, ctx) => {
      const unit = unitOf(g.u!);
      const lead = normal(g.lead);
      const next = ctx.word(ctx.range.end);
      const before = ctx.word(ctx.range.start - 1);
      // bare "quarters" are fractions or the quarters of a year; "coming quarters" are a time
      if (!unit || unit === 'quarter' && !/recent|coming|past|next|last/.test(lead) || NOT_AFTER.has(next) || next === 'of' && lead === 'the') return null;
      if (unit === 'second' || unit === 'night' || unit === 'weekend') return null;
      if (lead === 'the' && !/^(?:over|for|during|through|throughout|in|within)$/.test(before)) return null;
      if (lead === 'past' && !/^(?:the|over|in|for|during)$/.test(before)) return null;
      if (lead === 'the coming' || lead === 'coming' && unit !== 'hour' && unit !== 'minute') return { type: 'DATE', value: 'FUTURE_REF' };
      // "in recent years", "in past years": the vague past, as "in coming years" is the vague future
      if ((lead === 'recent' || lead === 'past') && (unit === 'year' || unit === 'decade')) return { type: 'DATE', value: 'PAST_REF' };
      // "years of war" is a duration; "days" after a number was matched by duration.count
      if (/^\d/.test(before) || /^(?:the|these|those|their|his|her|its|our|early|first|last|final|\$)$/.test(before) && !lead) return null;
      const value = durationValue('X', unit);
      return value ? { type: 'DURATION', value } : null;
    },
  },
  {
    id: 'duration.a-while',
    pattern: rule(String.raw`(?:a\s+(?:long\s+|short\s+)?while|some\s+time|a\s+(?:long|short|fairly\s+lengthy|lengthy)\s+(?:time|period))`),
    resolve: (_g, ctx) => {
      const before = ctx.word(ctx.range.start - 1);
      if (!/^(?:for|in|after|take|takes|took|within|over)$/.test(before)) return null;
      return { type: 'DURATION', value: 'PXX' };
    },
  },
  {
    id: 'duration.another-unit',
    pattern: rule(`(?:another|an\\s+additional|an\\s+extra|one\\s+more)\\s+(?<u>${UNIT})`),
    resolve: (g) => {
      const unit = unitOf(g.u!);
      const value = unit ? durationValue(1, unit) : null;
      return value ? { type: 'DURATION', value } : null;
    },
  },
  {
    id: 'duration.fraction',
    pattern: rule(String.raw`(?<f>a\s+quarter|a\s+half|half|three\s+quarters)\s+(?:of\s+)?an?\s+(?<u>century|hour|year|decade|day|month|minute)`),
    resolve: (g) => {
      const f = normal(g.f);
      const fraction = f.includes('quarter') ? (f.startsWith('three') ? 0.75 : 0.25) : 0.5;
      const scale: Record<string, [number, string, boolean]> = {
        century: [100, 'Y', false], decade: [10, 'Y', false], year: [12, 'M', false], month: [30, 'D', false],
        day: [24, 'H', true], hour: [60, 'M', true], minute: [60, 'S', true],
      };
      const [n, letter, time] = scale[normal(g.u)];
      return { type: 'DURATION', value: `P${time ? 'T' : ''}${Math.round(n * fraction)}${letter}` };
    },
  },
  {
    id: 'duration.half-unit',
    pattern: rule(String.raw`a\s+half[\s-](?<u>hour|day|century|decade)`),
    resolve: (g) => {
      const values: Record<string, string> = { hour: 'PT30M', day: 'PT12H', century: 'P50Y', decade: 'P5Y' };
      return { type: 'DURATION', value: values[normal(g.u)] };
    },
  },
  {
    id: 'duration.compound-adjective',
    pattern: rule(String.raw`(?<u>day|week|month|year|hour|decade|century)-long`),
    resolve: (g) => {
      const unit = normal(g.u);
      return { type: 'DURATION', value: durationValue(unit === 'decade' || unit === 'century' ? 'X' : 1, unit)! };
    },
  },
];
