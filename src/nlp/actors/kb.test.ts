import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase, lookup, officeHolder, officeOf, phraseKey } from './kb.js';
import { lookupActorPhrase, placeCountry } from './index.js';

const kb = buildKnowledgeBase();
const first = (name: string) => lookup(kb, phraseKey(name))[0];

describe('knowledge base: towns of countries at war', () => {
  it.each([
    ['Samarra', 'IRQ'], ['Tal Afar', 'IRQ'], ['Baqubah', 'IRQ'], ['Deraa', 'SYR'], ['Palmyra', 'SYR'], ['Lashkar Gah', 'AFG'],
    ['Nyala', 'SDN'], ['South Darfur', 'SDN'], ['Bunia', 'COD'], ['Beledweyne', 'SOM'], ['Sloviansk', 'UKR'], ['Peja', 'XKX'],
    ['Zamboanga', 'PHL'], ['Maiduguri', 'NGA'], ['Gwoza', 'NGA'], ['Khan Younis', 'PSE'], ['Kiryat Shmona', 'ISR'],
  ])('%s is a place of %s', (name, code) => {
    expect(placeCountry(name, kb)).toBe(code);
  });
});

describe('knowledge base: countries', () => {
  it.each([
    ['Japan', 'JPN'], ['United States', 'USA'], ['U.S.', 'USA'], ['US', 'USA'], ['USA', 'USA'], ['America', 'USA'],
    ['Britain', 'GBR'], ['UK', 'GBR'], ['Great Britain', 'GBR'], ['South Korea', 'KOR'], ['North Korea', 'PRK'],
    ['DPRK', 'PRK'], ['Russia', 'RUS'], ['Iran', 'IRN'], ['Syria', 'SYR'], ['Vietnam', 'VNM'], ['Laos', 'LAO'],
    ['Ivory Coast', 'CIV'], ['Czech Republic', 'CZE'], ['Turkey', 'TUR'], ['Türkiye', 'TUR'], ['Taiwan', 'TWN'],
    ['Palestine', 'PSE'], ['Kosovo', 'XKX'], ['Gibraltar', 'GIB'], ['Republic of Sudan', 'SDN'], ['Trinidad', 'TTO'],
  ])('%s is the country %s', (name, code) => {
    expect(first(name)).toMatchObject({ form: 'country', type: 'LOC', country: code, sector: 'GOV' });
  });

  it.each([
    ['Japanese', 'JPN'], ['Emirati', 'ARE'], ['Filipino', 'PHL'], ['Iraqi', 'IRQ'], ['Canadians', 'CAN'],
    ['North Korean', 'PRK'], ['British', 'GBR'],
  ])('the demonym %s is MISC for %s', (word, code) => {
    expect(first(word)).toMatchObject({ form: 'demonym', type: 'MISC', country: code });
  });

  it.each([
    ['Washington', 'USA'], ['Beijing', 'CHN'], ['Moscow', 'RUS'], ['Kyiv', 'UKR'], ['Kiev', 'UKR'], ['Tokyo', 'JPN'],
    ['Pyongyang', 'PRK'], ['Seoul', 'KOR'], ['Tehran', 'IRN'], ['Ankara', 'TUR'], ['Brussels', 'BEL'],
  ])('the capital %s stands for %s', (name, code) => {
    expect(first(name)).toMatchObject({ form: 'seat', type: 'LOC', country: code });
  });

  it('reads all-capitals datelines but not all-capitals short words', () => {
    expect(first('BRUSSELS')).toMatchObject({ country: 'BEL' });
    expect(lookup(kb, 'THE')).toEqual([]);
  });

  it('maps cities and regions to their country, shared seas to none', () => {
    expect(placeCountry('Liverpool')).toBe('GBR');
    expect(placeCountry('Kherson')).toBe('UKR');
    expect(placeCountry('Addis Ababa')).toBe('ETH');
    expect(placeCountry('Japan')).toBe('JPN');
    expect(placeCountry('South China Sea')).toBeNull();
    expect(placeCountry('Atlantis')).toBeNull();
  });
});

