// Rebuild every story and event merge of a database from what it stores: for a database
// ingested with --no-stories, or after the link rules changed. Every article is taken out of its
// story, then clustered again one at a time in ingest order — the same steps an ingest with
// clustering on takes, so the stories and merged events are those such an ingest would give.
// An article without a stored profile gets one from its stored text and annotation rows.
// Events merged by an earlier clustering stay merged: their separate reports are kept, their
// separate fields are not.
import type { Store } from '../store/store.js';
import { StoryClusterer } from './clusterer.js';
import { buildProfile } from './profile.js';

export interface ReclusterSummary {
  articles: number;
  /** articles that had no stored profile (ingested with --no-stories) */
  profilesBuilt: number;
  /** stories of two or more articles, before and after */
  storiesBefore: number;
  storiesAfter: number;
  /** articles whose story changed (an article in no story counts as a story of its own) */
  articlesMoved: number;
  /** real-world events, before and after (the difference was merged) */
  eventsBefore: number;
  eventsAfter: number;
}

export async function recluster(store: Store, onProgress?: (articles: number) => void): Promise<ReclusterSummary> {
  const before = await store.articleStories();
  const eventsBefore = (await store.counts()).events;
  await store.clearStories();
  const clusterer = new StoryClusterer(store);
  let articles = 0;
  let profilesBuilt = 0;
  for await (const input of store.storyInputs()) {
    let profile = input.profile;
    if (!profile) {
      profile = buildProfile({ id: input.id, date: input.date, text: input.source!.text, annotation: input.source!.annotation });
      profilesBuilt++;
    }
    await clusterer.add(profile, input.events);
    articles++;
    onProgress?.(articles);
  }
  const after = await store.articleStories();
  let articlesMoved = 0;
  for (const [id, story] of after) if ((before.get(id) ?? id) !== story) articlesMoved++;
  return {
    articles, profilesBuilt,
    storiesBefore: storiesOfSeveral(before), storiesAfter: storiesOfSeveral(after), articlesMoved,
    eventsBefore, eventsAfter: (await store.counts()).events,
  };
}

function storiesOfSeveral(stories: Map<string, string | null>): number {
  const sizes = new Map<string, number>();
  for (const story of stories.values()) if (story !== null) sizes.set(story, (sizes.get(story) ?? 0) + 1);
  return [...sizes.values()].filter((n) => n > 1).length;
}
