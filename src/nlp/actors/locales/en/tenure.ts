// English cues for when a role was held, as the text states it. Tenure words stand before a title
// ("former prime minister", "the outgoing president", "Japan's new foreign minister"); tenure
// verbs follow the person ("took up his post in early November", "has been in office since
// 2006", "was sworn in on Monday", "stepped down in March"). The dates themselves always come
// from the time layer (doc.timexes); a word alone only bounds the role by the article date.

/** What a tenure word says about the role relative to the article date. */
export type TenureBound =
  /** the role had ended before the article date: "former", "ex", "then-" */
  | 'ended'
  /** the role is still held on the article date and ends after it: "outgoing" */
  | 'ending'
  /** the role began before the article date, not long before: "new", "newly appointed" */
  | 'began'
  /** the role begins on or after the article date: "incoming" */
  | 'beginning'
  /** temporary holders carry no date: "acting", "interim", "caretaker" */
  | 'none';

export interface TenureWord {
  id: string;
  words: string;
  bound: TenureBound;
}

const w = (words: string, bound: TenureBound): TenureWord => ({ id: `tenure.${words.replace(/\W+/g, '-')}`, words, bound });

/** Words between a country modifier and a title, longest first where they share a start. */
export const TENURE_WORDS: TenureWord[] = [
  w('former', 'ended'),
  w('ex', 'ended'),
  w('then -', 'ended'),
  w('outgoing', 'ending'),
  w('departing', 'ending'),
  w('new', 'began'),
  w('newly appointed', 'began'),
  w('newly elected', 'began'),
  w('newly named', 'began'),
  w('newly installed', 'began'),
  w('newly sworn - in', 'began'),
  w('newly sworn in', 'began'),
  w('recently appointed', 'began'),
  w('incoming', 'beginning'),
  w('acting', 'none'),
  w('interim', 'none'),
  w('caretaker', 'none'),
  w('current', 'none'),
  w('sitting', 'none'),
];

/** Which end of the role a tenure verb dates. */
export type TenureSide = 'from' | 'to';

export interface TenureVerb {
  id: string;
  /** matched against the lowercased, space-joined tokens that follow the person */
  pattern: RegExp;
  side: TenureSide;
  /** verbs with many other uses ("became", "was named") count only before a title */
  needsTitle?: boolean;
  /** "was prime minister in 2012" says when it was held, not when it began: only a stated span counts */
  rangeOnly?: boolean;
  /** ... or a date after "since" ("has been president since 2014") */
  sinceCounts?: boolean;
}

const v = (id: string, pattern: RegExp, side: TenureSide, needsTitle = false, rangeOnly = false, sinceCounts = false): TenureVerb => ({
  id: `tenure.${id}`, pattern, side, needsTitle, rangeOnly, sinceCounts,
});

export const TENURE_VERBS: TenureVerb[] = [
  v('took-post', /^(?:took|takes|has taken|had taken) (?:up )?(?:his |her |their |the |its )?(?:post|office|position|job|seat|helm|oath of office|reins)\b/, 'from'),
  v('assumed-office', /^(?:assumed|has assumed|had assumed) (?:office|power|(?:the |his |her )(?:post|presidency|premiership|office|role|position|throne))\b/, 'from'),
  v('sworn-in', /^(?:was|were|has been|had been|is|will be) sworn in\b/, 'from'),
  v('came-to-power', /^(?:came|has come|had come) to power\b/, 'from'),
  v('in-office-since', /^(?:has|had|have) (?:been )?(?:in office|in power|at the helm|ruled|governed|served|led|held the post|held office)\b/, 'from'),
  v('in-office', /^(?:in office|in power|at the helm) since\b/, 'from'),
  v('appointed', /^(?:was|were|has been|had been) (?:appointed|named|elected|re - elected|reelected|installed|inaugurated|confirmed)(?: as)?\b/, 'from', true),
  v('became', /^(?:became|has become|had become)\b/, 'from', true),
  v('took-over', /^(?:took over|has taken over|had taken over)(?: as)?\b/, 'from', true),
  v('served-as', /^(?:served|has served|had served|was|had been|has been|have been)(?: as)?\b/, 'from', true, true, true),
  v('stepped-down', /^(?:stepped down|has stepped down|had stepped down|resigned|has resigned|had resigned|left office|quit)\b/, 'to'),
  v('ousted', /^(?:was|were|had been) (?:ousted|removed|toppled|deposed|overthrown|dismissed|sacked|impeached)\b/, 'to'),
  v('lost-power', /^(?:lost power|was voted out)\b/, 'to'),
];

/** Words that may stand between the person and a tenure verb ("Hayashi, who also took office"). */
export const SUBJECT_GAP_WORDS = new Set([',', 'who', 'also', 'only', 'first', 'recently', 'just', 'formally', 'officially', 'finally', 'later', 'subsequently', 'himself', 'herself']);

/** Words joining the two dates of a stated span: "from 2012 to 2020", "between 2006 and 2007", "2012-2020". */
export const RANGE_OPENERS = new Set(['from', 'between', 'in']);
export const RANGE_JOINERS = new Set(['to', 'until', 'till', 'through', 'and', '-', '–', '—']);
