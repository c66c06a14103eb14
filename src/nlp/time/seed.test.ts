// The first input article: its time expressions, read from ../shared at test time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagText } from './testing.js';

const SEED = new URL('../../../../shared/seed/000_3cdf2fd69fd0e6b0.txt', import.meta.url);

describe('seed article', () => {
  const raw = readFileSync(SEED, 'utf8');
  const header = /date (\d{4}-\d{2}-\d{2})/.exec(raw)!;
  const tagged = tagText(raw.slice(header.index + header[0].length), header[1]);
  const value = (text: string) => tagged.find((t) => t.text === text);

  it('resolves every expected time', () => {
    expect(header[1]).toBe('2021-12-11');
    expect(value('Saturday')).toMatchObject({ type: 'DATE', value: '2021-12-11' });
    expect(value('last week')).toMatchObject({ type: 'DATE', value: '2021-W48' });
    expect(value('early November')).toMatchObject({ type: 'DATE', value: '2021-11', mod: 'START' });
    expect(value('next year')).toMatchObject({ type: 'DATE', value: '2022' });
    expect(value('two-day')).toMatchObject({ type: 'DURATION', value: 'P2D' });
    expect(value('Sunday')).toMatchObject({ type: 'DATE', value: '2021-12-12' });
  });
});
