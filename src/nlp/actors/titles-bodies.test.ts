// Titles and bodies that name no one person or one country: indefinite titles, a title with
// "of <country>", joint bodies of two countries, clock times that look like titles.
import { describe, expect, it } from 'vitest';
import type { Actor, Doc } from '../doc.js';
import { actorsDoc as run } from './testing.js';

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
    const doc = run('The Chilean-Peruvian Follow-up Committee met for a third time.', { Chilean: 'MISC', 'Peruvian Follow': 'ORG', Committee: 'ORG' });
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

describe('actors: bare troops', () => {
  it('are the troops of the state actor before them, not of the country the story names most', () => {
    const doc = run('Russia massed tanks. Russia denied it. Russian officials spoke. Canadian Defence Minister Anita Moreau has put up to 1,200 troops on standby.',
      { 'Anita Moreau': 'PER', Russia: 'LOC', Russian: 'MISC', Canadian: 'MISC' });
    expect(spanOwners(doc, 'troops')[0]).toMatchObject({ country: 'CAN', sector: 'MIL' });
  });

  it('do not take the country of a place before them', () => {
    const doc = run('Peru said Peru would not move. Peru mobilised. After the clashes in Chile, troops were sent to the border.', { Peru: 'LOC', Chile: 'LOC' });
    expect(spanOwners(doc, 'troops')[0]).toMatchObject({ country: 'PER' });
  });
});

describe('actors: domestic bodies with no country in the text', () => {
  it('take the country the story happens in for an executive body, not the most-named one', () => {
    const doc = run("Eleven Omani fishermen, relatives of Oman's sultan, were freed after being held in northern Yemen. " +
      "The Interior Ministry received the Omani fishermen and handed them to Oman's embassy, an official said. " +
      "They had been seized in Yemen's Saada province by Yemeni gunmen.",
    { Omani: 'MISC', Oman: 'LOC', Yemen: 'LOC', Yemeni: 'MISC', 'Interior Ministry': 'ORG' });
    expect(spanOwners(doc, 'Interior Ministry')[0]).toMatchObject({ country: 'YEM', sector: 'GOV' });
  });

  it('take the country of the person whose title they follow ("vice chairman of the X Party")', () => {
    const doc = run('Colombia protested. Colombia said Colombia would act. Venezuelan lawmaker Ana Ruiz, vice chairman of the Steering Committee of the Unity Party, visited Bogota.',
      { Colombia: 'LOC', Venezuelan: 'MISC', 'Ana Ruiz': 'PER', 'Steering Committee of the Unity Party': 'ORG', Bogota: 'LOC' });
    expect(spanOwners(doc, 'Steering Committee of the Unity Party')[0]).toMatchObject({ country: 'VEN' });
  });
});

describe('actors: armed bodies', () => {
  it('links "the rebels of the X Front" to the front and makes it a rebel body', () => {
    const doc = run("Togo's government and the rebels of the Patriotic Liberation Front signed a truce.", { Togo: 'LOC', 'Patriotic Liberation Front': 'ORG' });
    const [front] = spanOwners(doc, 'rebels of the Patriotic Liberation Front');
    expect(front).toMatchObject({ id: 'patriotic-liberation-front', sector: 'REB' });
  });

  it('resolves "the two forces" to the last two armed bodies named', () => {
    const doc = run('The rebels of the Patriotic Liberation Front have often clashed with governmental forces in Togo. Fighting should stop between the two forces.',
      { 'Patriotic Liberation Front': 'ORG', Togo: 'LOC' });
    expect(spanOwners(doc, 'the two forces').map((a) => a.sector).sort()).toEqual(['MIL', 'REB']);
  });

  it('leaves "the two forces" alone with fewer than two armed bodies before it', () => {
    const doc = run('Chile and Peru argued. The two forces stayed apart.', { Chile: 'LOC', Peru: 'LOC' });
    expect(spanOwners(doc, 'The two forces')).toEqual([]);
  });
});

describe('actors: the military a minister orders', () => {
  it('is the minister\'s country', () => {
    const doc = run('Chile watched. Chile said Chile was ready. Peruvian Defence Minister Luis Paredes ordered the military to return to barracks.',
      { Chile: 'LOC', Peruvian: 'MISC', 'Luis Paredes': 'PER' });
    expect(spanOwners(doc, 'military')[0]).toMatchObject({ country: 'PER', sector: 'MIL' });
  });
});

describe('actors: countries of titles', () => {
  it('gives a US-only title its country when the phrase names none', () => {
    const doc = run('Russia freed him. Russia said Russia had acted. Congressman Dale Harmon welcomed the release.',
      { Russia: 'LOC', 'Dale Harmon': 'PER' });
    expect(doc.actors.find((a) => a.id === 'dale-harmon')).toMatchObject({ country: 'USA', sector: 'LEG' });
  });

  it('reads "the country\'s minister" after a quote as the country the quote opens with', () => {
    const doc = run('"Samoa is grateful for the doses. As ever, Australia stands by us," the country\'s health minister Tala Faleolo said.',
      { Samoa: 'LOC', Australia: 'LOC', 'Tala Faleolo': 'PER' });
    expect(doc.actors.find((a) => a.id === 'tala-faleolo')).toMatchObject({ country: 'WSM', role: 'Health Minister' });
  });
});

