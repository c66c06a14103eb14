import { describe, expect, it } from 'vitest';
import { actorsInRange, lookupActorPhrase } from './index.js';
import { actorsDoc as run, actorOf as actor, occurrences } from './testing.js';

describe('actors: titles and persons', () => {
  it('takes country, role and sector from the title phrase', () => {
    const doc = run("Ruritania's ally Iraq sent Iraqi Interior Minister Karim Haddad to Paris.", { 'Karim Haddad': 'PER' });
    expect(actor(doc, 'karim-haddad')).toMatchObject({ kind: 'person', country: 'IRQ', sector: 'GOV', role: 'Interior Minister' });
  });

  it('reads a possessive country before the title', () => {
    const doc = run("Kenya's defence minister, Paul Otieno, denied it.", { 'Paul Otieno': 'PER' });
    expect(actor(doc, 'paul-otieno')).toMatchObject({ country: 'KEN', role: 'Defence Minister', sector: 'GOV' });
  });

  it('links a surname after the full name to the same actor', () => {
    const doc = run('Colonel Ahmed Saleh led the unit. Saleh later resigned.', { 'Ahmed Saleh': 'PER', Saleh: 'PER' });
    const saleh = actor(doc, 'ahmed-saleh');
    expect(saleh.sector).toBe('MIL');
    expect(saleh.spans.map((x) => doc.spanText(x))).toEqual(['Colonel Ahmed Saleh', 'Ahmed Saleh', 'Saleh']);
    expect(doc.mentions.filter((m) => m.type === 'PER').every((m) => doc.actors[m.actor!].id === 'ahmed-saleh')).toBe(true);
  });

  it('links known office-holders to the knowledge base with a stable id', () => {
    const doc = run('Blinken met reporters.', { Blinken: 'PER' });
    expect(actor(doc, 'antony-blinken')).toMatchObject({ kb: 'antony-blinken', country: 'USA', role: 'Secretary of State' });
  });

  it('resolves a bare title through the office-holder table by the article date', () => {
    const late = run('The Japanese prime minister spoke.', {}, '2021-12-11');
    expect(late.actors.map((a) => a.id)).toContain('fumio-kishida');
    const early = run('The Japanese prime minister spoke.', {}, '2019-06-01');
    expect(early.actors.map((a) => a.id)).toContain('shinzo-abe');
  });
});

describe('actors: countries, bodies and groups', () => {
  it('makes one government actor per country from names, capitals and "the government"', () => {
    const doc = run('Japan protested. Tokyo said the government would respond.');
    const japan = actor(doc, 'japan');
    expect(japan).toMatchObject({ kind: 'country', country: 'JPN', sector: 'GOV' });
    expect(japan.spans.map((s) => doc.spanText(s))).toEqual(['Japan', 'Tokyo', 'government']);
  });

  it('makes demonym + group noun a group of that country and sector', () => {
    const doc = run('Japanese protesters marched while Iraqi police watched and rebels fired.');
    expect(actor(doc, 'japanese-protesters')).toMatchObject({ kind: 'group', country: 'JPN', sector: 'CVL' });
    expect(actor(doc, 'iraqi-police')).toMatchObject({ country: 'IRQ', sector: 'GOV' });
    const rebels = doc.actors.find((a) => a.sector === 'REB');
    expect(rebels).toBeDefined();
  });

  it('resolves "the ministry" to the ministry named before', () => {
    const doc = run('The Ruritanian Foreign Ministry issued a statement. The ministry said talks would go on.', {
      'Ruritanian Foreign Ministry': 'ORG',
    });
    const ministry = doc.actors.find((a) => a.name === 'Ruritanian Foreign Ministry');
    expect(ministry).toBeDefined();
    expect(ministry!.spans.map((s) => doc.spanText(s))).toEqual(['Ruritanian Foreign Ministry', 'ministry']);
  });

  it('gives "the two officials" and "they" to the pair just named', () => {
    const doc = run('Mary Stone and John Reed met in Oslo. The two officials agreed. They also talked.', {
      'Mary Stone': 'PER', 'John Reed': 'PER', Oslo: 'LOC',
    });
    for (const id of ['mary-stone', 'john-reed']) {
      expect(actor(doc, id).spans.map((s) => doc.spanText(s))).toEqual(expect.arrayContaining(['The two officials', 'They']));
    }
  });

  it('gives "the two sides" to the story\'s two main parties when no pair was just named', () => {
    const doc = run('Chile protested. Peru answered. Chile insisted and Peru refused. Bolivia watched. Later the two sides met.');
    for (const id of ['chile', 'peru']) {
      expect(actor(doc, id).spans.map((s) => doc.spanText(s))).toContain('the two sides');
    }
    expect(actor(doc, 'bolivia').spans.map((s) => doc.spanText(s))).not.toContain('the two sides');
  });

  it('makes "the British" a people of that country', () => {
    const doc = run('The seizure angered the British.', { British: 'MISC' });
    expect(doc.actors.find((a) => a.country === 'GBR')).toMatchObject({ kind: 'group' });
  });

  it('codes media by their country', () => {
    const doc = run('Kyodo News reported the talks.', { 'Kyodo News': 'ORG' });
    expect(actor(doc, 'kyodo')).toMatchObject({ country: 'JPN', sector: 'MED', kind: 'organization' });
  });
});

