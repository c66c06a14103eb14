import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../store/types.js';
import { csvCell, exportLines, toPlover } from './export.js';

function record(extra: Partial<EventRecord> = {}): EventRecord {
  return {
    id: 'e1', category: 'SANCTION', mode: null, quad: 'material conflict', score: -7, source: ['FRD'], target: ['RUR'],
    sourceActors: [{ id: 'freedonia', name: 'Freedonia', country: 'FRD' }], targetActors: [],
    date: '2022-03', when: '2022-03', whenAssumed: false, location: 'Fredville', negated: false, modality: 'asserted',
    attribution: 'officials', evidence: 'Freedonia imposed sanctions on Ruritania in March, officials said.', rule: 'sanction.impose',
    trigger: 'imposed sanctions', ...extra,
  } as EventRecord;
}

async function collect(lines: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const line of lines) out += line;
  return out;
}

async function* events(...items: EventRecord[]) { yield* items; }

describe('export', () => {
  it('quotes CSV cells per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-7)).toBe('-7');
    expect(csvCell(null)).toBe('');
  });

  it('writes PLOVER fields: a month becomes date + enddate, actors become actor objects, quad becomes quad_code', () => {
    const plover = toPlover(record());
    expect(plover).toMatchObject({
      id: 'e1', date: '2022-03-01', enddate: '2022-03-31', event: ['SANCTION'], quad_code: 4, event_scale: -7,
      source: [{ code: 'FRD', actor_text: 'Freedonia', identifier_id: 'freedonia' }], recipient: [{ code: 'RUR' }],
      event_loc: { name: 'Fredville' }, event_text: [record().evidence],
    });
    const day = toPlover(record({ when: '2022-03-04', target: [], location: null }));
    expect(day.enddate).toBeUndefined();
    expect(day.recipient).toBeUndefined();
    expect(day.event_loc).toBeUndefined();
  });

  it('streams a CSV header then one line per event, and one JSON object a line for jsonl', async () => {
    const csv = await collect(exportLines(events(record(), record({ id: 'e2' })), 'csv'));
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    const jsonl = await collect(exportLines(events(record()), 'jsonl'));
    expect(JSON.parse(jsonl.trim()).id).toBe('e1');
  });
});