describe('actors: surnames of office-holders', () => {
  it('resolve a surname two office-holders share by who was in office on the article date', () => {
    const later = run('Aoun received the envoy in Beirut.', { Aoun: 'PER', Beirut: 'LOC' }, '2025-06-01');
    expect(later.actors.find((a) => a.spans.some((s) => later.spanText(s) === 'Aoun'))?.id).toBe('joseph-aoun');
    const earlier = run('Aoun received the envoy in Beirut.', { Aoun: 'PER', Beirut: 'LOC' }, '2019-06-01');
    expect(earlier.actors.find((a) => a.spans.some((s) => earlier.spanText(s) === 'Aoun'))?.id).toBe('michel-aoun');
  });
});

describe('actors: one role per person', () => {
  it('takes the office held now over the former one ("a former finance minister, now prime minister")', () => {
    const doc = run('Oleh Marchenko, a former finance minister, now prime minister of the caretaker government, spoke on Friday.', { 'Oleh Marchenko': 'PER' });
    const marchenko = doc.actors.find((a) => a.id === 'oleh-marchenko');
    expect(marchenko).toMatchObject({ role: 'Prime Minister', sector: 'GOV' });
    // the "former" of the finance ministry does not end the premiership
    expect(marchenko?.roleToBound).toBeUndefined();
  });

  it('reads "X, a former trade minister," as a description of X, not a second person', () => {
    const doc = run('Kenyan Foreign Minister Ruth Wanjiru met the envoys. Wanjiru, a former trade minister, said the talks went well.',
      { Kenyan: 'MISC', 'Ruth Wanjiru': 'PER', Wanjiru: 'PER' });
    expect(doc.actors.filter((a) => a.kind === 'person').map((a) => a.id)).toEqual(['ruth-wanjiru']);
    expect(doc.actors[0]).toMatchObject({ role: 'Foreign Minister', country: 'KEN' });
    expect(doc.actors[0].roleToBound).toBeUndefined();
  });
});

describe('actors: "<title> of <country or body>, <Name>"', () => {
  it('gives the person the country and sector of the body after "of"', () => {
    const doc = run('Peace is near, said the secretary-general of Caritas Italy, Marco Bellini, in Juba.',
      { 'Caritas Italy': 'ORG', 'Marco Bellini': 'PER', Juba: 'LOC' });
    expect(doc.actors.find((a) => a.id === 'marco-bellini')).toMatchObject({ role: 'Secretary-General', country: 'ITA' });
  });

  it('gives the person the country after "of"', () => {
    const doc = run('The President of Malawi, Peter Banda, arrived in Lusaka.', { Malawi: 'LOC', 'Peter Banda': 'PER', Lusaka: 'LOC' });
    expect(doc.actors.find((a) => a.id === 'peter-banda')).toMatchObject({ role: 'President', country: 'MWI', sector: 'GOV' });
  });
});

describe('actors: plural titles referring back', () => {
  it('link "the DGMOs" to each DGMO named before', () => {
    const doc = run('The DGMO of Nepal called the DGMO of Bhutan on Sunday. The DGMOs will talk again on Friday.', { Nepal: 'LOC', Bhutan: 'LOC' });
    expect(spanOwners(doc, 'The DGMOs').map((a) => a.country)).toEqual(['NPL', 'BTN']);
  });

  it('link "the two foreign ministers" to the two named, not to a third office', () => {
    const doc = run('Chilean Foreign Minister Rosa Vidal met Peruvian Foreign Minister Ana Quispe and Defence Minister Luis Soto. The two foreign ministers agreed.',
      { Chilean: 'MISC', Peruvian: 'MISC', 'Rosa Vidal': 'PER', 'Ana Quispe': 'PER', 'Luis Soto': 'PER' });
    expect(spanOwners(doc, 'The two foreign ministers').map((a) => a.id)).toEqual(['rosa-vidal', 'ana-quispe']);
  });

  it('need two holders named before', () => {
    const doc = run('Chilean Foreign Minister Rosa Vidal arrived. The foreign ministers met later.', { Chilean: 'MISC', 'Rosa Vidal': 'PER' });
    expect(spanOwners(doc, 'The foreign ministers')).toEqual([]);
  });
});

