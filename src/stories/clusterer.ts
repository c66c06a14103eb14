// Incremental clustering against a Store: each new article is linked to the stored articles the
// rules say share its story (src/stories/link.ts), clusters it bridges are merged under the
// smallest article id, and events the story's articles report twice become one event with
// several reports. Only the article's candidates and its story are read: nothing is recomputed
// for the rest of the database.
import type { Store } from '../store/store.js';
import type { EventRecord, StoryEvent } from '../store/types.js';
import { dayNumber, decideLink } from './link.js';
import { eventMergeKey, MERGE_DAY_TOLERANCE, sameEventAcrossStories, sameEventInStory } from './events.js';
import type { StoryProfile } from './profile.js';

export interface ClusterResult {
  story: string;
  /** stored articles this one linked to */
  linked: string[];
  /** stories merged into `story` because this article linked them */
  mergedStories: string[];
  /** events folded into an event another article already reported */
  mergedEvents: number;
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

export class StoryClusterer {
  constructor(private readonly store: Store) {}

  /** Cluster a stored article (by its profile) and merge the events its story reports more than once. */
  async add(profile: StoryProfile): Promise<ClusterResult> {
    const candidates = await this.store.storyCandidates(profile);
    const linked = candidates.filter((c) => decideLink(profile, c).link);
    const stories = [...new Set(linked.map((c) => c.story ?? c.id))];
    const story = [profile.id, ...stories].sort()[0];
    await this.store.saveStoryProfile(profile);
    const mergedStories = stories.filter((s) => s !== story);
    await this.store.renameStories(mergedStories, story);
    await this.store.setStory(profile.id, story);
    const events = await this.store.storyEvents(story);
    const mergedEvents = (await this.mergeWithinStory(events)) + (await this.mergeAcrossStories(profile.id, story));
    return { story, linked: linked.map((c) => c.id), mergedStories, mergedEvents };
  }

  /**
   * Group the story's events greedily in stored order: an event joins the first group it is the
   * same event as (sameEventInStory) whose articles it does not share — an article that reports
   * two acts of one kind keeps two events. A group keeps its first dated event.
   */
  private async mergeWithinStory(events: StoryEvent[]): Promise<number> {
    const groups: { members: StoryEvent[]; articles: Set<string> }[] = [];
    for (const event of events) {
      const group = groups.find((g) => event.articles.every((a) => !g.articles.has(a)) && sameEventInStory(g.members[0], event));
      if (group) {
        group.members.push(event);
        for (const a of event.articles) group.articles.add(a);
      } else {
        groups.push({ members: [event], articles: new Set(event.articles) });
      }
    }
    let merged = 0;
    for (const { members } of groups) {
      if (members.length < 2) continue;
      const keep = members.find((m) => m.date) ?? members[0];
      merged += await this.store.mergeEvents(keep.id, members.map((m) => m.id));
    }
    return merged;
  }

  /** The article's events that another story reported at the same place within a day. */
  private async mergeAcrossStories(articleId: string, story: string): Promise<number> {
    const own = (await this.store.storyEvents(story)).filter((e) => e.articles.includes(articleId) && e.date && e.location);
    let merged = 0;
    for (const event of own) {
      const match = await this.findElsewhere(event, story);
      if (match) merged += await this.store.mergeEvents(match.id, [event.id]);
    }
    return merged;
  }

  private async findElsewhere(event: StoryEvent, story: string): Promise<EventRecord | null> {
    const day = dayNumber(event.date!);
    const page = await this.store.listEvents({
      category: [event.category], source: event.source, target: event.target,
      from: isoDay(day - MERGE_DAY_TOLERANCE), to: isoDay(day + MERGE_DAY_TOLERANCE),
      negated: event.negated, modality: [event.modality], sort: 'when', limit: 50,
    });
    const key = eventMergeKey(event);
    for (const candidate of page.items) {
      if (candidate.id === event.id || eventMergeKey(candidate) !== key || !sameEventAcrossStories(candidate, event)) continue;
      const detail = await this.store.getEvent(candidate.id);
      const articles = detail?.reports.map((r) => r.articleId) ?? [];
      if (articles.some((a) => event.articles.includes(a))) continue;
      const stories = await Promise.all(articles.map(async (a) => (await this.store.getArticle(a))?.story));
      if (stories.some((s) => s === story)) continue; // same story: mergeWithinStory decided
      return candidate;
    }
    return null;
  }
}
