// Whether two articles belong to one story. The decision reads the two profiles only (no corpus
// statistics, no arrival order), so the union of all links — and so every cluster — is the same
// whatever order the articles arrive in.
//
// Thresholds, tuned on ../shared/gold/dev (41 articles, 7 two-article stories) with the TF-IDF
// vector of profile.ts:
//   same story, same or next day: cosine 0.38 – 0.78 (lowest: two independently written reports
//     of ECOWAS suspending Mali, published a day apart); shared actors 0.33 – 1.0
//   different stories: cosine ≤ 0.30, and every pair above 0.15 is months or years apart
//     (e.g. two Yemen stories a year apart at 0.30; Ukraine stories weeks apart at 0.21)
// so a story link needs the dates within STORY_WINDOW_DAYS and a score of at least
// STORY_THRESHOLD, or — for articles further apart — an identical dated event plus text
// agreement. Near-verbatim copies (shingle Jaccard ≥ NEAR_DUPLICATE_JACCARD) link within a month.
import { estimateJaccard } from './minhash.js';
import { cosine, type StoryProfile } from './profile.js';

/** publication dates further apart than this never join on text alone */
export const STORY_WINDOW_DAYS = 3;
/** cosine + actor and event agreement needed within the window */
export const STORY_THRESHOLD = 0.3;
/** estimated 5-word-shingle Jaccard from which two texts are copies of one report */
export const NEAR_DUPLICATE_JACCARD = 0.3;
/** copies reprinted later than this are not treated as the same story */
export const NEAR_DUPLICATE_WINDOW_DAYS = 30;
/** cosine needed, besides an identical dated event, to link articles outside the window */
export const DATED_EVENT_COSINE = 0.25;

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
  const jaccard = a.shingles && b.shingles ? estimateJaccard(a.signature, b.signature) : 0;
  const textCosine = cosine(a.vector, b.vector);
  const score = storyScore(a, b, textCosine);
  const result = (link: boolean, reason: LinkReason): LinkDecision => ({ link, reason, jaccard, cosine: textCosine, score, days });
  if (jaccard >= NEAR_DUPLICATE_JACCARD && days <= NEAR_DUPLICATE_WINDOW_DAYS) return result(true, 'near-duplicate');
  if (days <= STORY_WINDOW_DAYS && score >= STORY_THRESHOLD) return result(true, 'similar');
  if (overlap(a.datedTriples, b.datedTriples) > 0 && textCosine >= DATED_EVENT_COSINE) return result(true, 'same-event');
  return result(false, 'none');
}
