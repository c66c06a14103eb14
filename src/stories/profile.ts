// What story clustering keeps about an article: its MinHash signature (near-duplicates), a
// truncated TF-IDF vector (same news in other words), the actors and event triples it reports,
// and its date. Built once per article from its text and (optionally) its annotation.
import type { Annotation } from '../nlp/annotation.js';
import { idf } from './idf.js';
import { minhashSignature, NUM_HASHES } from './minhash.js';
import { shingleHashes, terms, words } from './text.js';

/** terms kept in the stored vector; the cosine of truncated vectors tracks the full one closely */
export const VECTOR_TERMS = 64;
/** heaviest terms used as candidate keys for same-story lookups */
export const KEY_TERMS = 16;

export interface StoryProfile {
  /** article id (hash of the normalised text) */
  id: string;
  /** publication date, YYYY-MM-DD */
  date: string;
  signature: Uint32Array;
  /** number of distinct shingles (0 for an empty text) */
  shingles: number;
  /** unit-length TF-IDF vector, heaviest terms first */
  vector: [term: string, weight: number][];
  /** actor ids and country/organisation codes the annotation names */
  actors: string[];
  /** `CATEGORY|SRC+SRC|TGT` of asserted, non-negated events */
  triples: string[];
  /** the same triples with their day-precision event date: `CATEGORY|SRC|TGT@YYYY-MM-DD` */
  datedTriples: string[];
}

/** The parts of an annotation a profile reads (a stored article's rows give them too). */
export interface ProfileAnnotation {
  actors: Pick<Annotation['actors'][number], 'id' | 'kind' | 'country'>[];
  events: Pick<Annotation['events'][number], 'category' | 'source' | 'target' | 'negated' | 'modality' | 'date'>[];
}

export interface ProfileInput {
  id: string;
  date: string;
  text: string;
  annotation?: ProfileAnnotation | null;
}

export function buildProfile(input: ProfileInput): StoryProfile {
  const textWords = words(input.text);
  const shingles = shingleHashes(textWords);
  const { triples, datedTriples } = eventTriples(input.annotation?.events ?? []);
  return {
    id: input.id,
    date: input.date,
    signature: shingles.length ? minhashSignature(shingles) : new Uint32Array(NUM_HASHES).fill(0xffffffff),
    shingles: shingles.length,
    vector: tfidfVector(textWords),
    actors: actorKeys(input.annotation?.actors ?? []),
    triples,
    datedTriples,
  };
}

/** Sublinear TF × IDF, L2-normalised, truncated to the VECTOR_TERMS heaviest terms (text or its words). */
export function tfidfVector(text: string | string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const t of terms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const weighted = [...counts].map(([t, n]): [string, number] => [t, (1 + Math.log(n)) * idf(t)]);
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = weighted.slice(0, VECTOR_TERMS).filter(([, w]) => w > 0);
  const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
  // four decimals: cosines move by < 0.001, the stored JSON is half as long
  return kept.map(([t, w]) => [t, Math.round((w / norm) * 1e4) / 1e4]);
}

/** term → weight of a vector, built once per vector (profiles are compared with many candidates) */
const lookups = new WeakMap<[string, number][], Map<string, number>>();

export function cosine(a: [string, number][], b: [string, number][]): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  let lookup = lookups.get(large);
  if (!lookup) lookups.set(large, (lookup = new Map(large)));
  let dot = 0;
  for (const [t, w] of small) dot += w * (lookup.get(t) ?? 0);
  return dot;
}

/** The heaviest terms: keys under which an article is found by same-story lookups. */
export function keyTerms(profile: Pick<StoryProfile, 'vector'>): string[] {
  return profile.vector.slice(0, KEY_TERMS).map(([t]) => t);
}

function actorKeys(actors: ProfileAnnotation['actors']): string[] {
  const keys = new Set<string>();
  for (const a of actors) {
    if (a.country) keys.add(a.country);
    if (a.kind !== 'country') keys.add(a.id);
  }
  return [...keys].sort();
}

function eventTriples(events: ProfileAnnotation['events']): { triples: string[]; datedTriples: string[] } {
  const triples = new Set<string>();
  const dated = new Set<string>();
  for (const e of events) {
    if (e.negated || e.modality !== 'asserted') continue;
    const triple = `${e.category}|${[...e.source].sort().join('+')}|${[...e.target].sort().join('+')}`;
    triples.add(triple);
    if (e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date)) dated.add(`${triple}@${e.date}`);
  }
  return { triples: [...triples].sort(), datedTriples: [...dated].sort() };
}
