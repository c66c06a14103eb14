// Context words that decide whether an ambiguous word is a time expression.

/** Words before a bare year or month that make it a date ("in 2021", "since May"). */
export const DATE_PREPOSITIONS = new Set([
  'in', 'since', 'of', 'by', 'from', 'until', 'till', 'to', 'before', 'after', 'during', 'through',
  'between', 'and', 'or', 'fiscal', 'early', 'late', 'mid', 'around', 'about', 'for', 'on', 'throughout',
  'last', 'next', 'this', 'that', 'past', 'coming', 'each', 'every', 'late-', 'into', 'circa', 'at', 'as',
  '-', '–', ',', '(', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'end', 'beginning', 'start',
  'middle', 'than', 'the', 'its', 'their', 'his', 'her', 'our', 'whose', 'in.', 'year-end',
]);

/** Determiners before a year used as a modifier: "the 2021 budget" is still a date. */
export const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'a', 'an', 'whose', "'s"]);

/** Lower-case words that may follow a bare year without making it a count ("2019 was …"). */
export const AFTER_YEAR_OK = new Set([
  'and', 'or', 'to', 'when', 'as', 'was', 'were', 'is', 'has', 'had', 'will', 'with', 'the', 'a', 'an',
  'in', 'on', 'at', 'for', 'from', 'by', 'after', 'before', 'until', 'through', 'but', 'while', 'where',
  'after', 'that', 'which', 'because', 'if', 'saw', 'brought', 'marked', 'through', 'onwards', 'onward',
  'alone', 'so', 'than', 'during', 'levels', 'level', 'figures', 'figure', 'election', 'elections',
  'budget', 'season', 'census', 'report', 'law', 'agreement', 'deal', 'accord', 'constitution',
  'war', 'olympics', 'games', 'summit', 'cup', 'world', 'ceasefire', 'coup', 'crisis', 'attack',
  'attacks', 'vote', 'referendum', 'campaign', 'protests', 'uprising', 'revolution', 'invasion',
  'rate', 'rates', 'results', 'earnings', 'plan', 'treaty', 'fiscal', 'financial', 'presidential',
  'parliamentary', 'general', 'local', 'legislative', 'annual', 'first', 'second', 'third', 'fourth',
  'until', 'about', 'of', 'only', 'also', 'are', 'be', 'would', 'could', 'then', 'under', 'later',
  'earlier', 'onward', 'ago',
]);

/** Words before a number that make it an amount, not a date ("$2021", "No. 11"). */
export const AMOUNT_BEFORE = new Set(['$', '£', '€', '¥', 'no.', '#', 'us$', 'rs', 'rs.', 'page', 'number', 'route', 'flight', 'room', 'article', 'section', 'chapter', 'resolution', 'paragraph']);

/** Words after a number that make it an amount ("2021 %", "11 percent"). */
export const AMOUNT_AFTER = new Set(['%', 'percent', 'per', 'million', 'billion', 'thousand', 'points', 'km', 'miles', 'kilometres', 'kilometers', 'metres', 'meters', 'tons', 'tonnes', 'dollars', 'euros', 'pounds', 'yuan', 'yen', 'people', 'votes', 'seats', 'troops']);

/** Weekday names before which "Fox News Sunday"-style names end. */
export const TITLE_WORDS_BEFORE_WEEKDAY = new Set(['news', 'bloody', 'super', 'black', 'good', 'holy', 'easter', 'palm', 'ash', 'cyber']);
