// The knowledge base: countries (ISO 3166 names from i18n-iso-countries plus variants and
// demonyms), places, organisations and office-holders, indexed by normalised token sequences so
// a Doc span can be looked up directly. Built once per pipeline through ctx.resources.
import countries from 'i18n-iso-countries';
import type { ActorKind, MentionType } from '../doc.js';
import { tokenize } from '../segment/tokenize.js';
import COUNTRY_EXTRAS, { CODE_OVERRIDES } from './data/countries.js';
import { ORGANISATIONS } from './data/organisations.js';
import { PLACES, SHARED_PLACES } from './data/places.js';
import { OFFICEHOLDER_ROWS } from './data/officeholders.js';
import { MISC_WORDS } from './locales/en/roles.js';

/** What a surface form names. */
export type EntryForm = 'country' | 'demonym' | 'seat' | 'place' | 'organization' | 'person' | 'misc';

export interface KbEntry {
  /** stable id: country slug, organisation id, person id */
  id: string;
  name: string;
  form: EntryForm;
  /** mention type when this surface form is a name in text */
  type: MentionType;
  kind: ActorKind | null;
  /** ISO3 or organisation code */
  country: string | null;
  sector: string | null;
}

export interface OfficeTerm {
  country: string;
  role: string;
  from: string;
  /** '' while in office */
  to: string;
}

export interface KbPerson {
  id: string;
  name: string;
  aliases: string[];
  terms: OfficeTerm[];
}

export interface CountryInfo {
  code: string;
  id: string;
  name: string;
  /** first demonym, used to name groups ("Japanese police") */
  demonym: string | null;
}

export interface KnowledgeBase {
  /** normalised exact-case phrase → entries, best first */
  byName: Map<string, KbEntry[]>;
  /** lower-cased phrase → entries, for all-capitals text (datelines) */
  byLower: Map<string, KbEntry[]>;
  maxTokens: number;
  /** lower-cased first and last words of every phrase: spans that start or end elsewhere name nothing */
  firstWords: Set<string>;
  lastWords: Set<string>;
  countries: Map<string, CountryInfo>;
  persons: Map<string, KbPerson>;
  /** one-word country names mistyped ("Ethopia" → ETH), apart from the names (see countryMisspellings) */
  misspellings: Map<string, KbEntry>;
}

/** Fold diacritics and typographic apostrophes so "Türkiye" = "Turkiye", "People’s" = "People's". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The lookup key of a phrase: its tokens (as the segmenter splits them) joined by spaces. */
export function phraseKey(text: string): string {
  return tokenize(normalise(text)).map((t) => t.text).join(' ');
}

