// @vitest-environment jsdom
// Pure parts of the web app: marking an article's text, filling chart periods, building queries.
import { describe, expect, it } from 'vitest';
import type { ArticleView } from './api.js';
import { fillPeriods, niceCeil, tickInterval } from './components/charts.js';
import { eventsTable } from './components/events-table.js';
import { queryString } from './dom.js';
import { counted } from './format.js';
import { markedText } from './pages/article.js';

const TEXT = 'Ruritania and Freedonia signed a treaty on Monday. Talks resume in May.';
const at = (piece: string) => TEXT.indexOf(piece);

function article(): ArticleView {
  const sentence = TEXT.indexOf('.') + 1;
  return {
    seq: 1, id: 'a1', name: 'a1', url: null, source: null, title: 'Treaty', date: '2022-05-03', published: null, text: TEXT, story: null,
    storyArticles: [],
    mentions: [
      { start: 0, end: 9, text: 'Ruritania', type: 'LOC', actor: 'ruritania' },
      { start: at('Freedonia'), end: at('Freedonia') + 9, text: 'Freedonia', type: 'LOC', actor: null },
    ],
    timexes: [{ start: at('Monday'), end: at('Monday') + 6, text: 'Monday', type: 'DATE', value: '2022-05-02', mod: null }],
    events: [{
      id: 'e1', category: 'AGREE', mode: null, quad: 'verbal cooperation', score: 3, source: ['RUR'], target: ['FRD'],
      sourceActors: [], targetActors: [], date: '2022-05-02', when: '2022-05-02', whenAssumed: false, location: null,
      negated: false, modality: 'asserted', attribution: null, evidence: TEXT.slice(0, sentence), rule: 'r', trigger: 'signed',
      reportCount: 1, evidenceStart: 0, evidenceEnd: sentence, timex: null,
    }],
  } as unknown as ArticleView;
}

describe('markedText', () => {
  it('keeps the text intact and marks names, times and the event sentence, overlaps included', () => {
    const el = markedText(article());
    expect(el.textContent).toBe(TEXT);
    const name = el.querySelector('a.mention')!;
    expect(name.textContent).toBe('Ruritania');
    expect(name.getAttribute('href')).toBe('/actors/ruritania');
    expect(name.classList.contains('evidence')).toBe(true); // inside the event sentence
    expect(el.querySelector('span.mention.type-LOC')!.textContent).toBe('Freedonia'); // no actor: not a link
    const time = el.querySelector('.timex')!;
    expect(time.textContent).toBe('Monday');
    expect(time.getAttribute('data-value')).toContain('2022-05-02');
    const evidence = [...el.querySelectorAll('[data-events~="e1"]')].map((n) => n.textContent).join('');
    expect(evidence).toBe(TEXT.slice(0, TEXT.indexOf('.') + 1));
    expect(el.textContent!.slice(evidence.length)).toContain('Talks resume');
  });

  it('finds the evidence by its text when offsets are missing, and ignores spans outside the text', () => {
    const a = article();
    a.events[0].evidenceStart = null;
    a.events[0].evidenceEnd = null;
    a.mentions.push({ start: 500, end: 510, text: 'x', type: 'PER', actor: null });
    const el = markedText(a);
    expect(el.textContent).toBe(TEXT);
    expect([...el.querySelectorAll('[data-events~="e1"]')].map((n) => n.textContent).join('')).toBe(a.events[0].evidence);
  });
});

describe('fillPeriods', () => {
  it('fills the months between the first and last period', () => {
    expect(fillPeriods(['2021-11', '2022-02', '2021-11'], 'month')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
  });
  it('fills days, but keeps only the given days over a long span', () => {
    expect(fillPeriods(['2022-02-27', '2022-03-02'], 'day')).toEqual(['2022-02-27', '2022-02-28', '2022-03-01', '2022-03-02']);
    expect(fillPeriods(['2020-01-01', '2022-01-01'], 'day')).toEqual(['2020-01-01', '2022-01-01']);
  });
  it('leaves weeks as given, sorted', () => {
    expect(fillPeriods(['2022-W03', '2022-W01'], 'week')).toEqual(['2022-W01', '2022-W03']);
  });
});

describe('queryString', () => {
  it('drops empty values and encodes the rest', () => {
    expect(queryString({ q: 'a b', from: '', to: undefined, page: 2, actor: null })).toBe('?q=a+b&page=2');
    expect(queryString({})).toBe('');
  });
});

describe('niceCeil', () => {
  it('rounds axis ends up to 1, 2 or 5 times a power of ten', () => {
    expect([0.3, 1, 3, 18.6, 20, 21, 740].map(niceCeil)).toEqual([0.5, 1, 5, 20, 20, 50, 1000]);
  });
  it('splits a nice axis end into whole, evenly spaced ticks that land on the end', () => {
    for (const top of [1, 2, 5, 10, 20, 50, 100]) {
      const step = tickInterval(top);
      expect(Number.isInteger(top / step)).toBe(true);
      expect(top / step).toBeLessThanOrEqual(5);
    }
    expect([1, 2, 5, 10, 50].map(tickInterval)).toEqual([1, 1, 1, 2, 10]);
  });
});

describe('counted', () => {
  it('says 1 event but 0 and 2 events, with thousands separators', () => {
    expect([0, 1, 2, 1200].map((n) => counted(n, 'event'))).toEqual(['0 events', '1 event', '2 events', '1,200 events']);
  });
});

describe('eventsTable', () => {
  it('explains an empty list with the message it is given', () => {
    expect(eventsTable([], { empty: 'No events match these filters.' }).textContent).toBe('No events match these filters.');
    expect(eventsTable([]).textContent).toBe('No events.');
  });
});