describe('knowledge base: organisations', () => {
  it.each([
    ['United Nations', 'UN'], ['UN', 'UN'], ['UN Security Council', 'UN'], ['UNHCR', 'UN'], ['European Union', 'EU'],
    ['European Commission', 'EU'], ['NATO', 'NATO'], ['Association of Southeast Asian Nations', 'ASEAN'],
    ['ASEAN', 'ASEAN'], ['Group of Seven', 'G7'], ['G20', 'G20'], ['African Union', 'AU'],
    ['Economic Community of West African States', 'ECOWAS'], ['OSCE', 'OSCE'], ['IAEA', 'IAEA'],
    ['World Bank', 'WB'], ['Arab League', 'LAS'], ['Gulf Cooperation Council', 'GCC'], ['International Court of Justice', 'ICJ'],
  ])('%s has the code %s', (name, code) => {
    expect(first(name)).toMatchObject({ form: 'organization', type: 'ORG', country: code });
  });

  it('gives news agencies their country and sector MED', () => {
    expect(first('Kyodo News')).toMatchObject({ country: 'JPN', sector: 'MED' });
    expect(first('Xinhua')).toMatchObject({ country: 'CHN', sector: 'MED' });
    expect(first('Yonhap')).toMatchObject({ country: 'KOR', sector: 'MED' });
  });

  it('codes armed groups by the country they fight in, sector REB', () => {
    expect(first('Houthis')).toMatchObject({ country: 'YEM', sector: 'REB' });
    expect(first('TPLF')).toMatchObject({ country: 'ETH', sector: 'REB' });
  });
});

describe('knowledge base: office-holders by date', () => {
  it('finds who held an office on the article date', () => {
    expect(officeHolder(kb, 'JPN', 'Prime Minister', '2021-12-11')?.name).toBe('Fumio Kishida');
    expect(officeHolder(kb, 'JPN', 'Prime Minister', '2019-06-01')?.name).toBe('Shinzo Abe');
    expect(officeHolder(kb, 'USA', 'Foreign Minister', '2021-12-11')?.name).toBe('Antony Blinken');
    expect(officeHolder(kb, 'USA', 'Foreign Minister', '2019-06-01')?.name).toBe('Mike Pompeo');
  });

  it('resolves "the Japanese prime minister" differently in 2021 and 2019', () => {
    expect(lookupActorPhrase('the Japanese prime minister', '2021-12-11')).toMatchObject({ kind: 'person', country: 'JPN', role: 'Prime Minister' });
    expect(lookupActorPhrase('the Japanese prime minister', '2021-12-11')?.id).toBe('fumio-kishida');
    expect(lookupActorPhrase('the Japanese prime minister', '2019-06-01')?.id).toBe('shinzo-abe');
  });
});

describe('knowledge base: office-holder table', () => {
  it('has well-formed terms that do not overlap for one office of one country', () => {
    const terms: { who: string; country: string; office: string; from: string; to: string }[] = [];
    for (const person of kb.persons.values()) {
      for (const t of person.terms) {
        expect(t.from, person.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(t.to, person.name).toMatch(/^(?:\d{4}-\d{2}-\d{2})?$/);
        if (t.to) expect(t.from <= t.to, `${person.name} ${t.from}..${t.to}`).toBe(true);
        terms.push({ who: person.name, country: t.country, office: officeOf(t.role), from: t.from, to: t.to || '9999-12-31' });
      }
    }
    const clashes: string[] = [];
    for (const a of terms) {
      for (const b of terms) {
        if (a === b || a.who === b.who || a.country !== b.country || a.office !== b.office) continue;
        // a handover day may appear in both terms
        if (a.from < b.to && b.from < a.to) clashes.push(`${a.who} / ${b.who} (${a.country} ${a.office})`);
      }
    }
    expect(clashes).toEqual([]);
  });
});
