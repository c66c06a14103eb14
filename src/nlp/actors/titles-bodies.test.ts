// Titles and bodies that name no one person or one country: indefinite titles, a title with
// "of <country>", joint bodies of two countries, clock times that look like titles.
import { describe, expect, it } from 'vitest';
import type { Actor, Doc } from '../doc.js';
import { entitiesStage } from './entities-stage.js';
import { actorsStage } from './actors-stage.js';
import { timesStage } from '../time/stage.js';
import { context, taggedDoc } from './testing.js';

function run(text: string, names: Record<string, 'PER' | 'ORG' | 'LOC' | 'MISC'> = {}, date = '2021-12-11'): Doc {
  const doc = taggedDoc(text, names);
  const ctx = context(date);
  timesStage.run(ctx, doc);
  entitiesStage.run(ctx, doc);
  actorsStage.run(ctx, doc);
  return doc;
}

function spanOwners(doc: Doc, text: string): Actor[] {
  return doc.actors.filter((a) => a.spans.some((s) => doc.spanText(s) === text));
}

describe('actors: indefinite titles', () => {
  it('never links "a president" to the president named before', () => {
    const doc = run("Ghana's President Nana Akufo-Addo hosted the talks. Mali's junta has not explained the removal of a president twice in a year.",
      { 'Nana Akufo-Addo': 'PER', Mali: 'LOC', Ghana: 'LOC' }, '2021-05-30');
    const owners = spanOwners(doc, 'president');
    expect(owners.map((a) => a.id)).not.toContain('nana-akufo-addo');
  });

  it('keeps the country of "a senior Kenyan official" without naming an office-holder', () => {
    const doc = run('A senior Kenyan official said the border would reopen.', { Kenyan: 'MISC' });
    const [official] = spanOwners(doc, 'Kenyan official');
    expect(official).toMatchObject({ country: 'KEN', sector: 'GOV', kind: 'person' });
    expect(official.kb).toBeUndefined();
  });
});

describe('actors: "<title> of <country>"', () => {
  it('reads an acronym title with its country as a person of that country', () => {
    const doc = run('The DGMO of Nepal phoned the DGMO of Bhutan on Sunday.', { 'DGMO of Bhutan': 'ORG', Nepal: 'LOC' });
    expect(spanOwners(doc, 'DGMO of Nepal')[0]).toMatchObject({ country: 'NPL', sector: 'MIL', kind: 'person' });
    expect(spanOwners(doc, 'DGMO of Bhutan')[0]).toMatchObject({ country: 'BTN', sector: 'MIL', kind: 'person' });
  });

  it('reads "the army chief of X" as one military title, not an army and a chief', () => {
    const doc = run('The army chief of Ecuador visited the border.', { Ecuador: 'LOC' });
    expect(spanOwners(doc, 'army chief of Ecuador')[0]).toMatchObject({ country: 'ECU', sector: 'MIL', role: 'Army Chief' });
  });
});

describe('actors: joint bodies', () => {
  it('makes a body of two demonyms a span of both countries', () => {
    const doc = run('The Chilean-Peruvian Follow-up Committee held its second meeting.', { Chilean: 'MISC', 'Peruvian Follow': 'ORG', Committee: 'ORG' });
    expect(spanOwners(doc, 'Chilean-Peruvian Follow-up Committee').map((a) => a.country)).toEqual(['CHL', 'PER']);
  });

  it('needs a body noun after the demonyms', () => {
    const doc = run('The Chilean-Peruvian border was closed.', { Chilean: 'MISC' });
    expect(spanOwners(doc, 'Chilean-Peruvian border')).toEqual([]);
  });
});

describe('actors: clock times', () => {
  it('does not read "pm" after a clock time as a prime minister', () => {
    const doc = run('The officers spoke at 4.15 pm, Karim Osei said.', { 'Karim Osei': 'PER' });
    expect(doc.actors.find((a) => a.id === 'karim-osei')?.role ?? null).toBeNull();
  });
});
