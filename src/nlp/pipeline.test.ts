import { describe, expect, it } from 'vitest';
import { STAGES, Pipeline } from './pipeline.js';
import type { Layer } from './stage.js';

describe('pipeline', () => {
  it('lists the DESIGN.md stages in order', () => {
    expect(STAGES.map((s) => s.name)).toEqual(['segment', 'tag', 'times', 'entities', 'actors', 'events']);
  });

  it('runs each stage only after the layers it requires were assigned', () => {
    const assigned = new Set<Layer>();
    for (const stage of STAGES) {
      for (const layer of stage.requires) expect(assigned, `${stage.name} requires ${layer}`).toContain(layer);
      for (const layer of stage.assigns) assigned.add(layer);
    }
  });

  it('refuses an article without a YYYY-MM-DD date', () => {
    expect(() => new Pipeline().run({ text: 'x', date: 'Dec 11' })).toThrow(/YYYY-MM-DD/);
  });
});
