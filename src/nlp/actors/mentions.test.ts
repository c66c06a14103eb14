import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from './kb.js';
import { buildMentionLexicons, findMentions } from './mentions.js';
import { actorsDoc, taggedDoc } from './testing.js';

const lex = buildMentionLexicons(buildKnowledgeBase());

function mentionsOf(text: string, names: Record<string, 'PER' | 'ORG' | 'LOC' | 'MISC'> = {}): string[] {
  const doc = taggedDoc(text, names);
  return findMentions(doc, lex).map((m) => `${doc.spanText(m)}:${m.type}`);
}

describe('mentions: conventions', () => {
  it('keeps titles out of person names and tags the demonym separately', () => {
    const found = mentionsOf('Ruritanian Foreign Minister Anna Kovalenko spoke on Monday.', {
      'Ruritanian Foreign Minister Anna Kovalenko': 'PER',
    });
    expect(found).toEqual(['Anna Kovalenko:PER']);
    expect(mentionsOf('Japanese Foreign Minister Taro Sato arrived.', { 'Japanese Foreign Minister Taro Sato': 'PER' }))
      .toEqual(['Japanese:MISC', 'Taro Sato:PER']);
  });

  it('drops the opening words of a title closed after "and" ("Refugee Relief" of "Refugee Relief and Repatriation Commissioner, X")', () => {
    expect(mentionsOf('"No," Chad\'s Refugee Relief and Repatriation Commissioner, Abdel Haroun told reporters.', {
      Chad: 'LOC', 'Refugee Relief': 'ORG', 'Repatriation Commissioner': 'ORG', 'Abdel Haroun': 'PER',
    })).toEqual(['Chad:LOC', 'Abdel Haroun:PER']);
  });

  it('drops a title tail the tagger took for a name ("State" of "Secretary of State")', () => {
    expect(mentionsOf('US Secretary of State Jane Doe flew in.', { US: 'LOC', 'State Jane Doe': 'ORG' }))
      .toEqual(['US:LOC', 'Jane Doe:PER']);
  });

  it('joins a given name the tagger cut from its surname ("Spokesperson Anna" + "Vardanyan")', () => {
    expect(mentionsOf('Ministry Spokesperson Anna Vardanyan told reporters.', { 'Spokesperson Anna': 'ORG', Vardanyan: 'ORG' }))
      .toEqual(['Anna Vardanyan:PER']);
  });

  it('joins a body name the tagger cut at "and" ("Peace" + "Security Council")', () => {
    expect(mentionsOf('A statement by its Peace and Security Council followed.', { Peace: 'ORG', 'Security Council': 'ORG' }))
      .toEqual(['Peace and Security Council:ORG']);
  });

  it('takes only the name part of hyphenated compounds', () => {
    expect(mentionsOf('The Iran-backed militia fired rockets.')).toEqual(['Iran:LOC']);
  });

  it('strips a leading "the" and a trailing possessive', () => {
    expect(mentionsOf("The Kremlin's reply came late.", { "The Kremlin 's": 'ORG' })).toEqual(['Kremlin:ORG']);
  });

  it('retypes known names: a country is LOC, a demonym MISC, a body ORG', () => {
    expect(mentionsOf('Canada and Iraqi officials met UNESCO staff.', { Canada: 'ORG', Iraqi: 'LOC', UNESCO: 'LOC' }))
      .toEqual(['Canada:LOC', 'Iraqi:MISC', 'UNESCO:ORG']);
  });

  it('adds unambiguous gazetteer names the tagger missed', () => {
    expect(mentionsOf('Talks between Vietnam and the Association of Southeast Asian Nations resumed in Hanoi.'))
      .toEqual(['Vietnam:LOC', 'Association of Southeast Asian Nations:ORG', 'Hanoi:LOC']);
  });

  it('does not add a country name that is part of a longer unknown name', () => {
    expect(mentionsOf('She read the Chad Lantern Review yesterday.')).not.toContain('Chad:LOC');
  });

  it('tags "Swedish Embassy" style bodies as one ORG', () => {
    expect(mentionsOf('Protesters gathered outside the Swedish Embassy in Baghdad.')).toEqual(['Swedish Embassy:ORG', 'Baghdad:LOC']);
  });

  it('adds short forms of persons named in full', () => {
    expect(mentionsOf('Maria Lopez arrived. Later Lopez spoke.', { 'Maria Lopez': 'PER' }))
      .toEqual(['Maria Lopez:PER', 'Lopez:PER']);
  });

  it('does not tag diseases or hashtags', () => {
    expect(mentionsOf('Covid cases rose in Peru.', { Covid: 'MISC', Peru: 'LOC' })).toEqual(['Peru:LOC']);
  });

  it('joins person names the tagger split and keeps name particles', () => {
    expect(mentionsOf('Omar al-Rashid met Lee Min Ho.', { Omar: 'PER', Lee: 'PER', 'Min Ho': 'PER' }))
      .toEqual(['Omar al-Rashid:PER', 'Lee Min Ho:PER']);
  });

  it('replaces tagger fragments covered by a known name', () => {
    expect(mentionsOf('Ships crossed the Gulf of Aden.', { Gulf: 'LOC', Aden: 'LOC' })).toEqual(['Gulf of Aden:LOC']);
  });

  it('reads a given name followed by names as a person even when tagged ORG', () => {
    expect(mentionsOf('Later Ella Brandt spoke.', { 'Ella Brandt': 'ORG' })).toEqual(['Ella Brandt:PER']);
  });

  it('extends a lone given name over the surname the tagger missed', () => {
    expect(mentionsOf('His sister Ella Brandt-Oyelaran spoke.', { Ella: 'ORG' })).toEqual(['Ella Brandt-Oyelaran:PER']);
  });

  it('finds a person inside a body-typed span after title words', () => {
    expect(mentionsOf('Minister of Water and Mining Resources Maria Okafor resigned.', { 'Mining Resources Maria Okafor': 'ORG' }))
      .toEqual(['Maria Okafor:PER']);
  });

  it('drops a title phrase the tagger typed as a body before a name', () => {
    expect(mentionsOf('The Flood Relief Commissioner, Daniel Osei, spoke.', { 'Flood Relief Commissioner': 'ORG', 'Daniel Osei': 'PER' }))
      .toEqual(['Daniel Osei:PER']);
  });

  it('keeps a person\'s origin out of the name', () => {
    expect(mentionsOf('Hans Keller of Germany won.', { 'Hans Keller of Germany': 'PER' })).toEqual(['Hans Keller:PER', 'Germany:LOC']);
  });

  it('drops names inside time expressions', () => {
    const doc = taggedDoc('They met on Monday in Oslo.', { Monday: 'PER', Oslo: 'LOC' });
    doc.timexes = [{ start: 3, end: 4, type: 'DATE', value: '2021-12-06', rule: 'test' }];
    expect(findMentions(doc, lex).map((m) => doc.spanText(m))).toEqual(['Oslo']);
  });

  it('types names by their head word: airports LOC, games MISC, ships MISC', () => {
    expect(mentionsOf('Flights left Hazrat Shahjalal International Airport.', { 'Hazrat Shahjalal International Airport': 'ORG' }))
      .toEqual(['Hazrat Shahjalal International Airport:LOC']);
    expect(mentionsOf('Athletes trained for the Beijing Winter Olympics.', { Beijing: 'LOC', Olympics: 'MISC' }))
      .toEqual(['Beijing Winter Olympics:MISC']);
    expect(mentionsOf('The frigate HMS Example docked.')).toEqual(['HMS Example:MISC']);
    expect(mentionsOf('The frigates FS Alpha and FS Beta of France sailed.', { 'FS Alpha and FS Beta of France': 'ORG' }))
      .toEqual(['FS Alpha:MISC', 'FS Beta:MISC', 'France:LOC']);
  });

  it('tags aircraft and weapon types as MISC but not diseases', () => {
    expect(mentionsOf('Two MiG-29 jets and an S-400 battery arrived.', { MiG: 'ORG' })).toEqual(['MiG-29:MISC', 'S-400:MISC']);
    expect(mentionsOf('COVID-19 cases rose.')).toEqual([]);
  });

  it('tags a bracketed acronym and its later uses like the body it stands for', () => {
    expect(mentionsOf('The Northern Farmers Union (NFU) met. Later NFU leaders spoke.', { 'Northern Farmers Union': 'ORG' }))
      .toEqual(['Northern Farmers Union:ORG', 'NFU:ORG', 'NFU:ORG']);
  });

  it('gives an unknown name the type the document gives it most often', () => {
    expect(mentionsOf('Zorvath spoke. Zorvath left. Then Zorvath returned.', { Zorvath: 'PER' }).every((m) => m.endsWith(':PER'))).toBe(true);
    const doc = taggedDoc('Zorvath Ltd grew. Zorvath Ltd hired. Zorvath Ltd paid.');
    doc.ner = doc.tokens.map(() => 'O');
    ['B-ORG', 'I-ORG'].forEach((t, k) => { doc.ner[k] = t; doc.ner[k + 4] = t; });
    doc.ner[8] = 'B-PER';
    doc.ner[9] = 'I-PER';
    expect(findMentions(doc, lex).map((m) => m.type)).toEqual(['ORG', 'ORG', 'ORG']);
  });

  it('finds a name the tagger missed right after a title', () => {
    expect(mentionsOf('Military analyst Tomas Rindal said so, and Mr Rindal agreed.')).toEqual(['Tomas Rindal:PER', 'Rindal:PER']);
  });

  it('does not merge touching places', () => {
    expect(mentionsOf('Flights from PERU CHILE resumed.', { PERU: 'LOC', CHILE: 'LOC' })).toEqual(['PERU:LOC', 'CHILE:LOC']);
  });

  it('copes with an empty NER layer', () => {
    const doc = taggedDoc('Nothing here.');
    doc.ner = [];
    expect(findMentions(doc, lex)).toEqual([]);
  });

  it('types a name the text calls an exercise MISC, wherever it appears, and keeps bodies that hold one ORG', () => {
    const text = 'The navy cancelled Pacific Shield Eagle, next month\'s joint war game, on Monday. Pacific Shield Eagle is an annual drill. ' +
      'The Royal Navy exercise went ahead.';
    expect(mentionsOf(text, { 'Pacific Shield Eagle': 'ORG', 'Royal Navy': 'ORG' })).toEqual([
      'Pacific Shield Eagle:MISC', 'Pacific Shield Eagle:MISC', 'Royal Navy:ORG',
    ]);
  });

  it('does not take the capitalised first word of a group noun phrase opening a sentence for a name', () => {
    expect(mentionsOf('Labour unions and students marched in Lima on Friday.', { Labour: 'ORG', Lima: 'LOC' })).toEqual(['Lima:LOC']);
    expect(mentionsOf('The Labour Party and students marched in Lima.', { 'Labour Party': 'ORG', Lima: 'LOC' })).toEqual(['Labour Party:ORG', 'Lima:LOC']);
  });
});

