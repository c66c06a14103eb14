import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleId } from '../ingest/article.js';
import { toAnnotation } from '../nlp/annotation.js';
import { Pipeline } from '../nlp/pipeline.js';
import { clusterArticles, StoryIndex } from './index.js';
import { decideLink } from './link.js';
import { bandKeys, estimateJaccard, minhashSignature } from './minhash.js';
import { buildProfile, cosine, tfidfVector } from './profile.js';
import { BASE_ARTICLES, DISTRACTORS, INDEPENDENT_REPORTS, shuffled, syndicatedVariant, testCorpus, type CorpusArticle } from './testing/corpus.js';
import { shingleHashes } from './text.js';

/** Pairwise precision / recall / F1 of "same story", as SCHEMA.md scores stories. */
function pairwise(labels: string[], gold: (i: number) => string, pred: (i: number) => string) {
  let tp = 0, np = 0, ng = 0;
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const g = gold(i) === gold(j);
      const p = pred(i) === pred(j);
      tp += Number(g && p); np += Number(p); ng += Number(g);
    }
  }
  const precision = np ? tp / np : 1;
  const recall = ng ? tp / ng : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const asInput = (a: CorpusArticle) => ({ id: articleId(a.text), date: a.date, text: a.text });

describe('MinHash', () => {
  it('estimates Jaccard similarity of shingle sets', () => {
    const a = Uint32Array.from({ length: 400 }, (_, i) => i * 2654435761);
    const b = Uint32Array.from({ length: 400 }, (_, i) => (i + 200) * 2654435761); // 200 shared of 600: J = 1/3
    const estimate = estimateJaccard(minhashSignature(a), minhashSignature(b));
    expect(estimate).toBeGreaterThan(0.2);
    expect(estimate).toBeLessThan(0.47);
    expect(estimateJaccard(minhashSignature(a), minhashSignature(a))).toBe(1);
  });

  it('gives identical texts identical band keys and unrelated texts none in common', () => {
    const [one, two] = BASE_ARTICLES;
    const keysOne = bandKeys(minhashSignature(shingleHashes(one.text)));
    expect(bandKeys(minhashSignature(shingleHashes(one.text)))).toEqual(keysOne);
    const keysTwo = new Set(bandKeys(minhashSignature(shingleHashes(two.text))));
    expect(keysOne.filter((k) => keysTwo.has(k))).toEqual([]);
  });

  it('ignores case, punctuation and line breaks when shingling', () => {
    expect(shingleHashes('The Minister, said: "No."\n\nThen left')).toEqual(shingleHashes('the minister said no then LEFT'));
  });

  it('lists each shingle once, in ascending order', () => {
    const repeated = shingleHashes('rain fell on the port town and rain fell on the port town again');
    expect([...repeated]).toEqual([...new Set(repeated)].sort((a, b) => a - b));
    // 14 words give 10 shingles; the second 'rain fell on the port town' repeats two of them
    expect(repeated).toHaveLength(8);
  });

  it('keeps the heaviest terms, heaviest first, ties by term', () => {
    const many = Array.from({ length: 90 }, (_, i) => `zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const vector = tfidfVector([...many, 'zqab', 'zqab', 'zqab', 'the', 'the']);
    expect(vector).toHaveLength(64);
    expect(vector[0][0]).toBe('zqab');
    const rest = vector.slice(1).map(([t]) => t);
    expect(rest).toEqual([...rest].sort());
    expect(vector.map(([t]) => t)).not.toContain('the');
  });
});

describe('story links', () => {
  it('never links two one-sentence reports on text similarity alone, but still links their copies', () => {
    const raid = 'Israeli soldiers arrested dozens of Palestinians in a dawn raid on a village near Nablus on Tuesday, the army said.';
    const clash = 'Israeli soldiers fired tear gas at Palestinian stone-throwers near a village outside Nablus on Tuesday, witnesses said.';
    const profile = (id: string, text: string) => buildProfile({ id, date: '2024-03-12', text });
    expect(decideLink(profile('raid', raid), profile('clash', clash)).link).toBe(false);
    const reprint = decideLink(profile('raid', raid), profile('copy', raid.replace(', the army said', ', the military said')));
    expect(reprint).toMatchObject({ link: true, reason: 'near-duplicate' });
  });

  it('links a syndicated copy as a near-duplicate', () => {
    const base = BASE_ARTICLES[0];
    const copy = syndicatedVariant(base, 2);
    const decision = decideLink(buildProfile(asInput(base)), buildProfile(asInput(copy)));
    expect(decision).toMatchObject({ link: true, reason: 'near-duplicate' });
  });

  it('links an independently written report of the same news by text similarity', () => {
    const base = BASE_ARTICLES.find((a) => a.label === 'ambassador')!;
    const other = INDEPENDENT_REPORTS.find((a) => a.label === 'ambassador-other')!;
    const decision = decideLink(buildProfile(asInput(base)), buildProfile(asInput(other)));
    expect(decision.reason).toBe('similar');
    expect(decision.jaccard).toBeLessThan(0.3);
  });

  it('keeps apart articles on the same actors and days that report another event', () => {
    for (const distractor of DISTRACTORS) {
      for (const other of [...BASE_ARTICLES, ...INDEPENDENT_REPORTS]) {
        expect(decideLink(buildProfile(asInput(distractor)), buildProfile(asInput(other))).link, `${distractor.label}/${other.label}`).toBe(false);
      }
    }
  });

  it('never links the same text outside the windows unless a recent dated event matches', () => {
    const base = BASE_ARTICLES.find((a) => a.label === 'tokyo-talks')!;
    const other = INDEPENDENT_REPORTS.find((a) => a.label === 'tokyo-talks-other')!;
    const late = { ...asInput(other), date: '2023-03-18' };
    expect(decideLink(buildProfile(asInput(base)), buildProfile(late)).link).toBe(false);
    const withEvent = (date: string) => ({ actors: [], events: [{ category: 'CONSULT', source: ['JPN'], target: ['KOR'], date, negated: false, modality: 'asserted' }] }) as never;
    const follow = (date: string) => decideLink(buildProfile({ ...asInput(base), annotation: withEvent(date) }), buildProfile({ ...late, annotation: withEvent(date) }));
    expect(follow('2023-03-08')).toMatchObject({ link: true, reason: 'same-event' });
    // an old event both mention in passing is not news for either
    expect(follow('2022-02-24').link).toBe(false);
    // months later, not a follow-up
    expect(decideLink(buildProfile({ ...asInput(base), annotation: withEvent('2023-03-08') }), buildProfile({ ...late, date: '2023-06-01', annotation: withEvent('2023-03-08') })).link).toBe(false);
  });

  it('weights rare words over common ones', () => {
    const a = tfidfVector('The minister said the Skagerrak quotas were agreed.');
    const weights = new Map(a);
    expect(weights.get('skagerrak')!).toBeGreaterThan(weights.get('said') ?? 0);
    expect(cosine(a, a)).toBeCloseTo(1, 3); // weights are kept to four decimals
  });
});

describe('clustering', () => {
  const corpus = testCorpus();

  it('groups copies and independent reports, and no distractor, with pairwise F1 ≥ 0.95', () => {
    const stories = clusterArticles(corpus.map(asInput));
    const ids = corpus.map((a) => articleId(a.text));
    const score = pairwise(ids, (i) => corpus[i].story, (i) => stories.get(ids[i])!);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
    for (const d of DISTRACTORS) {
      const story = stories.get(articleId(d.text));
      expect([...stories.values()].filter((s) => s === story)).toHaveLength(1);
    }
  });

  it('gives the same clusters, named by the smallest article id, in any input order', () => {
    const reference = clusterArticles(corpus.map(asInput));
    for (const seed of [1, 2, 3, 4, 5]) {
      const again = clusterArticles(shuffled(corpus, seed).map(asInput));
      for (const [id, story] of reference) expect(again.get(id)).toBe(story);
    }
    for (const [id, story] of reference) expect(story <= id).toBe(true);
  });

  it('merges two clusters when a later article links both', () => {
    const index = new StoryIndex();
    const base = BASE_ARTICLES.find((a) => a.label === 'manila')!;
    const paragraphs = base.text.split('\n\n');
    // two fragments that share nothing, then the full text that contains both
    const first = { id: 'b-first', date: base.date, text: `${paragraphs[0]}` };
    const last = { id: 'a-last', date: base.date, text: `${paragraphs[2]}` };
    const whole = { id: 'c-whole', date: base.date, text: base.text };
    index.add(buildProfile(first));
    index.add(buildProfile(last));
    expect(index.storyOf('b-first')).not.toBe(index.storyOf('a-last'));
    const added = index.add(buildProfile(whole));
    expect(added.story).toBe('a-last');
    expect(index.storyOf('b-first')).toBe('a-last');
  });
});

const goldDir = new URL('../../../shared/gold/dev/', import.meta.url);

describe.runIf(existsSync(goldDir))('dev gold stories', () => {
  it('reproduces every gold story from the texts and our annotations of them (pairwise F1 = 1)', () => {
    const docs = readdirSync(goldDir).filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(new URL(f, goldDir), 'utf8')) as { id: string; date: string; text: string; story: string });
    const pipeline = new Pipeline();
    const stories = clusterArticles(docs.map((d) => ({
      id: articleId(d.text), date: d.date, text: d.text,
      annotation: toAnnotation(pipeline.run({ text: d.text, date: d.date }), { id: d.id, date: d.date, story: null }),
    })));
    const score = pairwise(docs.map((d) => d.id), (i) => docs[i].story, (i) => stories.get(articleId(docs[i].text))!);
    expect(score).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
