import { describe, expect, it } from 'vitest';
import { toAnnotation } from '../annotation.js';
import { actorsDoc as run, actorOf as actor } from './testing.js';

describe('stated role dates: verbs after the person', () => {
  it('dates the start of a role from "took up his post" and the time expression after it', () => {
    const doc = run('Dutch Foreign Minister Pieter Jansen met his counterpart on Friday. Jansen took up his post in late October, the ministry said.', {
      'Pieter Jansen': 'PER', Jansen: 'PER',
    });
    expect(actor(doc, 'pieter-jansen')).toMatchObject({ role: 'Foreign Minister', country: 'NLD', roleFrom: '2021-10', roleRules: ['tenure.took-post'] });
    expect(actor(doc, 'pieter-jansen').roleTo).toBeUndefined();
  });

  it('reads "who has been in office since" in a relative clause, past an intervening phrase', () => {
    const doc = run('Ghanaian President Kofi Mensah, who has been in office since winning a runoff in 2017, called the vote fair.', { 'Kofi Mensah': 'PER' });
    expect(actor(doc, 'kofi-mensah')).toMatchObject({ role: 'President', roleFrom: '2017' });
  });

  it('takes the role from the title after "was sworn in as" when the name had none, dated by the weekday', () => {
    const doc = run('Tomas Halvorsen was sworn in on Monday as Norway\'s defence minister, replacing a colleague who retired.', { 'Tomas Halvorsen': 'PER' });
    expect(actor(doc, 'tomas-halvorsen')).toMatchObject({ role: 'Defence Minister', roleFrom: '2021-12-06' });
  });

  it('dates both ends from a stated span after an appositive title', () => {
    const doc = run('Elena Sorokina, Estonia\'s prime minister from 2014 to 2019, criticised the plan on Thursday.', { 'Elena Sorokina': 'PER' });
    expect(actor(doc, 'elena-sorokina')).toMatchObject({ role: 'Prime Minister', country: 'EST', roleFrom: '2014', roleTo: '2019' });
  });

  it('reads "since" after an appositive title and "in office since" after the name', () => {
    const doc = run('Halima Sesay, Sierra Leone\'s president since 2018, met Ibrahim Conteh, in office since March 2020 as Guinean prime minister.', {
      'Halima Sesay': 'PER', 'Ibrahim Conteh': 'PER',
    });
    expect(actor(doc, 'halima-sesay')).toMatchObject({ role: 'President', country: 'SLE', roleFrom: '2018', roleRules: ['tenure.title-since'] });
    expect(actor(doc, 'ibrahim-conteh')).toMatchObject({ roleFrom: '2020-03' });
  });

  it('reads "has been <title> since" but not "was <title> in"', () => {
    const doc = run('Rwandan President Paul Kagame, who has been president since 2000, met Omar Diallo, who was prime minister in 2015.', {
      'Paul Kagame': 'PER', 'Omar Diallo': 'PER',
    });
    expect(actor(doc, 'paul-kagame')).toMatchObject({ roleFrom: '2000', roleRules: ['tenure.served-as'] });
    expect(actor(doc, 'omar-diallo')).toMatchObject({ role: null });
    expect(actor(doc, 'omar-diallo').roleFrom).toBeUndefined();
  });

  it('follows a pronoun subject to the person named just before it', () => {
    const doc = run('Chilean Interior Minister Rosa Pardo spoke to reporters on Tuesday. She resigned in March 2020 but returned later.', {
      'Rosa Pardo': 'PER',
    }, '2021-06-02');
    expect(actor(doc, 'rosa-pardo')).toMatchObject({ role: 'Interior Minister', roleTo: '2020-03', roleRules: ['tenure.stepped-down'] });
  });

  it('does not date a role from a verb with other uses unless a title follows it', () => {
    const doc = run('Canadian Trade Minister Lucie Tremblay became the first visitor to the plant in 2019.', { 'Lucie Tremblay': 'PER' });
    expect(actor(doc, 'lucie-tremblay').roleFrom).toBeUndefined();
  });

  it('does not end a role when the person resigned from another one', () => {
    const doc = run('Irish Finance Minister Sean Byrne resigned as party leader in May but kept his ministry.', { 'Sean Byrne': 'PER' });
    expect(actor(doc, 'sean-byrne')).toMatchObject({ role: 'Finance Minister' });
    expect(actor(doc, 'sean-byrne').roleTo).toBeUndefined();
  });

  it('does not give one role the dates the text states for another', () => {
    const doc = run('Finance Minister Adam Kowal became prime minister in 2018, officials said.', { 'Adam Kowal': 'PER' });
    expect(actor(doc, 'adam-kowal')).toMatchObject({ role: 'Finance Minister' });
    expect(actor(doc, 'adam-kowal').roleFrom).toBeUndefined();
  });
});