describe('mentions: bodies and portfolios cut at "and", weekdays after names', () => {
  it('joins a ministry whose portfolio the tagger cut at "and"', () => {
    expect(mentionsOf('Fishers marched to the Ministry of Fisheries and Oceans in Lima.', { 'Ministry of Fisheries': 'ORG', Oceans: 'ORG', Lima: 'LOC' }))
      .toEqual(['Ministry of Fisheries and Oceans:ORG', 'Lima:LOC']);
    // a second body stays apart
    expect(mentionsOf('The Ministry of Health and Ministry of Finance disagreed.', { 'Ministry of Health': 'ORG', 'Ministry of Finance': 'ORG' }))
      .toEqual(['Ministry of Health:ORG', 'Ministry of Finance:ORG']);
  });

  it('keeps the portfolio of "Minister of X and Y" out of the person named after it', () => {
    expect(mentionsOf('Officials met Minister of Agriculture and Rural Affairs Tomas Quispe.', { 'Rural Affairs Tomas Quispe': 'ORG' }))
      .toEqual(['Tomas Quispe:PER']);
    expect(mentionsOf('Officials met Minister of Mines and Energy Policy Carla Vidal.', { Mines: 'ORG', 'Energy Policy Carla Vidal': 'PER' }))
      .toEqual(['Carla Vidal:PER']);
    expect(mentionsOf('Officials met Minister of Agriculture and Rural Affairs Tomas Quispe.', { 'Rural Affairs': 'ORG', 'Tomas Quispe': 'PER' }))
      .toEqual(['Tomas Quispe:PER']);
    expect(mentionsOf('Officials met Minister of Agriculture and Rural Affairs Tomas Quispe and Interior Minister Rosa Cano.', {
      'Rural Affairs Tomas Quispe': 'ORG', 'Rosa Cano': 'PER',
    })).toEqual(['Tomas Quispe:PER', 'Rosa Cano:PER']);
    // the tagger cut the body at "of" and at "and"
    expect(mentionsOf('Sanctions hit the Ministry of Energy and Natural Resources.', { Energy: 'ORG', 'Natural Resources': 'ORG' }))
      .toEqual(['Ministry of Energy and Natural Resources:ORG']);
  });

  it('joins a body word, "for" and the capitalised words after it into one body', () => {
    expect(mentionsOf('Data went to the Regional Centre for Maritime Security and Coastal Affairs in Mombasa.', {
      'Regional Centre': 'ORG', 'Maritime Security and Coastal Affairs': 'ORG', Mombasa: 'LOC',
    })).toEqual(['Regional Centre for Maritime Security and Coastal Affairs:ORG', 'Mombasa:LOC']);
    // a second body or a country after "and" is another name
    expect(mentionsOf('The Office for Human Rights and Danish Refugee Council met.', { Office: 'ORG', 'Human Rights': 'ORG', 'Danish Refugee Council': 'ORG' }))
      .toEqual(['Office for Human Rights:ORG', 'Danish Refugee Council:ORG']);
    expect(mentionsOf('The Fund for Peace and Norway signed.', { 'Fund for Peace': 'ORG', Norway: 'LOC' })).toEqual(['Fund for Peace:ORG', 'Norway:LOC']);
    expect(mentionsOf('Donors met the Coastal Watch Centre-Baltic of Latvia on Friday.', { 'Coastal Watch': 'PER', Latvia: 'LOC' }))
      .toEqual(['Coastal Watch Centre-Baltic of Latvia:ORG']);
  });

  it('reads an unknown all-capitals word the tagger took for a place as a body, except in a dateline', () => {
    expect(mentionsOf('SUVA, Fiji - NAPOLA, which won 12 seats, urged a recount.', { SUVA: 'LOC', Fiji: 'LOC', NAPOLA: 'LOC' }))
      .toEqual(['SUVA:LOC', 'Fiji:LOC', 'NAPOLA:ORG']);
  });

  it('joins a name found after a title to the surname the tagger found ("Col. Faisal" + "al-Harbi")', () => {
    expect(mentionsOf('The agency quoted Col. Faisal al-Harbi, a spokesman, as saying the jet was hit.', { 'al-Harbi': 'PER' }))
      .toEqual(['Faisal al-Harbi:PER']);
  });

  it('takes the untagged given name before a surname with a particle ("Wahid" + "al-Ta\'ei")', () => {
    expect(mentionsOf('"They will go home," Wahid al-Ta\'ei, a ministry adviser, told reporters.', { "al-Ta'ei": 'PER' }))
      .toEqual(["Wahid al-Ta'ei:PER"]);
    // not a title, not a sentence opener
    expect(mentionsOf('Minister al-Ta\'ei spoke. Officials left.', { "al-Ta'ei": 'PER' })).toEqual(["al-Ta'ei:PER"]);
  });

  it('tags weapon, aircraft, vaccine and ship names MISC, found or retyped', () => {
    expect(mentionsOf('Rebels hit the depot with GMLRS rocket systems and downed a Harrier warplane.', { Harrier: 'LOC' }))
      .toEqual(['GMLRS:MISC', 'Harrier:MISC']);
    expect(mentionsOf('The navy sent the frigate Almirante Lynch and 2,000 doses of Sputnik vaccine.', { 'Almirante Lynch': 'ORG', Sputnik: 'LOC' }))
      .toEqual(['Almirante Lynch:MISC', 'Sputnik:MISC']);
    // a nationality before the noun stays what it is
    expect(mentionsOf('Chilean jets flew over.', { Chilean: 'MISC' })).toEqual(['Chilean:MISC']);
  });

  it('leaves a body after "president of" and a place in a dateline or before a noun as they are', () => {
    expect(mentionsOf('Jo Brown, president of Miss World Inc, said so.', { 'Jo Brown': 'PER', 'Miss World Inc': 'ORG' }))
      .toEqual(['Jo Brown:PER', 'Miss World Inc:ORG']);
    expect(mentionsOf('Results were in. BRENTWOOD , New York 1996-08-21 Results from the cup.', { BRENTWOOD: 'LOC', 'New York': 'LOC' }))
      .toEqual(['BRENTWOOD:LOC', 'New York:LOC']);
    expect(mentionsOf('Weather at the NIS airports was fine.', { NIS: 'LOC' })).toEqual(['NIS:LOC']);
  });

  it('keeps a weekday that is part of a club name before a score', () => {
    const doc = actorsDoc('Newcastle 1 Sheffield Wednesday 2 was the score.', { Newcastle: 'ORG', 'Sheffield Wednesday': 'ORG' });
    expect(doc.mentions.map((m) => doc.spanText(m))).toEqual(['Newcastle', 'Sheffield Wednesday']);
  });

  it('types an unknown name in a list of places as a place, and tags no disease before "vaccine"', () => {
    expect(mentionsOf('Hunters favour the provinces of Anbar, Basra and Wasit.', { Anbar: 'PER', Basra: 'LOC', Wasit: 'PER' }))
      .toEqual(['Anbar:LOC', 'Basra:LOC', 'Wasit:LOC']);
    expect(mentionsOf('Doses of the Covid vaccine arrived.', { Covid: 'MISC' })).toEqual([]);
    // a list with a known person is no list of places
    expect(mentionsOf('Letters went to Basra, Vladimir Putin and Lena Ostrova.', { Basra: 'LOC', 'Vladimir Putin': 'PER', 'Lena Ostrova': 'PER' }))
      .toEqual(['Basra:LOC', 'Vladimir Putin:PER', 'Lena Ostrova:PER']);
  });

  it('joins a plan or summit "for" a country into one MISC name', () => {
    expect(mentionsOf('Donors funded the Humanitarian Response Plan for Sudan.', { 'Humanitarian Response Plan': 'MISC', Sudan: 'LOC' }))
      .toEqual(['Humanitarian Response Plan for Sudan:MISC']);
  });

  it('tags no hashtag, and keeps the name after a hashtag word', () => {
    expect(mentionsOf('"The #EU Foreign Affairs Council has suspended #Chad from all #EU programmes," it said.', {
      'EU Foreign Affairs Council': 'ORG', Chad: 'LOC', EU: 'ORG',
    })).toEqual(['Foreign Affairs Council:ORG']);
  });

  it('ends a name before a weekday the time layer reads after it', () => {
    const doc = actorsDoc('The envoy told the Toronto Star Monday that talks in Gaborone Friday had failed.', { 'Toronto Star Monday': 'ORG', 'Gaborone Friday': 'LOC' });
    expect(doc.mentions.map((m) => `${doc.spanText(m)}:${m.type}`)).toEqual(['Toronto Star:ORG', 'Gaborone:LOC']);
  });
});

