// Whether two articles belong to one story. The decision reads the two profiles only (no corpus
// statistics, no arrival order), so the union of all links — and so every cluster — is the same
// whatever order the articles arrive in.
//
// Thresholds, tuned on ../shared/gold/dev (41 articles, 7 two-article stories) with the TF-IDF
// vector of profile.ts:
//   same story, same or next day: cosine 0.40 – 0.77, score 0.44 – 0.85 (lowest: two
//     independently written reports of ECOWAS suspending Mali, a day apart; highest: the Reuters
//     Kherson copy, shingle Jaccard 0.37, estimated 0.44); shared actors 0.33 – 1.0
//   different stories: cosine ≤ 0.29, and every pair above 0.15 is weeks to years apart
//     (two Yemen stories a year apart at 0.29; two Ukraine stories 27 days apart at 0.22)
// so a story link needs the dates within STORY_WINDOW_DAYS and a score of at least
// STORY_THRESHOLD, or — for articles up to SAME_EVENT_MAX_DAYS apart — an identical event dated
// close to the earlier article (a follow-up report of that news) plus the same text agreement.
// An old event both mention in passing (the day a war began) is not news for either and links
// nothing. Near-verbatim copies (shingle Jaccard ≥ NEAR_DUPLICATE_JACCARD, and text cosine ≥
// NEAR_DUPLICATE_COSINE so shared boilerplate alone never counts) link within a month.
import { estimateJaccard } from './minhash.js';
import { cosine, type StoryProfile } from './profile.js';

/** publication dates further apart than this never join on text alone */
export const STORY_WINDOW_DAYS = 3;
/**
 * cosine + actor and event agreement needed for articles of the same or the next day: below the
 * dev stories' lowest (0.44 with annotations, 0.40 from text alone) with a margin, above most
 * same-topic pairs of other news (reactions to one crisis on AQUAINT: 0.30 – 0.51, partly above:
 * precision first, since a false merge of two stories costs more pairs than a missed link)
 */
export const STORY_THRESHOLD = 0.35;
/**
 * ... and for articles two or three days apart, where follow-ups on other news of the same
 * topic (reactions, the next step of a crisis) are common: on TempEval-3's AQUAINT news, such
 * pairs (the 1998 embassy bombings and a week of reactions to them) score 0.30 – 0.40.
 */
export const STORY_THRESHOLD_LATER = 0.4;
/**
 * distinct 5-word shingles (about the words minus four) both texts need before text similarity
 * alone may link them: the cosine of one- or two-sentence texts is noise (two different raids in
 * one town on one day score 0.46; PLOVER's single gold sentences, 14 – 38 shingles, fell into 49
 * false pairs), while the shortest dev article has 166 and the synthetic corpus 69. Copies still
 * link by shingle Jaccard, a short text inside a longer one (a lead paragraph reprinted as a brief)
 * by containment, follow-ups by a shared dated event.
 */
export const MIN_SHINGLES_FOR_SIMILAR = 50;
/** estimated share of the shorter text's shingles found in the longer one that makes it an excerpt */
export const EXCERPT_CONTAINMENT = 0.5;
/** estimated 5-word-shingle Jaccard from which two texts are copies of one report */
export const NEAR_DUPLICATE_JACCARD = 0.3;
/** copies reprinted later than this are not treated as the same story */
export const NEAR_DUPLICATE_WINDOW_DAYS = 30;
/** text agreement a near-duplicate must also have (copies score 0.75 and more) */
export const NEAR_DUPLICATE_COSINE = 0.3;
/** follow-up reports of one dated event link up to this many days apart */
export const SAME_EVENT_MAX_DAYS = 14;
/** no rule links articles further apart than this: candidate lookups stop here */
export const LINK_MAX_DAYS = Math.max(STORY_WINDOW_DAYS, NEAR_DUPLICATE_WINDOW_DAYS, SAME_EVENT_MAX_DAYS);

export type LinkReason = 'near-duplicate' | 'similar' | 'same-event' | 'none';

export interface LinkDecision {
  link: boolean;
  reason: LinkReason;
  jaccard: number;
  cosine: number;
  score: number;
  days: number;
}

export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

export function daysApart(a: string, b: string): number {
  return Math.abs(dayNumber(a) - dayNumber(b));
}

function overlap(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const x of b) if (set.has(x)) shared++;
  return shared;
}

function jaccardOfLists(a: string[], b: string[]): number {
  const shared = overlap(a, b);
  const union = new Set([...a, ...b]).size;
  return union ? shared / union : 0;
}

/**
 * The story score: text cosine, plus a little for shared actors (up to +0.1) and shared event
 * triples (+0.05 each, up to +0.1). Text dominates: shared actors alone never link two stories
 * about the same country pair.
 */
export function storyScore(a: StoryProfile, b: StoryProfile, textCosine = cosine(a.vector, b.vector)): number {
  const actors = jaccardOfLists(a.actors, b.actors);
  const triples = Math.min(2, overlap(a.triples, b.triples));
  return textCosine + 0.1 * actors + 0.05 * triples;
}

export function decideLink(a: StoryProfile, b: StoryProfile): LinkDecision {
  const days = daysApart(a.date, b.date);
  if (days > LINK_MAX_DAYS) return { link: false, reason: 'none', jaccard: 0, cosine: 0, score: 0, days };
  const jaccard = a.shingles && b.shingles ? estimateJaccard(a.signature, b.signature) : 0;
  const textCosine = cosine(a.vector, b.vector);
  const score = storyScore(a, b, textCosine);
  const result = (link: boolean, reason: LinkReason): LinkDecision => ({ link, reason, jaccard, cosine: textCosine, score, days });
  if (jaccard >= NEAR_DUPLICATE_JACCARD && textCosine >= NEAR_DUPLICATE_COSINE && days <= NEAR_DUPLICATE_WINDOW_DAYS) {
    return result(true, 'near-duplicate');
  }
  const longEnough = Math.min(a.shingles, b.shingles) >= MIN_SHINGLES_FOR_SIMILAR;
  if (!longEnough && textCosine >= NEAR_DUPLICATE_COSINE && days <= NEAR_DUPLICATE_WINDOW_DAYS && containment(a, b, jaccard) >= EXCERPT_CONTAINMENT) {
    return result(true, 'near-duplicate');
  }
  if (longEnough && days <= STORY_WINDOW_DAYS && score >= (days <= 1 ? STORY_THRESHOLD : STORY_THRESHOLD_LATER)) return result(true, 'similar');
  if (days <= SAME_EVENT_MAX_DAYS && score >= STORY_THRESHOLD_LATER && sharesRecentEvent(a, b)) return result(true, 'same-event');
  return result(false, 'none');
}

/** Share of the smaller shingle set inside the larger, from the Jaccard estimate: |A∩B| = J(|A|+|B|)/(1+J). */
function containment(a: StoryProfile, b: StoryProfile, jaccard: number): number {
  const smaller = Math.min(a.shingles, b.shingles);
  return smaller ? (jaccard * (a.shingles + b.shingles)) / ((1 + jaccard) * smaller) : 0;
}

/** Both report one event (category, sides, day) dated within the window of the earlier article. */
function sharesRecentEvent(a: StoryProfile, b: StoryProfile): boolean {
  const earlier = Math.min(dayNumber(a.date), dayNumber(b.date));
  const inB = new Set(b.datedTriples);
  return a.datedTriples.some((key) => inB.has(key) && Math.abs(dayNumber(key.slice(key.lastIndexOf('@') + 1)) - earlier) <= STORY_WINDOW_DAYS);
}