describe('actors: back-references to bodies', () => {
  it('reads "the 27-nation bloc" as the body named before', () => {
    const doc = run('The European Union met on Monday. The 27-nation bloc agreed on sanctions.', { 'European Union': 'ORG' });
    expect(spanOwners(doc, 'bloc').map((a) => a.id)).toEqual(['eu']);
  });

  it('read "the rebel group" as the rebel body named before', () => {
    const doc = run('Rebels of the Patriotic Liberation Front attacked a convoy. The rebel group denied it.', { 'Patriotic Liberation Front': 'ORG' });
    expect(spanOwners(doc, 'rebel group').map((a) => a.id)).toEqual(['patriotic-liberation-front']);
  });

  it('read "military rulers" as the country\'s military government', () => {
    const doc = run('Niger stays suspended until the military rulers return power to an elected government.', { Niger: 'LOC' });
    expect(spanOwners(doc, 'military rulers')[0]).toMatchObject({ country: 'NER' });
  });
});

describe('actors: organs of international bodies', () => {
  it('give "its <Council>" after a body opening the sentence before that body\'s code', () => {
    const doc = run('The African Union has suspended Mali. A statement from its Standing Mediation Council followed.',
      { 'African Union': 'ORG', Mali: 'LOC', 'Standing Mediation Council': 'ORG' });
    expect(spanOwners(doc, 'Standing Mediation Council')[0]).toMatchObject({ country: 'AU', sector: 'IGO' });
  });

  it('give "the AU <Council>" the body\'s code', () => {
    const doc = run('Mali was suspended by the AU Standing Mediation Council.', { Mali: 'LOC', 'Standing Mediation Council': 'ORG', AU: 'ORG' });
    expect(spanOwners(doc, 'AU Standing Mediation Council')[0]).toMatchObject({ country: 'AU', sector: 'IGO' });
  });
});

describe('actors: electoral bodies', () => {
  it('reads "the electoral commission" and "the elections office" as bodies of the story country', () => {
    const doc = run('Fiji voted on Saturday. Two parties asked the elections office in Suva and the electoral commission to delay the count.', { Fiji: 'LOC', Suva: 'LOC' });
    expect(doc.actors.filter((a) => a.kind === 'organization').map((a) => [a.name, a.country, a.sector])).toEqual([
      ['Fijian elections office', 'FJI', 'GOV'], ['Fijian electoral commission', 'FJI', 'GOV'],
    ]);
  });
});

describe('actors: local governments', () => {
  it('reads "The city of X" as the subject of what it does as the local government, and "in the city of X" as a place', () => {
    const doc = run('Protests spread across Peru. The city of Cusco imposed a curfew, and police in the city of Cusco arrested 20.', {
      Peru: 'LOC', Cusco: 'LOC',
    });
    const local = doc.actors.filter((a) => a.name.startsWith('city of'));
    expect(local.map((a) => [a.name, a.country, a.sector, a.spans.length])).toEqual([['city of Cusco', 'PER', 'GOV', 1]]);
  });
});

describe('actors: ministries are government', () => {
  it('gives a defence ministry the government sector, as its minister has (SCHEMA: GOV covers ministries)', () => {
    const doc = run("Norway's defence ministry said two jets had been scrambled. The Polish Ministry of Defence agreed.", {
      Norway: 'LOC', Polish: 'MISC',
    });
    expect(spanOwners(doc, "Norway's defence ministry")[0]).toMatchObject({ country: 'NOR', sector: 'GOV' });
    expect(doc.actors.filter((a) => /defen[cs]e/i.test(a.name)).every((a) => a.sector === 'GOV')).toBe(true);
  });
});

describe('actors: a title after a body and its short form in brackets', () => {
  it('reads "<Body> (<ACR>) representative, X" as the body\'s representative', () => {
    const doc = run("Chad's government and the rebels of the Unity Front (UF) met in Rome. Unity Front (UF) representative, Ali Mahamat, signed for the rebels.", {
      Chad: 'LOC', 'Unity Front': 'ORG', UF: 'ORG', Rome: 'LOC', 'Ali Mahamat': 'PER',
    });
    expect(spanOwners(doc, 'Ali Mahamat')[0]).toMatchObject({ country: 'TCD', sector: 'REB', role: 'representative' });
  });

  it('reads "X, the leader of the rebel group" as the leader of the armed body named before', () => {
    const doc = run("Chad's government and the rebels of the Unity Front (UF) met in Rome. Ali Mahamat, the leader of the rebel group, signed. Chad said.", {
      Chad: 'LOC', 'Unity Front': 'ORG', UF: 'ORG', Rome: 'LOC', 'Ali Mahamat': 'PER',
    });
    expect(spanOwners(doc, 'Ali Mahamat')[0]).toMatchObject({ country: 'TCD', sector: 'REB', role: 'leader' });
  });
});

describe('group nouns: passport holders', () => {
  it('reads "<country> passport holders" as civilians of that country, not its government', () => {
    const doc = run('Beijing detained some U.S. passport holders on Monday.', { Beijing: 'LOC', 'U.S.': 'LOC' }, '2021-03-01');
    expect(doc.actors.find((a) => a.name.includes('passport holders'))).toMatchObject({ country: 'USA', sector: 'CVL' });
  });
});
