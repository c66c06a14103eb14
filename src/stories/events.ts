// When two reports describe one real-world event. The merge key carries everything that must be
// equal (category, sides, polarity, modality), so a negated or hypothetical report can never
// fold into an asserted event; dates and places then decide between events with the same key.
import { dayNumber } from './link.js';

export interface MergeableEvent {
  category: string;
  source: string[];
  target: string[];
  negated: boolean;
  modality: string;
  /** calendar value the text links to the event, or null */
  date: string | null;
  location: string | null;
}

/** days two event dates may differ by and still be one event (reports straddle midnight and time zones) */
export const MERGE_DAY_TOLERANCE = 1;

const codes = (xs: string[]) => [...new Set(xs)].sort().join('+');

/** `CATEGORY|SRC|TGT|polarity|modality`: reports with different keys never merge. */
export function eventMergeKey(e: MergeableEvent): string {
  return `${e.category}|${codes(e.source)}|${codes(e.target)}|${e.negated ? 'negated' : 'affirmed'}|${e.modality}`;
}

/** First and last day number a day, month or year value covers; null for anything else. */
function days(date: string | null): [number, number] | null {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(date) : null;
  if (!m) return null;
  const [, year, month, day] = m;
  if (day) return [dayNumber(`${year}-${month}-${day}`), dayNumber(`${year}-${month}-${day}`)];
  const first = dayNumber(`${year}-${month ?? '01'}-01`);
  const next = month
    ? (Number(month) === 12 ? dayNumber(`${Number(year) + 1}-01-01`) : dayNumber(`${year}-${String(Number(month) + 1).padStart(2, '0')}-01`))
    : dayNumber(`${Number(year) + 1}-01-01`);
  return [first, next - 1];
}

/** Both dates known and within MERGE_DAY_TOLERANCE days of each other (ranges may overlap). */
export function datesWithinTolerance(a: string | null, b: string | null): boolean {
  const x = days(a);
  const y = days(b);
  if (!x || !y) return false;
  return x[0] <= y[1] + MERGE_DAY_TOLERANCE && y[0] <= x[1] + MERGE_DAY_TOLERANCE;
}

/**
 * Within one story, same-key reports are one event unless both give dates that disagree: a story
 * is a few days of coverage of one piece of news, so an undated "the talks" is the dated talks.
 */
export function sameEventInStory(a: MergeableEvent, b: MergeableEvent): boolean {
  if (eventMergeKey(a) !== eventMergeKey(b)) return false;
  if (a.date && b.date && !datesWithinTolerance(a.date, b.date)) return false;
  return !(a.location && b.location && a.location !== b.location);
}

/**
 * Across stories the evidence must be explicit: same key, same known place, and day-precision
 * dates within a day. Two undated strikes by one army on the same day stay two events.
 */
export function sameEventAcrossStories(a: MergeableEvent, b: MergeableEvent): boolean {
  if (eventMergeKey(a) !== eventMergeKey(b)) return false;
  if (!a.location || a.location !== b.location) return false;
  return dayPrecise(a.date) && dayPrecise(b.date) && datesWithinTolerance(a.date, b.date);
}

const dayPrecise = (date: string | null) => date !== null && /^\d{4}-\d{2}-\d{2}/.test(date);

/** Whether a report can merge with another story's at all: it has a place and a day-precise date. */
export function mergeableAcrossStories(e: Pick<MergeableEvent, 'date' | 'location'>): boolean {
  return Boolean(e.location) && dayPrecise(e.date);
}

/**
 * Group reports (of one story, or a batch) into real-world events: each report joins the first
 * earlier group it matches that has no report from the same article yet (an article reporting two
 * distinct same-key acts keeps two events). Returns group indexes parallel to `reports`.
 */
export function groupReports<T extends MergeableEvent & { articleId: string; story: string | null }>(reports: T[]): number[] {
  const groups: { members: T[]; articles: Set<string> }[] = [];
  return reports.map((report) => {
    const found = groups.findIndex((g) => !g.articles.has(report.articleId) && g.members.some((m) =>
      (m.story !== null && m.story === report.story ? sameEventInStory(m, report) : sameEventAcrossStories(m, report))));
    const index = found >= 0 ? found : groups.push({ members: [], articles: new Set() }) - 1;
    groups[index].members.push(report);
    groups[index].articles.add(report.articleId);
    return index;
  });
}
