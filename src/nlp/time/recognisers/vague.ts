// Vague references (TimeBank practice): "now", "currently", "at the moment" → PRESENT_REF;
// "recently", "the past", "previously" → PAST_REF; "the future", "soon", "the days ahead" →
// FUTURE_REF. SCHEMA leaves "recent", "current" and "former" untagged.
import type { TimexRule } from '../types.js';
import { rule } from '../patterns.js';
import { IRREGULAR_PAST } from '../locales/en/tense.js';

const VALUES: Record<string, string> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', nowadays: 'PRESENT_REF', 'right now': 'PRESENT_REF',
  'the moment': 'PRESENT_REF', present: 'PRESENT_REF', 'the present': 'PRESENT_REF', 'these days': 'PRESENT_REF',
  'this time': 'PRESENT_REF', 'at this time': 'PRESENT_REF', 'the time being': 'PRESENT_REF',
  recently: 'PAST_REF', 'the past': 'PAST_REF', previously: 'PAST_REF', lately: 'PAST_REF', 'once': 'PAST_REF',
  'the recent past': 'PAST_REF', formerly: 'PAST_REF', earlier: 'PAST_REF',
  'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', future: 'FUTURE_REF', soon: 'FUTURE_REF',
  'as soon as possible': 'FUTURE_REF', 'the days ahead': 'FUTURE_REF', 'the weeks ahead': 'FUTURE_REF',
  'the months ahead': 'FUTURE_REF', 'the years ahead': 'FUTURE_REF', 'the coming days': 'FUTURE_REF',
  'the coming weeks': 'FUTURE_REF', 'the coming months': 'FUTURE_REF', 'the coming years': 'FUTURE_REF',
  'the foreseeable future': 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the long term': 'FUTURE_REF', 'the short term': 'FUTURE_REF',
};

const KEYS = Object.keys(VALUES).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+'));

export const vagueRules: TimexRule[] = [
  {
    id: 'vague.reference',
    pattern: rule(`(?<w>${KEYS.join('|')})`),
    resolve: (g, ctx) => {
      const w = g.w!.toLowerCase().replace(/\s+/g, ' ');
      const before = ctx.word(ctx.range.start - 1);
      const next = ctx.word(ctx.range.end);
      if (w === 'present' && before !== 'at') return null;
      if (w === 'the present' && !/^(?:at|until|to|for)$/.test(before)) return null;
      if (w === 'the moment' && !/^(?:at|for)$/.test(before)) return null;
      // "at this time", "for the time being": TimeBank leaves these untagged
      if (w === 'this time' || w === 'at this time' || w === 'the time being') return null;
      // TimeBank tags "previously" too rarely for it to pay off
      if (w === 'once' || w === 'earlier' || w === 'formerly' || w === 'previously') return null;
      if (w === 'future' && !/^(?:in|near|for|distant|foreseeable)$/.test(before)) return null;
      if (w === 'the future' && next === 'of') return null;
      if ((w === 'the long term' || w === 'the short term' || w === 'the near term') && !/^(?:in|of|for|over)$/.test(before)) return null;
      if (w === 'the past' && before !== 'in' && /^[a-z]/.test(next) && !/^(?:and|or|but|when|as|,|to|that|which|for|of|has|have|had)$/.test(next)) return null;
      if (w === 'soon' && (next === 'after' || next === 'as' || before === 'as' || before === 'too')) return null;
      // "he was soon released", "that soon became a flood": shortly after a past event, not the future
      if (w === 'soon' && (/^(?:was|were|had)$/.test(before) || IRREGULAR_PAST.has(next) || /^[a-z]{3,}ed$/.test(next))) return null;
      return { type: 'DATE', value: VALUES[w] };
    },
  },
];