export function slug(text: string): string {
  return normalise(text).toLowerCase().replace(/['.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Regular English plurals of demonym nouns: "Canadian" → "Canadians", "Iraqi" → "Iraqis". */
function demonymPlural(word: string): string | null {
  if (/(?:ese|ish|ch|ss|s|x|z)$/.test(word) || word.includes('.')) return null;
  if (/man$/.test(word)) return word.replace(/man$/, 'men');
  return `${word}s`;
}

class Builder {
  readonly byName = new Map<string, KbEntry[]>();
  readonly byLower = new Map<string, KbEntry[]>();
  maxTokens = 1;

  add(surface: string, entry: KbEntry): void {
    const key = phraseKey(surface);
    if (!key) return;
    const list = this.byName.get(key) ?? [];
    if (!list.some((e) => e.id === entry.id && e.form === entry.form)) list.push(entry);
    this.byName.set(key, list);
    const lower = key.toLowerCase();
    const lowerList = this.byLower.get(lower) ?? [];
    if (!lowerList.some((e) => e.id === entry.id && e.form === entry.form)) lowerList.push(entry);
    this.byLower.set(lower, lowerList);
    this.maxTokens = Math.max(this.maxTokens, key.split(' ').length);
  }
}

function isoCountries(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const [alpha2, list] of Object.entries(names)) {
    const alpha3 = countries.alpha2ToAlpha3(alpha2);
    if (!alpha3) continue;
    const code = CODE_OVERRIDES[alpha3] ?? alpha3;
    // formal names with commas or brackets ("Korea, Republic of") are never written that way in news
    out.set(code, list.filter((n) => !/[,()]/.test(n)));
  }
  return out;
}

function addCountries(b: Builder, infos: Map<string, CountryInfo>): void {
  for (const [code, isoNames] of isoCountries()) {
    const extra = COUNTRY_EXTRAS[code] ?? {};
    const name = extra.name ?? isoNames[isoNames.length - 1] ?? code;
    const id = slug(name);
    const demonyms = extra.demonyms ?? [];
    infos.set(code, { code, id, name, demonym: demonyms[0] ?? null });
    const entry: KbEntry = { id, name, form: 'country', type: 'LOC', kind: 'country', country: code, sector: 'GOV' };
    for (const surface of [name, ...isoNames, ...(extra.variants ?? [])]) b.add(surface, entry);
    // formal styles news writes out: "Republic of Sudan", "Kingdom of Bahrain"
    for (const style of ['Republic of', 'Kingdom of', 'State of', 'Islamic Republic of', 'Federal Republic of', 'Sultanate of']) {
      b.add(`${style} ${name}`, entry);
    }
    const demonym: KbEntry = { ...entry, form: 'demonym', type: 'MISC' };
    for (const word of demonyms) {
      if (word === 'U.S.') continue; // "U.S." is the country name itself
      b.add(word, demonym);
      const plural = demonymPlural(word);
      if (plural) b.add(plural, demonym);
    }
  }
}

function addOrganisations(b: Builder): void {
  for (const org of ORGANISATIONS) {
    const entry: KbEntry = {
      id: org.id, name: org.name, form: 'organization', type: org.type ?? 'ORG',
      kind: 'organization', country: org.country, sector: org.sector,
    };
    for (const surface of [org.name, ...(org.aliases ?? [])]) b.add(surface, entry);
    for (const adjective of org.adjectives ?? []) b.add(adjective, { ...entry, form: 'misc', type: 'MISC' });
  }
}

function addPlaces(b: Builder, infos: Map<string, CountryInfo>): void {
  for (const [code, list] of Object.entries(PLACES)) {
    const country = infos.get(code);
    list.split('|').filter(Boolean).forEach((group, index) => {
      const spellings = group.split('=');
      const isSeat = index === 0 && country !== undefined;
      const entry: KbEntry = isSeat
        ? { id: country.id, name: spellings[0], form: 'seat', type: 'LOC', kind: 'country', country: code, sector: 'GOV' }
        : { id: slug(spellings[0]), name: spellings[0], form: 'place', type: 'LOC', kind: null, country: code, sector: null };
      for (const s of spellings) b.add(s, entry);
    });
  }
  for (const name of SHARED_PLACES) {
    b.add(name, { id: slug(name), name, form: 'place', type: 'LOC', kind: null, country: null, sector: null });
  }
}

function addMiscWords(b: Builder): void {
  for (const word of MISC_WORDS) {
    if (b.byName.has(phraseKey(word))) continue;
    b.add(word, { id: slug(word), name: word, form: 'misc', type: 'MISC', kind: null, country: null, sector: null });
  }
}

function parseOfficeholders(): Map<string, KbPerson> {
  const persons = new Map<string, KbPerson>();
  for (const line of OFFICEHOLDER_ROWS.split('\n')) {
    if (!line.trim()) continue;
    const [name, aliases, country, role, from, to] = line.split('|').map((s) => s.trim());
    const id = slug(name);
    const person = persons.get(id) ?? { id, name, aliases: [], terms: [] };
    for (const alias of aliases ? aliases.split(';') : []) if (!person.aliases.includes(alias)) person.aliases.push(alias);
    person.terms.push({ country, role, from, to });
    persons.set(id, person);
  }
  return persons;
}

function addPersons(b: Builder, persons: Map<string, KbPerson>): void {
  for (const person of persons.values()) {
    const latest = person.terms[person.terms.length - 1];
    const entry: KbEntry = {
      id: person.id, name: person.name, form: 'person', type: 'PER', kind: 'person',
      country: latest.country, sector: latest.country.length === 3 ? 'GOV' : 'IGO',
    };
    b.add(person.name, entry);
    for (const alias of person.aliases) b.add(alias, entry);
  }
}

/**
 * Common typing slips in one-word names of countries and capitals of six letters or more
 * ("Ethopia", "Afganistan", "Phillippines", "Isreal", "Ottowa"): a letter dropped, two letters
 * swapped, one doubled or a vowel for another, capitalised as the name is, six letters or more,
 * and no other known name. Kept apart from the names: only a name the tagger found and did not
 * take for a person reads as one (`linkNames`). Consonant substitutions are left out, they make
 * real names ("Roland" of "Poland").
 */
function countryMisspellings(b: Builder): Map<string, KbEntry> {
  const slips = new Map<string, KbEntry | null>();
  for (const [key, entries] of b.byName) {
    const country = entries.find((e) => e.form === 'country' || e.form === 'seat');
    if (!country || key.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(key)) continue;
    for (const slip of typingSlips(key)) {
      if (slip.length < 6 || b.byLower.has(slip.toLowerCase())) continue;
      // a slip of two countries' names is no one's
      const other = slips.get(slip);
      slips.set(slip, other === undefined || other?.id === country.id ? country : null);
    }
  }
  return new Map([...slips].filter((e): e is [string, KbEntry] => e[1] !== null));
}

/**
 * A word with one letter dropped, two neighbours swapped, one letter doubled or one vowel written
 * for another ("Ottowa"), the first letter kept.
 */
const VOWELS = 'aeiou';

export function typingSlips(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    out.add(word.slice(0, i) + word[i] + word.slice(i));
    if (i + 1 < word.length && word[i] !== word[i + 1]) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    if (VOWELS.includes(word[i])) for (const v of VOWELS) out.add(word.slice(0, i) + v + word.slice(i + 1));
  }
  out.delete(word);
  return out;
}

/** Build the knowledge base (pure; call through ctx.resources.get to build it once). */
export function buildKnowledgeBase(): KnowledgeBase {
  const b = new Builder();
  const infos = new Map<string, CountryInfo>();
  // order sets priority when one surface form has several readings
  addCountries(b, infos);
  addOrganisations(b);
  addPlaces(b, infos);
  addMiscWords(b);
  const persons = parseOfficeholders();
  addPersons(b, persons);
  const words = [...b.byLower.keys()].map((key) => key.split(' '));
  const firstWords = new Set(words.map((w) => w[0]));
  const lastWords = new Set(words.map((w) => w[w.length - 1]));
  return {
    byName: b.byName, byLower: b.byLower, maxTokens: b.maxTokens, firstWords, lastWords, countries: infos, persons,
    misspellings: countryMisspellings(b),
  };
}

let shared: KnowledgeBase | null = null;

/** A process-wide knowledge base for the exported helpers (built on first use). */
export function defaultKnowledgeBase(): KnowledgeBase {
  shared ??= buildKnowledgeBase();
  return shared;
}

/** Entries for a phrase: exact case first, then (for all-capitals text) case-folded. */
export function lookup(kb: KnowledgeBase, key: string): KbEntry[] {
  const exact = kb.byName.get(key);
  if (exact) return exact;
  // (an ASCII lower-case letter first: the common miss, without the slower Unicode class)
  if (/[a-z]/.test(key) || /\p{Ll}/u.test(key) || key.replace(/[^\p{L}]/gu, '').length < 4) return [];
  return (kb.byLower.get(key.toLowerCase()) ?? []).filter((e) => e.form !== 'person' && e.form !== 'organization' || e.name.toUpperCase() !== e.name);
}

/** The office term a person held on a date: the one covering it, else the latest before it. */
export function termOn(person: KbPerson, date: string): OfficeTerm {
  const covering = person.terms.find((t) => t.from <= date && (t.to === '' || date <= t.to));
  if (covering) return covering;
  const before = person.terms.filter((t) => t.from <= date).sort((a, b) => a.from.localeCompare(b.from));
  return before[before.length - 1] ?? person.terms[0];
}

/** Who held an office of a country on a date ("Foreign Minister", "JPN", "2021-12-11"). */
export function officeHolder(kb: KnowledgeBase, country: string, office: string, date: string): KbPerson | null {
  for (const person of kb.persons.values()) {
    for (const term of person.terms) {
      if (term.country !== country || officeOf(term.role) !== office) continue;
      if (term.from <= date && (term.to === '' || date <= term.to)) return person;
    }
  }
  return null;
}

/** The office class of a role as written in the office-holder table. */
export function officeOf(role: string): string {
  const r = role.toLowerCase();
  if (/secretary of state|foreign secretary|external affairs|foreign minister/.test(r)) return 'Foreign Minister';
  if (/defen[cs]e (minister|secretary)/.test(r)) return 'Defense Minister';
  if (/^(prime minister|premier|chancellor)$/.test(r)) return 'Prime Minister';
  return role;
}
