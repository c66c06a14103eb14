// An in-memory story index: LSH buckets for near-duplicates, day-bucketed key terms and dated
// event triples for same-story candidates, and a union–find whose root is the smallest article
// id. Used by `annotate` (a batch with no database) and by the benchmark; the SQLite store keeps
// the same keys in tables (src/store/sqlite/stories.ts).
import { dayNumber, decideLink, STORY_WINDOW_DAYS, type LinkDecision } from './link.js';
import { bandKeys } from './minhash.js';
import { buildProfile, keyTerms, type ProfileInput, type StoryProfile } from './profile.js';

/** key terms two articles must share to be compared as possible reports of one story */
export const MIN_SHARED_KEYS = 2;

export interface AddResult {
  story: string;
  /** ids of earlier articles this one linked to, with the decision */
  links: { id: string; decision: LinkDecision }[];
}

export class StoryIndex {
  private readonly profiles = new Map<string, StoryProfile>();
  private readonly bands = new Map<number, string[]>();
  private readonly termDays = new Map<string, string[]>();
  private readonly dated = new Map<string, string[]>();
  private readonly parent = new Map<string, string>();

  get size(): number {
    return this.profiles.size;
  }

  /** Add an article and link it to every stored article the rules say shares its story. */
  add(profile: StoryProfile): AddResult {
    if (this.profiles.has(profile.id)) return { story: this.find(profile.id), links: [] };
    const links: AddResult['links'] = [];
    for (const id of this.candidates(profile)) {
      const decision = decideLink(profile, this.profiles.get(id)!);
      if (decision.link) links.push({ id, decision });
    }
    this.insert(profile);
    for (const { id } of links) this.union(profile.id, id);
    return { story: this.find(profile.id), links };
  }

  /** Stored articles worth comparing with `profile`: same LSH band, shared key terms, or a shared dated event. */
  candidates(profile: StoryProfile): string[] {
    const found = new Set<string>();
    for (const key of bandKeys(profile.signature)) for (const id of this.bands.get(key) ?? []) found.add(id);
    const shared = new Map<string, number>();
    const day = dayNumber(profile.date);
    for (const term of keyTerms(profile)) {
      for (let d = day - STORY_WINDOW_DAYS; d <= day + STORY_WINDOW_DAYS; d++) {
        for (const id of this.termDays.get(`${term}@${d}`) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      }
    }
    for (const [id, n] of shared) if (n >= MIN_SHARED_KEYS) found.add(id);
    for (const key of profile.datedTriples) for (const id of this.dated.get(key) ?? []) found.add(id);
    found.delete(profile.id);
    return [...found];
  }

  /** The story id of an article: the smallest article id in its cluster. */
  storyOf(id: string): string {
    return this.find(id);
  }

  /** Every article id with its story id. */
  stories(): Map<string, string> {
    const out = new Map<string, string>();
    for (const id of this.profiles.keys()) out.set(id, this.find(id));
    return out;
  }

  private insert(profile: StoryProfile): void {
    this.profiles.set(profile.id, profile);
    this.parent.set(profile.id, profile.id);
    const push = (map: Map<string | number, string[]>, key: string | number) => {
      const list = map.get(key);
      if (list) list.push(profile.id);
      else map.set(key, [profile.id]);
    };
    for (const key of bandKeys(profile.signature)) push(this.bands as Map<string | number, string[]>, key);
    const day = dayNumber(profile.date);
    for (const term of keyTerms(profile)) push(this.termDays as Map<string | number, string[]>, `${term}@${day}`);
    for (const key of profile.datedTriples) push(this.dated as Map<string | number, string[]>, key);
  }

  private find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    for (let x = id; x !== root;) { // path compression
      const next = this.parent.get(x)!;
      this.parent.set(x, root);
      x = next;
    }
    return root;
  }

  private union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
  }
}

/** Cluster a batch of articles: article id → story id (the smallest article id of its story). */
export function clusterArticles(inputs: ProfileInput[]): Map<string, string> {
  const index = new StoryIndex();
  for (const input of inputs) index.add(buildProfile(input));
  return index.stories();
}
