import { describe, expect, it } from 'vitest';
import { StoryClusterer } from './clusterer.js';
import { buildProfile } from './profile.js';
import { BASE_ARTICLES, DISTRACTORS, shuffled, syndicatedVariant, testCorpus, type CorpusArticle } from './testing/corpus.js';
import { corpusJsonl, inMemoryServices } from './testing/services.js';
import { openSqliteStore } from '../store/sqlite/open.js';
import type { AnnalsService } from '../service/service.js';

const service = inMemoryServices();
const jsonl = corpusJsonl;

/** label → story id, for every stored article */
async function storiesByLabel(s: AnnalsService, articles: CorpusArticle[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const a of articles) out.set(a.label, (await s.getArticle(a.label))!.story!);
  return out;
}

describe('story clustering in the store', () => {
  const talks = BASE_ARTICLES.find((a) => a.label === 'tokyo-talks')!;
  // three copies of one wire report: the original, a reprint with new punctuation, one with boilerplate
  const copies = [talks, syndicatedVariant(talks, 1), syndicatedVariant(talks, 3)];

  it('counts each event of three copies once, with three sources', async () => {
    const plain = service(false);
    await plain.ingest({ payload: jsonl(copies) });
    const perCopy = (await plain.getArticle(talks.label))!.events.length;
    expect(perCopy).toBeGreaterThan(0);
    expect((await plain.listEvents({})).total).toBe(3 * perCopy);

    const clustered = service();
    const summary = await clustered.ingest({ payload: jsonl(copies) });
    expect(summary.new).toBe(3);
    const events = await clustered.listEvents({ limit: 100 });
    expect(events.total).toBe(perCopy);
    expect(events.items.map((e) => e.reportCount)).toEqual(events.items.map(() => 3));
    const detail = await clustered.explainEvent(events.items[0].id);
    expect(new Set(detail!.reports.map((r) => r.articleName))).toEqual(new Set(copies.map((c) => c.label)));
    expect((await clustered.counts()).events).toBe(perCopy);
  });

  it('shows the story of an article and the other articles in it', async () => {
    const s = service();
    await s.ingest({ payload: jsonl([...copies, DISTRACTORS[1]]) });
    const article = await s.getArticle(talks.label);
    expect(article!.storyArticles.map((a) => a.name).sort()).toEqual(copies.slice(1).map((c) => c.label).sort());
    const story = await s.getStory(talks.label);
    expect(story!.articles).toHaveLength(3);
    expect(story!.id <= article!.id).toBe(true);
    expect(story!.events.every((e) => e.reportCount === 3)).toBe(true);
    const distractor = await s.getArticle(DISTRACTORS[1].label);
    expect(distractor!.storyArticles).toEqual([]);
    expect(distractor!.story).toBe(distractor!.id);
  });

  it('builds the same stories in any ingest order and keeps distractors alone', async () => {
    const corpus = testCorpus();
    let reference: Map<string, string> | null = null;
    for (const seed of [11, 12]) {
      const s = service();
      await s.ingest({ payload: jsonl(shuffled(corpus, seed)) });
      const stories = await storiesByLabel(s, corpus);
      if (reference) expect(stories).toEqual(reference);
      reference ??= stories;
      await s.close();
    }
    const partition = (label: string) => reference!.get(label);
    for (const a of corpus) {
      for (const b of corpus) {
        if (a.story === b.story) expect(partition(a.label), `${a.label} ~ ${b.label}`).toBe(partition(b.label));
        else expect(partition(a.label), `${a.label} / ${b.label}`).not.toBe(partition(b.label));
      }
    }
  });
});

describe('event merging cost', () => {
  it("reads a lone article's events only when one of them could merge across stories", async () => {
    const store = openSqliteStore(':memory:');
    const plain = service(false, store);
    const [first, second] = BASE_ARTICLES;
    await plain.ingest({ payload: jsonl([first, second]) });
    let reads = 0;
    const counting = new Proxy(store, {
      get: (target, name, receiver) => {
        if (name === 'storyEventKeys') reads++;
        const value = Reflect.get(target, name, receiver) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const clusterer = new StoryClusterer(counting);
    // a profile with a day-dated triple, as an article reporting a dated event has
    const profile = async (a: CorpusArticle) => ({
      ...buildProfile({ id: (await plain.getArticle(a.label))!.id, date: a.date, text: a.text }), datedTriples: [`MEET|AAA|BBB@${a.date}`],
    });
    await clusterer.add(await profile(first), 1, false);
    expect(reads).toBe(0);
    await clusterer.add(await profile(second), 1, true);
    expect(reads).toBe(1);
  });
});
