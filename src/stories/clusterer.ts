// Incremental clustering against a Store: each new article is linked to the stored articles the
// rules say share its story (src/stories/link.ts), clusters it bridges are merged under the
// smallest article id, and events the story's articles report twice become one event with
// several reports — found before the article is saved (plan, then commit), so a repeated event
// is saved as a report rather than a row merged away later. Only the article's candidates and its story are read: nothing is recomputed
// for the rest of the database.
import type { Store } from '../store/store.js';
import type { StoryEventKey } from '../store/types.js';
import { dayNumber, decideLink } from './link.js';
import { eventMergeKey, MERGE_DAY_TOLERANCE, mergeableAcrossStories, sameEventAcrossStories, sameEventInStory, type MergeableEvent } from './events.js';
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

/** An article's place among the stored stories, found before the article is saved. */
export interface StoryPlan {
  profile: StoryProfile;
  /** the stories it links to, with one linking member each */
  stories: string[];
  linked: string[];
  /**
   * Parallel to the article's events: the stored event of its story each one is another report
   * of (save it as a report of that event), or null (a new event row). Only when the article
   * joins exactly one story: a copy of a wire story then adds reports, not rows deleted later.
   */
  reportOf: (string | null)[];
  /** that story's events as stored before this article, when they were read */
  storyEvents: StoryEventKey[] | null;
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

export class StoryClusterer {
  constructor(private readonly store: Store) {}

  /**
   * Link a stored article (by its profile) and merge the events its story reports more than
   * once. `reported`: how many events the article's annotation has, when the caller knows (0
   * skips event merging unless the article bridged stories). `placedOnDay`: whether any of them
   * has a place and a day-precise date, when the caller knows (false: an article alone in its
   * story has nothing to merge, since only such events merge across stories).
   */
  async add(profile: StoryProfile, reported?: number, placedOnDay?: boolean): Promise<ClusterResult> {
    return this.commit({ ...(await this.link(profile)), profile, reportOf: [], storyEvents: null }, reported, placedOnDay);
  }

  /**
   * Before an article is saved: the stories it joins and, when it joins one, which of its events
   * that story already has (the same rule and order as merging after the save, so the result is
   * the same as saving every event and merging). Save the article with `reportOf`, then `commit`.
   */
  async plan(profile: StoryProfile, events: MergeableEvent[]): Promise<StoryPlan> {
    const { stories, linked } = await this.link(profile);
    if (stories.length !== 1 || !events.length) return { profile, stories, linked, reportOf: events.map(() => null), storyEvents: null };
    const storyEvents = await this.store.storyEventKeys(stories[0]);
    return { profile, stories, linked, storyEvents, reportOf: reportsOfStoryEvents(storyEvents, events, profile.id) };
  }

  /**
   * After the article is saved: put it in its story, merge the stories it bridged and the events
   * still reported twice. `saved`: the article's events and, from the save, the stored event each
   * one is a report of (without it the story's events are read back).
   */
  async commit(plan: StoryPlan, reported?: number, placedOnDay?: boolean, saved?: { events: MergeableEvent[]; eventIds: string[] }): Promise<ClusterResult> {
    const { profile, stories, linked } = plan;
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
    const storyEvents = plan.storyEvents && saved
      ? withArticleEvents(plan.storyEvents, profile.id, saved.events, saved.eventIds)
      : await this.store.storyEventKeys(story);
    const { events: merged, merged: count } = await this.mergeWithinStory(storyEvents);
    result.mergedEvents = count + (await this.mergeAcrossStories(profile.id, merged));
    return result;
  }

  /** The stories a new article links to: one linking member per story is enough for the union. */
  private async link(profile: StoryProfile): Promise<{ stories: string[]; linked: string[] }> {
    // candidates of a story already joined are not compared: the clusters are the same as with every pair checked
    const joined = new Set<string>();
    const linked: string[] = [];
    for (const candidate of await this.store.storyCandidates(profile)) {
      const candidateStory = candidate.story ?? candidate.id;
      if (joined.has(candidateStory) || !decideLink(profile, candidate).link) continue;
      joined.add(candidateStory);
      linked.push(candidate.id);
    }
    return { stories: [...joined], linked };
  }

  /**
   * Merge the story's events (groupStoryEvents), each group into its first dated event. Returns
   * the story's events after merging (kept events with the articles of their whole group).
   */
  private async mergeWithinStory(events: StoryEventKey[]): Promise<{ events: StoryEventKey[]; merged: number }> {
    return this.applyGroups(groupStoryEvents(events));
  }

  /** Merge each group into its first dated event; the story's events after merging. */
  private async applyGroups(groups: EventGroup<StoryEventKey>[]): Promise<{ events: StoryEventKey[]; merged: number }> {
    let merged = 0;
    const kept: StoryEventKey[] = [];
    for (const { members, articles } of groups) {
      const keep = keptMember(members);
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

interface EventGroup<T extends MergeableEvent & { articles: string[] }> {
  key: string;
  members: T[];
  articles: Set<string>;
}

/**
 * A story's events grouped greedily in stored order: an event joins the first group it is the
 * same event as (sameEventInStory, with the group's first member) whose articles it does not
 * share — an article that reports two acts of one kind keeps two events.
 */
function groupStoryEvents<T extends MergeableEvent & { articles: string[] }>(events: T[]): EventGroup<T>[] {
  const groups: EventGroup<T>[] = [];
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
  return groups;
}

/** The member a group is merged into: its first dated one. */
const keptMember = <T extends MergeableEvent>(members: T[]): T => members.find((m) => m.date) ?? members[0];

/**
 * For each of a new article's events, the stored story event it would be merged into (null: it
 * would be kept, alone or as the group's first dated member).
 */
function reportsOfStoryEvents(storyEvents: StoryEventKey[], events: MergeableEvent[], articleId: string): (string | null)[] {
  const incoming = events.map((event, index) => ({ ...event, id: '', index, articles: [articleId] }));
  const reportOf: (string | null)[] = events.map(() => null);
  for (const { members } of groupStoryEvents<MergeableEvent & { id: string; articles: string[]; index?: number }>([...storyEvents, ...incoming])) {
    const keep = keptMember(members);
    if (keep.index !== undefined) continue;
    for (const member of members) if (member.index !== undefined) reportOf[member.index] = keep.id;
  }
  return reportOf;
}

/**
 * The story's events after the article was saved: stored events it reported again gain it as a
 * reporter; the others are new events, stored after all of the story's (ids from the save).
 */
function withArticleEvents(storyEvents: StoryEventKey[], articleId: string, events: MergeableEvent[], eventIds: string[]): StoryEventKey[] {
  const byId = new Map(storyEvents.map((e) => [e.id, { ...e, articles: [...e.articles] }]));
  const added: StoryEventKey[] = [];
  events.forEach((event, i) => {
    const stored = byId.get(eventIds[i]);
    if (stored) stored.articles.push(articleId);
    else added.push({ ...pickMergeable(event), id: eventIds[i], articles: [articleId] });
  });
  return [...byId.values(), ...added];
}

function pickMergeable(e: MergeableEvent): MergeableEvent {
  return { category: e.category, source: e.source, target: e.target, negated: e.negated, modality: e.modality, date: e.date, location: e.location };
}
