// English time vocabulary. Data only: the recognisers build their patterns from these tables.

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sep.': 9,
  'sept.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
  jan: 1, feb: 2, apr: 4, aug: 8, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month words that are also common English words: only a month when capitalised and cued. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'jan', 'mar', 'jun', 'jul', 'sep', 'dec', 'oct', 'nov', 'feb', 'apr', 'aug', 'sept']);

export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  'mon.': 1, 'tue.': 2, 'tues.': 2, 'wed.': 3, 'thu.': 4, 'thur.': 4, 'thurs.': 4, 'fri.': 5, 'sat.': 6, 'sun.': 7,
  mondays: 1, tuesdays: 2, wednesdays: 3, thursdays: 4, fridays: 5, saturdays: 6, sundays: 7,
};

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1, single: 1, half: 0.5, dozen: 12, couple: 2,
};

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
  last: -1, final: -1,
};

/** Vague quantities: the count is unknown (TIMEX3 "X"). */
export const VAGUE_QUANTITIES = ['several', 'a few', 'few', 'many', 'some', 'a couple of', 'couple of', 'dozens of', 'hundreds of', 'thousands of', 'a number of', 'numerous', 'countless'];

/** Time units: TIMEX3 duration letter, whether it is a time (PT…) unit, and calendar kind. */
export interface UnitInfo {
  letter: string;
  time: boolean;
  /** how many of this unit make the letter's unit (decade → 10 Y when written as years) */
  kind: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'weekend';
}

export const UNITS: Record<string, UnitInfo> = {
  second: { letter: 'S', time: true, kind: 'second' },
  minute: { letter: 'M', time: true, kind: 'minute' },
  hour: { letter: 'H', time: true, kind: 'hour' },
  day: { letter: 'D', time: false, kind: 'day' },
  night: { letter: 'D', time: false, kind: 'day' },
  week: { letter: 'W', time: false, kind: 'week' },
  fortnight: { letter: 'W', time: false, kind: 'fortnight' },
  month: { letter: 'M', time: false, kind: 'month' },
  quarter: { letter: 'Q', time: false, kind: 'quarter' },
  year: { letter: 'Y', time: false, kind: 'year' },
  decade: { letter: 'DE', time: false, kind: 'decade' },
  century: { letter: 'CE', time: false, kind: 'century' },
  weekend: { letter: 'WE', time: false, kind: 'weekend' },
};

export const UNIT_PLURALS: Record<string, string> = {
  seconds: 'second', minutes: 'minute', hours: 'hour', days: 'day', nights: 'night', weeks: 'week',
  fortnights: 'fortnight', months: 'month', quarters: 'quarter', years: 'year', decades: 'decade',
  centuries: 'century', weekends: 'weekend', mins: 'minute', hrs: 'hour', min: 'minute', hr: 'hour', yrs: 'year',
};

export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
  dawn: 'MO', daybreak: 'MO', dusk: 'EV', 'mid-morning': 'MO', 'mid-afternoon': 'AF', 'late-night': 'NI',
};

/** Fixed-date holidays (month, day). */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'christmas day': [12, 25], christmas: [12, 25], 'christmas eve': [12, 24],
  "new year's day": [1, 1], "new year's eve": [12, 31], "new year 's day": [1, 1], "new year 's eve": [12, 31],
  'valentine\'s day': [2, 14], 'halloween': [10, 31], 'boxing day': [12, 26],
  'independence day': [7, 4], 'bastille day': [7, 14], 'may day': [5, 1], 'labour day': [5, 1],
};

/** TIMEX3 mod values for modifier words before or after an expression. */
export const PREFIX_MODS: Record<string, string> = {
  early: 'START', 'early in': 'START', 'the beginning of': 'START', 'the start of': 'START', 'the dawn of': 'START',
  late: 'END', 'late in': 'END', 'the end of': 'END', 'the close of': 'END',
  mid: 'MID', 'the middle of': 'MID', 'the mid': 'MID', 'the height of': 'MID',
};

export const QUANTITY_MODS: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', roughly: 'APPROX', approximately: 'APPROX', some: 'APPROX',
  nearly: 'APPROX', almost: 'APPROX', 'close to': 'APPROX', 'more than': 'MORE_THAN', over: 'MORE_THAN',
  'less than': 'LESS_THAN', under: 'LESS_THAN', 'fewer than': 'LESS_THAN', 'at least': 'EQUAL_OR_MORE',
  'at most': 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
};

/** Newspapers, programmes and events named after weekdays: never a date. */
export const WEEKDAY_NAME_NEIGHBOURS = new Set([
  'times', 'telegraph', 'mail', 'express', 'herald', 'post', 'mirror', 'tribune', 'independent',
  'observer', 'star', 'sport', 'people', 'world', 'bloody', 'super', 'news', 'edition', 'magazine', 'review',
]);

export const TIME_ZONES = new Set([
  'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'eet',
  'eest', 'ist', 'jst', 'kst', 'msk', 'aest', 'aedt', 'hkt', 'sgt', 'pkt', 'wib', 'ast', 'z',
]);