describe('actors: nationality phrases, acronyms, datelines, back-references', () => {
  it('makes "<demonym> <nouns>" a group of that country with a sector from its nouns', () => {
    const doc = run('Israeli tanks shelled a village and Swiss doctors treated the wounded.', { Israeli: 'MISC', Swiss: 'MISC' });
    expect(actor(doc, 'israeli-tanks')).toMatchObject({ kind: 'group', country: 'ISR', sector: 'MIL' });
    expect(actor(doc, 'swiss-doctors')).toMatchObject({ country: 'CHE', sector: 'CVL' });
  });

  it('makes a plural demonym standing alone a group of that country', () => {
    const doc = run('The Palestinians rejected the plan.', { Palestinians: 'MISC' });
    expect(actor(doc, 'palestinians')).toMatchObject({ kind: 'group', country: 'PSE' });
  });

  it('links a bracketed acronym to the body just named', () => {
    const doc = run('The Northern Farmers Union (NFU) said it would strike.', { 'Northern Farmers Union': 'ORG', NFU: 'ORG' });
    const nfu = doc.mentions.find((m) => doc.spanText(m) === 'NFU');
    expect(doc.actors[nfu!.actor!].name).toBe('Northern Farmers Union');
  });

  it('does not make a dateline an actor, but a sentence-initial name is one', () => {
    const dateline = run('TOKYO (AP) - Ministers met.', { TOKYO: 'LOC' });
    expect(dateline.mentions[0].actor).toBeUndefined();
    const subject = run('NATO confirmed the plan.', { NATO: 'ORG' });
    expect(subject.actors.map((a) => a.id)).toEqual(['nato']);
  });

  it('reads "the country\'s" as the country named last', () => {
    const doc = run("Maldives received the doses. The country's foreign minister Ali Rasheed thanked India.", { 'Ali Rasheed': 'PER', Maldives: 'LOC', India: 'LOC' });
    expect(actor(doc, 'ali-rasheed')).toMatchObject({ country: 'MDV', role: 'Foreign Minister' });
  });

  it('reads "the country" as a country named as one, not the country of a city named since', () => {
    const doc = run("Chad's government signed the accord with the rebels in Paris. The rebels, active in the country's north, fought the country's army.", {
      Chad: 'LOC', Paris: 'LOC',
    });
    expect(doc.actors.find((a) => a.name.endsWith('army'))).toMatchObject({ country: 'TCD' });
    expect(actor(doc, 'france').spans.map((s) => doc.spanText(s))).toEqual(['Paris']);
  });

  it('resolves "the bloc" to the international body named before', () => {
    const doc = run('The European Union met on Monday. The bloc agreed on sanctions.');
    expect(actor(doc, 'eu').spans.map((s) => doc.spanText(s))).toEqual(['European Union', 'bloc']);
  });

  it('resolves "his Azerbaijani counterpart" to the office-holder of the same office', () => {
    const doc = run('Armenian Foreign Minister Zohrab Mnatsakanyan met his Azerbaijani counterpart.', { 'Zohrab Mnatsakanyan': 'PER' }, '2020-10-30');
    expect(doc.actors.map((a) => a.id)).toContain('jeyhun-bayramov');
  });
});

describe('actors: exported helpers', () => {
  it('actorsInRange lists actors inside a phrase in text order', () => {
    const doc = run('Officials from Chile and Peru met.');
    const [range] = occurrences(doc, 'Chile and Peru');
    expect(actorsInRange(doc, range).map((i) => doc.actors[i].id)).toEqual(['chile', 'peru']);
  });

  it('lookupActorPhrase resolves seats, buildings and nominal phrases', () => {
    expect(lookupActorPhrase('Washington', '2021-12-11')).toMatchObject({ country: 'USA', sector: 'GOV', kind: 'country' });
    expect(lookupActorPhrase('the Kremlin', '2021-12-11')).toMatchObject({ country: 'RUS', sector: 'GOV' });
    expect(lookupActorPhrase('Iraqi police', '2021-12-11')).toMatchObject({ country: 'IRQ', sector: 'GOV', kind: 'organization' });
    expect(lookupActorPhrase('Houthi rebels', '2021-12-11')).toMatchObject({ country: 'YEM', sector: 'REB' });
    expect(lookupActorPhrase('opposition leader', '2021-12-11')).toMatchObject({ kind: 'person', country: null, sector: 'POL' });
    expect(lookupActorPhrase('rebels', '2021-12-11')).toMatchObject({ kind: 'group', country: null, sector: 'REB' });
    expect(lookupActorPhrase('a quiet afternoon', '2021-12-11')).toBeNull();
  });
});
