import { describe, expect, it } from 'vitest';
import { PLOVER_QUAD, type Annotation, type EventAnnotation } from '../nlp/annotation.js';
import { openSqliteStore } from '../store/sqlite/open.js';
import { eventId } from '../store/sqlite/sqlite-store.js';
import { StoryClusterer } from './clusterer.js';
import { buildProfile } from './profile.js';

function event(fields: Partial<EventAnnotation> & Pick<EventAnnotation, 'category' | 'source' | 'target'>): EventAnnotation {
  const date = fields.date ?? null;
  return {
    mode: null, source_actors: [], target_actors: [], date, when: date ?? '2023-03-08', when_assumed: date === null,
    location: null, negated: false, modality: 'asserted', attribution: null, evidence: 'a sentence', rule: 'test.rule',
    trigger: 'struck', ...PLOVER_QUAD[fields.category], ...fields,
  };
}

/** Store an article with hand-written events (no NLP), then cluster it. */
async function addArticle(store: ReturnType<typeof openSqliteStore>, clusterer: StoryClusterer, id: string, text: string, events: EventAnnotation[]) {
  const annotation: Annotation = { id, date: '2023-03-08', story: null, times: [], mentions: [], actors: [], events };
  await store.saveArticle({ id, name: id, url: null, source: null, title: null, date: '2023-03-08', published: null, text, story: null }, { annotation });
  return clusterer.add(buildProfile({ id, date: '2023-03-08', text, annotation }));
}

const strike = { category: 'ASSAULT', source: ['RUS'], target: ['UKR'], date: '2023-03-08', location: 'Kharkiv, UKR' };

describe('event merging across stories', () => {
  it('merges the same dated, placed event reported by two unrelated stories, and nothing weaker', async () => {
    const store = openSqliteStore(':memory:');
    const clusterer = new StoryClusterer(store);
    await addArticle(store, clusterer, 'a1', 'Missiles hit a power station on the edge of the city overnight, cutting heating to thousands of flats.', [event(strike)]);
    const second = await addArticle(store, clusterer, 'b2', 'Grain exports through the southern ports resumed as insurers returned, traders in Odesa said on Wednesday.', [event(strike)]);
    expect(second.story).toBe('b2'); // a story of its own ...
    expect(second.mergedEvents).toBe(1); // ... whose strike is the one already stored
    await addArticle(store, clusterer, 'c3', 'Parliament debated a new budget line for school meals and approved it after a long night session.', [
      event({ ...strike, negated: true }), // "did not strike": never folds into an asserted event
      event({ ...strike, location: null }), // no place: not enough to merge across stories
      event({ ...strike, date: '2023-03-12' }), // four days later: another strike
    ]);
    const events = await store.listEvents({ category: ['ASSAULT'], limit: 50 });
    expect(events.total).toBe(4);
    const merged = events.items.filter((e) => e.reportCount === 2);
    expect(merged).toHaveLength(1);
    expect((await store.getEvent(merged[0].id))!.reports.map((r) => r.articleId).sort()).toEqual(['a1', 'b2']);
    await store.close();
  });

  it('keeps two same-kind acts of one article apart while merging each with its copy', async () => {
    const store = openSqliteStore(':memory:');
    const clusterer = new StoryClusterer(store);
    const text = 'The government expelled the ambassador and recalled its own envoy from the capital after the talks collapsed on Wednesday.';
    const acts = () => [event({ category: 'SANCTION', source: ['POL'], target: ['BLR'], date: '2023-03-08' }), event({ category: 'SANCTION', source: ['POL'], target: ['BLR'] })];
    await addArticle(store, clusterer, 'p1', text, acts());
    const copy = await addArticle(store, clusterer, 'p2', `Breaking news. ${text}`, acts());
    expect(copy.story).toBe('p1');
    const events = await store.listEvents({ limit: 50 });
    expect(events.items.map((e) => e.reportCount)).toEqual([2, 2]);
    await store.close();
  });
});

/** Store and cluster an article the way an ingest does: its story found first, repeated events saved as reports. */
async function planAndAdd(store: ReturnType<typeof openSqliteStore>, clusterer: StoryClusterer, id: string, text: string, events: EventAnnotation[]) {
  const annotation: Annotation = { id, date: '2023-03-08', story: null, times: [], mentions: [], actors: [], events };
  const plan = await clusterer.plan(buildProfile({ id, date: '2023-03-08', text, annotation }), events);
  const saved = await store.saveArticle({ id, name: id, url: null, source: null, title: null, date: '2023-03-08', published: null, text, story: null },
    { annotation, reportOf: plan.reportOf });
  return { plan, result: await clusterer.commit(plan, saved.events, true, { events, eventIds: saved.eventIds }) };
}

/** Everything a reader can see of the stored events: ids, fields, and each report with its evidence. */
async function eventsAsStored(store: ReturnType<typeof openSqliteStore>) {
  const events = (await store.listEvents({ limit: 100 })).items;
  return Promise.all(events.map(async (e) => {
    const detail = (await store.getEvent(e.id))!;
    return { ...detail, reports: [...detail.reports].sort((a, b) => a.articleId.localeCompare(b.articleId)) };
  }));
}

describe('events found in the story before the save', () => {
  const wire = 'Border guards detained eleven fishermen off the northern coast on Wednesday, and the foreign ministry summoned the envoy of the neighbouring state over the detentions.';
  const sanction = { category: 'SANCTION', source: ['POL'], target: ['BLR'] };
  const articles: [string, string, EventAnnotation[]][] = [
    ['w1', wire, [event({ ...sanction }), event({ ...strike }), event({ ...strike, negated: true })]],
    // a copy dates the undated act: the dated report is the one kept
    ['w2', `Latest: ${wire}`, [event({ ...sanction, date: '2023-03-08' }), event({ ...strike })]],
    // a copy with two acts of one kind: one joins the stored act, the other is new
    ['w3', `${wire} Updated.`, [event({ ...strike }), event({ ...strike }), event({ ...strike, negated: true })]],
    ['x1', 'Dock workers in the southern port walked out over unpaid overtime, halting the loading of grain ships for a second day running.', [event({ ...strike })]],
  ];

  it('stores the same events, reports and evidence as saving every event and merging after', async () => {
    const merged = openSqliteStore(':memory:');
    const mergedClusterer = new StoryClusterer(merged);
    for (const [id, text, events] of articles) await addArticle(merged, mergedClusterer, id, text, events);
    const planned = openSqliteStore(':memory:');
    const plannedClusterer = new StoryClusterer(planned);
    const plans = [];
    for (const [id, text, events] of articles) plans.push((await planAndAdd(planned, plannedClusterer, id, text, events)).plan);

    expect(await eventsAsStored(planned)).toEqual(await eventsAsStored(merged));
    // w2's strike, w3's first strike and its negated strike were saved as reports of w1's, never
    // as rows; w2's dated sanction was saved and w1's undated one merged into it
    expect(plans[1].reportOf).toEqual([null, eventId('w1', 1)]);
    expect(plans[2].reportOf).toEqual([eventId('w1', 1), null, eventId('w1', 2)]);
    // the strike, reported again by the unrelated x1 at the same place and day: four reports
    expect((await planned.listEvents({ limit: 100 })).items.map((e) => e.reportCount).sort()).toEqual([1, 2, 2, 4]);
    await merged.close();
    await planned.close();
  });
});