describe('stated role dates: words before the title', () => {
  it('bounds a former role as ended before the article date, states no date, and keeps the country before "former"', () => {
    const doc = run("Peru's former president Jorge Salas was detained on Tuesday.", { 'Jorge Salas': 'PER' });
    expect(actor(doc, 'jorge-salas')).toMatchObject({
      role: 'President', country: 'PER', roleToBound: { kind: 'before', date: '2021-12-11' }, roleRules: ['tenure.former'],
    });
    expect(actor(doc, 'jorge-salas').roleTo).toBeUndefined();
  });

  it('keeps a stated end year over the bound that "former" gives', () => {
    const doc = run('Former Bolivian president Luis Arce, who resigned in 2019, returned to La Paz.', { 'Luis Arce': 'PER', 'La Paz': 'LOC' });
    expect(actor(doc, 'luis-arce')).toMatchObject({ role: 'President', country: 'BOL', roleTo: '2019' });
    expect(actor(doc, 'luis-arce').roleToBound).toBeUndefined();
  });

  it('bounds a new role as begun before the article date and an outgoing one as ending after it', () => {
    const doc = run("Kenya's new foreign minister, Grace Wanjiru, met outgoing President Samuel Okoth.", { 'Grace Wanjiru': 'PER', 'Samuel Okoth': 'PER' });
    expect(actor(doc, 'grace-wanjiru')).toMatchObject({ role: 'Foreign Minister', country: 'KEN', roleFromBound: { kind: 'before', date: '2021-12-11' } });
    expect(actor(doc, 'grace-wanjiru').roleFrom).toBeUndefined();
    expect(actor(doc, 'samuel-okoth')).toMatchObject({ role: 'President', roleToBound: { kind: 'after', date: '2021-12-11' } });
    expect(actor(doc, 'samuel-okoth').roleTo).toBeUndefined();
  });

  it('bounds an incoming role as beginning after the article date', () => {
    const doc = run('The incoming defence minister, Lars Berg, toured the base in Bergen.', { 'Lars Berg': 'PER', Bergen: 'LOC' });
    expect(actor(doc, 'lars-berg')).toMatchObject({ role: 'Defence Minister', roleFromBound: { kind: 'after', date: '2021-12-11' } });
  });

  it('writes a bound to annotate as role_to_bound, never as role_to', () => {
    const doc = run("Peru's former president Jorge Salas met Chile's outgoing foreign minister, Ana Rojas, who took office in 2019.", {
      'Jorge Salas': 'PER', 'Ana Rojas': 'PER',
    });
    const actors = toAnnotation(doc, { id: 'x', date: '2021-12-11' }).actors;
    const salas = actors.find((a) => a.id === 'jorge-salas');
    expect(salas).toMatchObject({ role_to_bound: { kind: 'before', date: '2021-12-11' } });
    expect(salas).not.toHaveProperty('role_to');
    expect(salas).not.toHaveProperty('role_from_bound');
    expect(actors.find((a) => a.id === 'ana-rojas')).toMatchObject({ role_from: '2019', role_to_bound: { kind: 'after', date: '2021-12-11' } });
  });

  it('does not take a title after a verb for the appositive of the name before it', () => {
    const doc = run("Sweden's new trade minister, Nils Ek, met former Trade Minister Eva Berg on Monday.", { 'Nils Ek': 'PER', 'Eva Berg': 'PER' });
    expect(actor(doc, 'nils-ek')).toMatchObject({ role: 'Trade Minister', roleFromBound: { kind: 'before', date: '2021-12-11' } });
    expect(actor(doc, 'nils-ek').roleToBound).toBeUndefined();
    expect(actor(doc, 'eva-berg')).toMatchObject({ roleToBound: { kind: 'before', date: '2021-12-11' } });
  });

  it('reads a tenure word in the appositive title after the name', () => {
    const doc = run('Ola Nordmann, Norway\'s outgoing defence minister, said on Monday the jets would stay.', { 'Ola Nordmann': 'PER' });
    expect(actor(doc, 'ola-nordmann')).toMatchObject({ role: 'Defence Minister', country: 'NOR', roleToBound: { kind: 'after', date: '2021-12-11' }, roleRules: ['tenure.outgoing'] });
  });

  it('never resolves "the former president" to the office-holder on the article date', () => {
    const doc = run('Mali has detained the former president. Soldiers of Mali surrounded his house.', { Mali: 'LOC' }, '2021-05-25');
    const former = doc.actors.find((a) => a.role === 'President');
    expect(former).toMatchObject({ id: 'former-malian-president', country: 'MLI', roleToBound: { kind: 'before', date: '2021-05-25' } });
  });

  it('reads "the former Ghanaian president, X" as one person, not today\'s president of Ghana', () => {
    const doc = run('The bloc sent its envoy, the former Ghanaian president, Kwame Boateng, to Bamako on Monday.', { 'Kwame Boateng': 'PER', Bamako: 'LOC' }, '2021-06-01');
    const presidents = doc.actors.filter((a) => a.role === 'President');
    expect(presidents.map((a) => a.id)).toEqual(['kwame-boateng']);
    expect(presidents[0]).toMatchObject({ country: 'GHA', roleToBound: { kind: 'before', date: '2021-06-01' } });
  });

  it('does not end the office held now because a former one is listed after it', () => {
    const doc = run('The AU envoy, former Kenyan president, Daniel Mwangi, briefed the leaders on Monday.', { AU: 'ORG', 'Daniel Mwangi': 'PER' });
    expect(actor(doc, 'daniel-mwangi')).toMatchObject({ role: 'envoy', country: 'AU' });
    expect(actor(doc, 'daniel-mwangi').roleToBound).toBeUndefined();
  });

  it('does not date a person from a tenure word about something else ("a former Clinton administration adviser")', () => {
    const doc = run('President Tom Hale met the envoy. "It is time," said Ann Roe, a former Hale administration adviser.', { 'Tom Hale': 'PER', Hale: 'PER', 'Ann Roe': 'PER' }, '2000-01-05');
    expect(actor(doc, 'tom-hale').roleToBound).toBeUndefined();
  });

  it('does not read "New" in a country name as a tenure word', () => {
    const doc = run('New Zealand Prime Minister Ana Paki met reporters in Wellington.', { 'New Zealand': 'LOC', 'Ana Paki': 'PER', Wellington: 'LOC' });
    expect(actor(doc, 'ana-paki')).toMatchObject({ country: 'NZL', role: 'Prime Minister' });
    expect(actor(doc, 'ana-paki').roleFromBound).toBeUndefined();
  });
});