describe('mentions: places and short names the tagger typed wrongly', () => {
  it('reads a place word after a city\'s possessive as a place ("Havana\'s Palace of the Revolution"), no actor', () => {
    expect(mentionsOf("The envoys met in Lisbon's Palace of the Republic on Monday.", { Lisbon: 'LOC', Palace: 'PER', Republic: 'ORG' }))
      .toEqual(['Lisbon:LOC', 'Palace of the Republic:LOC']);
    const doc = actorsDoc("Crowds filled Minsk's Independence Square.", { Minsk: 'LOC', 'Independence Square': 'ORG' });
    expect(doc.mentions.map((m) => `${doc.spanText(m)}:${m.type}`)).toContain('Independence Square:LOC');
    expect(doc.actors.map((a) => a.id)).toEqual(['belarus']);
  });

  it('reads a title and one word of a full name the article gives as that person ("Chancellor Olaf")', () => {
    const doc = actorsDoc('Chancellor Olaf Scholz flew to Paris. Chancellor Olaf said the talks went well.', {
      'Chancellor Olaf': 'ORG', 'Olaf Scholz': 'PER', Paris: 'LOC',
    }, '2023-01-20');
    expect(doc.mentions.map((m) => `${doc.spanText(m)}:${m.type}`)).toContain('Olaf:PER');
    expect(doc.actors.map((a) => a.id)).not.toContain('chancellor-olaf');
    expect(doc.actors.find((a) => a.id === 'olaf-scholz')?.country).toBe('DEU');
  });
});
