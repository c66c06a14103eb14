import { describe, expect, it } from 'vitest';
import { shuffled, testCorpus, type CorpusArticle } from './testing/corpus.js';
import { corpusJsonl, inMemoryServices } from './testing/services.js';
import type { AnnalsService } from '../service/service.js';

const service = inMemoryServices();
const jsonl = corpusJsonl;

/** What a reader sees: each article's story-mates, and each event with its number of sources. */
async function view(s: AnnalsService, articles: CorpusArticle[]) {
  const storyOf = new Map<string, string>();
  for (const a of articles) storyOf.set(a.label, (await s.getArticle(a.label))!.story!);
  const mates = articles.map((a) => articles.filter((b) => storyOf.get(b.label) === storyOf.get(a.label)).map((b) => b.label).sort().join(' '));
  const events = (await s.listEvents({ limit: 500 })).items
    .map((e) => `${e.category} ${e.source.join('+')}>${e.target.join('+')} ${e.date ?? '-'} x${e.reportCount}`).sort();
  return { mates, events };
}

describe('recluster', () => {
  const corpus = shuffled(testCorpus(), 5);

  it('gives a database ingested without clustering the stories and merged events of a normal ingest', async () => {
    const normal = service(true);
    await normal.ingest({ payload: jsonl(corpus) });
    const expected = await view(normal, corpus);
    expect(expected.events.some((e) => !e.endsWith('x1'))).toBe(true); // the corpus has events reported twice or more

    const plain = service(false);
    await plain.ingest({ payload: jsonl(corpus) });
    const unmerged = (await plain.counts()).events;
    const summary = await plain.recluster();
    expect(await view(plain, corpus)).toEqual(expected);
    expect(summary.articles).toBe(corpus.length);
    expect(summary.profilesBuilt).toBe(corpus.length);
    expect(summary.storiesBefore).toBe(0);
    expect(summary.storiesAfter).toBe(new Set(expected.mates.filter((m) => m.includes(' '))).size);
    expect(summary.articlesMoved).toBeGreaterThan(0);
    expect(summary.eventsBefore).toBe(unmerged);
    expect(summary.eventsAfter).toBe((await normal.counts()).events);
  });

  it('changes nothing on a database that is already clustered, and reads the stored profiles', async () => {
    const s = service(true);
    await s.ingest({ payload: jsonl(corpus) });
    const before = await view(s, corpus);
    const summary = await s.recluster();
    expect(summary.profilesBuilt).toBe(0);
    expect(summary.articlesMoved).toBe(0);
    expect(summary.eventsAfter).toBe(summary.eventsBefore);
    expect(summary.storiesAfter).toBe(summary.storiesBefore);
    expect(await view(s, corpus)).toEqual(before);
  });
});
