// Regex fragments built from the lexicon, and number parsing shared by the recognisers.
import { MONTHS, NUMBER_WORDS, ORDINAL_WORDS, UNITS, UNIT_PLURALS, WEEKDAYS, SEASONS, PARTS_OF_DAY, TIME_ZONES } from './locales/en/lexicon.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Alternation of words, longest first so "sept." wins over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** End of a word: the next character is not a letter or digit. */
export const WORD_END = '(?![A-Za-z0-9])';

export const MONTH = `(?:${alternation(Object.keys(MONTHS))})`;
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS).filter((w) => !w.endsWith('s') || w.endsWith('.')))})`;
export const WEEKDAY_PLURAL = `(?:${alternation(Object.keys(WEEKDAYS).filter((w) => w.endsWith('days')))})`;
const UNIT_WORDS = [...Object.keys(UNITS), ...Object.keys(UNIT_PLURALS)];
export const UNIT = `(?:${alternation(UNIT_WORDS)})`;
export const UNIT_PLURAL = `(?:${alternation(Object.keys(UNIT_PLURALS).filter((w) => w.length > 3))})`;
export const SEASON = `(?:${alternation(Object.keys(SEASONS))})`;
export const PART_OF_DAY = `(?:${alternation(Object.keys(PARTS_OF_DAY))})`;
export const ZONE = `(?:${alternation(TIME_ZONES)})`;

const UNITS_1_9 = 'one|two|three|four|five|six|seven|eight|nine';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** A cardinal written in digits or words (up to ninety-nine, plus "a hundred"). */
export const NUMBER = `(?:\\d+\\s+1/2|\\d+(?:\\.\\d+)?|(?:${TENS})(?:[-\\s](?:${UNITS_1_9}))?|${TEENS}|${UNITS_1_9}|(?:a|one)\\s+hundred|a\\s+dozen|a\\s+couple\\s+of|an?|single|half\\s+an?|half\\s+a)`;
export const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${alternation(Object.keys(ORDINAL_WORDS))})`;
export const VAGUE = '(?:several|a\\s+few|few|many|some|a\\s+couple\\s+of|couple\\s+of|dozens\\s+of|hundreds\\s+of|a\\s+number\\s+of|numerous|countless)';

/** Value of a NUMBER match; null when it is not a number. */
export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  const half = /^(\d+) 1\/2$/.exec(t);
  if (half) return Number(half[1]) + 0.5;
  if (t === 'a hundred' || t === 'one hundred') return 100;
  if (t === 'a dozen') return 12;
  if (t === 'a couple of') return 2;
  if (t.startsWith('half a')) return 0.5;
  const parts = t.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const v = NUMBER_WORDS[p];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

export function parseOrdinal(text: string): number | null {
  const t = text.toLowerCase();
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t);
  if (m) return Number(m[1]);
  return ORDINAL_WORDS[t] ?? null;
}

export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase()] ?? null;
}

export function weekdayNumber(word: string): number | null {
  return WEEKDAYS[word.toLowerCase()] ?? null;
}

export function unitOf(word: string): string | null {
  const w = word.toLowerCase();
  if (UNITS[w]) return w;
  return UNIT_PLURALS[w] ?? null;
}

/** Compile a sticky, case-insensitive pattern that must end at a word end. */
export function rule(source: string): RegExp {
  return new RegExp(`(?:${source})${WORD_END}`, 'iy');
}
