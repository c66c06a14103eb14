// Words that can start or belong to a time expression. The tagger runs its patterns only at
// tokens that are (or soon lead to) one of these, which keeps it fast on ordinary text.
import { MONTHS, WEEKDAYS, UNITS, UNIT_PLURALS, SEASONS, PARTS_OF_DAY, FIXED_HOLIDAYS, NUMBER_WORDS, ORDINAL_WORDS } from './lexicon.js';

/** Words that are time words by themselves. */
export const CORE_TRIGGERS: string[] = [
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(UNITS), ...Object.keys(UNIT_PLURALS),
  ...Object.keys(SEASONS), ...Object.keys(PARTS_OF_DAY),
  ...Object.keys(FIXED_HOLIDAYS).map((h) => h.split(' ')[0]),
  'yesterday', 'today', 'tomorrow', 'tonight', 'now', 'currently', 'nowadays', 'recently', 'lately',
  'previously', 'soon', 'future', 'present', 'moment', 'overnight', 'noon', 'midnight', 'midday',
  'daily', 'nightly', 'weekly', 'biweekly', 'fortnightly', 'monthly', 'quarterly', 'annually', 'annual',
  'yearly', 'hourly', 'bi-annual', 'biannual', 'semi-annual', 'twice-yearly', 'twice-weekly',
  'twice-monthly', 'every', 'each', 'fiscal', 'fy', 'easter', 'thanksgiving', 'christmas', 'good',
  'qtr', 'q1', 'q2', 'q3', 'q4', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies',
  'eighties', 'nineties', "o'clock", 'once', 'twice', 'ahead', 'term', 'being', 'past', 'period',
  'year-earlier', 'year-ago', 'year-end', 'first-half', 'second-half', 'nineteen', 'thousand', 'while', 'time', 'then', 'election',
];

/** Words that only matter when a time word follows within a few tokens ("the", "early", "two"). */
export const PREFIX_TRIGGERS: string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'last', 'next', 'past', 'coming', 'previous', 'following',
  'preceding', 'same', 'very', 'current', 'latest', 'early', 'earlier', 'late', 'later', 'mid', 'about',
  'around', 'roughly', 'approximately', 'nearly', 'almost', 'more', 'less', 'fewer', 'than', 'over',
  'under', 'at', 'up', 'to', 'no', 'some', 'several', 'few', 'many', 'couple', 'of', 'dozens',
  'hundreds', 'number', 'numerous', 'countless', 'just', 'well', 'close', 'end', 'beginning', 'start',
  'middle', 'close', 'turn', 'height', 'dawn', 'and', 'half', 'quarter', 'three', 'times', 'per',
  'other', 'recent', 'another', 'additional', 'extra', 'remaining', 'initial', 'final', 'calendar',
  "year's", 'year-earlier', 'year-ago', 'comparable', 'most', 'as', 'possible', 'near', 'foreseeable',
  'long', 'short', 'right', "'", 'mid-', 'in', 'new', 'bastille', 'boxing', 'independence', 'valentine',
  "valentine's", 'halloween', 'labour', 'for', 'full', 'whole', 'entire', 'corresponding', 'prior-year', 'or', 'least', 'trading', 'business', 'working', 'school',
  ...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINAL_WORDS),
];
