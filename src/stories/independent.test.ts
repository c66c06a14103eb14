// Story clustering on independently written reports and hard distractors (testing/independent.ts),
// run through `annotate` as the CLI runs it. The figures asserted are today's, as floors: a change
// to the link rule or the profile that loses links or adds false ones fails here. Print every
// pair with: npx tsx src/stories/testing/independent-report.ts
import { beforeAll, describe, expect, it } from 'vitest';
import { daysApart, STORY_THRESHOLD } from './link.js';
import { HARD_DISTRACTORS, INDEPENDENT_STORIES } from './testing/independent.js';
import { formatReport, measureIndependent, whatIf, type IndependentMeasure } from './testing/independent-report.js';

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('independent reports corpus', () => {
  const stories = new Map<string, typeof INDEPENDENT_STORIES>();
  for (const a of INDEPENDENT_STORIES) stories.set(a.story, [...(stories.get(a.story) ?? []), a]);

  it('has twelve stories of two or three reports, 0–2 days apart, and one short brief', () => {
    expect(stories.size).toBe(12);
    for (const [story, reports] of stories) {
      expect(reports.length, story).toBeGreaterThanOrEqual(2);
      expect(reports.length, story).toBeLessThanOrEqual(3);
      for (const a of reports) for (const b of reports) expect(daysApart(a.date, b.date), `${a.label}/${b.label}`).toBeLessThanOrEqual(2);
    }
    const lengths = INDEPENDENT_STORIES.map((a) => wordCount(a.text));
    expect(lengths.filter((n) => n < 150)).toHaveLength(1);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(400);
  });

  it('has twelve distractors, each on the same or the next day as the story it imitates', () => {
    expect(HARD_DISTRACTORS).toHaveLength(12);
    for (const d of HARD_DISTRACTORS) {
      const reports = stories.get(d.near!);
      expect(reports, d.label).toBeDefined();
      expect(Math.min(...reports!.map((r) => daysApart(r.date, d.date))), d.label).toBeLessThanOrEqual(1);
    }
  });
});

describe('clustering independent reports', () => {
  let measure: IndependentMeasure;
  beforeAll(async () => {
    measure = await measureIndependent();
  }, 60_000);

  it('keeps today\'s pairwise precision, recall and F1 as floors', () => {
    const report = formatReport(measure);
    expect(measure.precision, report).toBeGreaterThanOrEqual(0.84);
    expect(measure.recall, report).toBeGreaterThanOrEqual(0.66);
    expect(measure.f1, report).toBeGreaterThanOrEqual(0.74);
  });

  it('links at least 15 of the 24 same-story pairs directly, and at most 2 of the 30 distractor pairs', () => {
    const linked = (kind: string) => measure.pairs.filter((p) => p.kind === kind && p.decision.link).length;
    expect(measure.pairs.filter((p) => p.kind === 'gold')).toHaveLength(24);
    expect(measure.pairs.filter((p) => p.kind === 'distractor')).toHaveLength(30);
    expect(linked('gold')).toBeGreaterThanOrEqual(15);
    expect(linked('distractor')).toBeLessThanOrEqual(2);
    // pairs of different stories months apart are never linked
    expect(measure.pairs.filter((p) => p.kind === 'other' && p.decision.link)).toEqual([]);
  });

  it('reproduces the clusters from the pair decisions, so the threshold what-if is trustworthy', () => {
    const replay = whatIf(measure, STORY_THRESHOLD, STORY_THRESHOLD);
    expect(replay.precision).toBeCloseTo(measure.precision, 6);
    expect(replay.recall).toBeCloseTo(measure.recall, 6);
  });
});
