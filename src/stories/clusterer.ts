// Incremental clustering against a Store: each new article is linked to the stored articles the
// rules say share its story (src/stories/link.ts), clusters it bridges are merged under the
// smallest article id, and events the story's articles report twice become one event with
// several reports. Only the article's candidates and its story are read: nothing is recomputed
// for the rest of the database.
import type { Store } from '../store/store.js';
import type { StoryEventKey } from '../store/types.js';
import { dayNumber, decideLink } from './link.js';
import { eventMergeKey, MERGE_DAY_TOLERANCE, mergeableAcrossStories, sameEventAcrossStories, sameEventInStory } from './events.js';
import type { StoryProfile } from './profile.js';

export interface ClusterResult {
  story: string;
  /** stored articles this one linked to (one per story it joined) */
  linked: string[];
  /** stories merged into `story` because this article linked them */
  mergedStories: string[];
  /** events folded into an event another article already reported */
  mergedEvents: number;
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

export class StoryClusterer {
  constructor(private readonly store: Store) {}

  /**
   * Cluster a stored article (by its profile) and merge the events its story reports more than
   * once. `reported`: how many events the article's annotation has, when the caller knows (0
   * skips event merging unless the article bridged stories). `placedOnDay`: whether any of them
   * has a place and a day-precise date, when the caller knows (false: an article alone in its
   * story has nothing to merge, since only such events merge across stories).
   */
  async add(profile: StoryProfile, reported?: number, placedOnDay?: boolean): Promise<ClusterResult> {
    // One linking member per story is enough for the union, so candidates of a story already
    // joined are not compared: the clusters are the same as with every pair checked.
    const joined = new Set<string>();
    const linked: string[] = [];
    for (const candidate of await this.store.storyCandidates(profile)) {
      const candidateStory = candidate.story ?? candidate.id;
      if (joined.has(candidateStory) || !decideLink(profile, candidate).link) continue;
      joined.add(candidateStory);
      linked.push(candidate.id);
    }
    const stories = [...joined];
    const story = [profile.id, ...stories].sort()[0];
    await this.store.saveStoryProfile(profile);
    const mergedStories = stories.filter((s) => s !== story);
    await this.store.renameStories(mergedStories, story);
    await this.store.setStory(profile.id, story);
    const result = { story, linked, mergedStories, mergedEvents: 0 };
    const bridged = stories.length > 1;
    // an article with no events adds nothing to merge, unless it joined two stories' events; a
    // story of one article has nothing to merge within, and across stories only events with a
    // place and a day-precise date merge (datedTriples lists the asserted day-dated ones; negated
    // or hypothetical ones are rare and skipped)
    if ((reported === 0 && !bridged) || (!stories.length && (!profile.datedTriples.length || placedOnDay === false))) return result;
    const { events, merged } = await this.mergeWithinStory(await this.store.storyEventKeys(story));
    result.mergedEvents = merged + (await this.mergeAcrossStories(profile.id, events));
    return result;
  }

  /**
   * Group the story's events greedily in stored order: an event joins the first group it is the
   * same event as (sameEventInStory) whose articles it does not share — an article that reports
   * two acts of one kind keeps two events. A group keeps its first dated event. Returns the
   * story's events after merging (kept events with the articles of their whole group).
   */
  private async mergeWithinStory(events: StoryEventKey[]): Promise<{ events: StoryEventKey[]; merged: number }> {
    const groups: { key: string; members: StoryEventKey[]; articles: Set<string> }[] = [];
    for (const event of events) {
      // the merge key once per event: a giant story compares every event with every group
      const key = eventMergeKey(event);
      const group = groups.find((g) => g.key === key && event.articles.every((a) => !g.articles.has(a)) && sameEventInStory(g.members[0], event));
      if (group) {
        group.members.push(event);
        for (const a of event.articles) group.articles.add(a);
      } else {
        groups.push({ key, members: [event], articles: new Set(event.articles) });
      }
    }
    return this.applyGroups(groups);
  }

  /** Merge each group into its first dated event; the story's events after merging. */
  private async applyGroups(groups: { members: StoryEventKey[]; articles: Set<string> }[]): Promise<{ events: StoryEventKey[]; merged: number }> {
    let merged = 0;
    const kept: StoryEventKey[] = [];
    for (const { members, articles } of groups) {
      const keep = members.find((m) => m.date) ?? members[0];
      if (members.length > 1) merged += await this.store.mergeEvents(keep.id, members.map((m) => m.id));
      kept.push({ ...keep, articles: [...articles] });
    }
    return { events: kept, merged };
  }

  /**
   * The article's events that another story reported at the same place within a day. Only events
   * this article alone reports are looked up: one that joined an event of its story was looked
   * up when that event arrived, and a later twin elsewhere will find it from its side.
   */
  private async mergeAcrossStories(articleId: string, storyEvents: StoryEventKey[]): Promise<number> {
    const inStory = new Set(storyEvents.map((e) => e.id));
    let merged = 0;
    for (const event of storyEvents) {
      if (!mergeableAcrossStories(event) || event.articles.length !== 1 || event.articles[0] !== articleId) continue;
      const match = await this.findElsewhere(event, inStory);
      if (match) merged += await this.store.mergeEvents(match.id, [event.id]);
    }
    return merged;
  }

  /** An event of another story that is `event` (inStory: the ids of the story's own events). */
  private async findElsewhere(event: StoryEventKey, inStory: Set<string>): Promise<StoryEventKey | null> {
    const day = dayNumber(event.date!);
    const candidates = await this.store.eventKeysAt({
      category: event.category, location: event.location!,
      from: isoDay(day - MERGE_DAY_TOLERANCE), to: isoDay(day + MERGE_DAY_TOLERANCE),
    });
    const key = eventMergeKey(event);
    for (const candidate of candidates) {
      // events of the story itself were grouped by mergeWithinStory; an article's act is one event
      if (inStory.has(candidate.id) || eventMergeKey(candidate) !== key || !sameEventAcrossStories(candidate, event)) continue;
      if (candidate.articles.some((a) => event.articles.includes(a))) continue;
      return candidate;
    }
    return null;
  }
}
