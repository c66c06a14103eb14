// Named organisations, places and countries: mentions linked through the knowledge base, or made
// organisation actors from their own words ("Fiji Elections Office").
import type { Actor, Doc, Mention } from '../doc.js';
import { slug, type KbEntry } from './kb.js';
import { kbMatchAt } from './mentions.js';
import { NOUN_SECTORS } from './locales/en/roles.js';
import { lookupRange } from './phrases.js';
import { actorsBefore, countryActor, countryAfterOf, countryOfModifier, modifierBefore, kbEntryActor, link, namesCurrency, type Context } from './context.js';

export const ORG_HEAD_SECTOR: [RegExp, string][] = [
  [/\b(?:Party|Coalition|Front|Movement|Alliance)$/, 'POL'],
  [/\b(?:Army|Navy|Forces|Force|Guard|Guards|Corps|Marines|Command)$/, 'MIL'],
  [/\b(?:Court|Tribunal)$/, 'JUD'],
  [/\b(?:Parliament|Congress|Senate|Assembly)$/, 'LEG'],
  [/\b(?:News|Times|Post|TV|Radio|Television|Journal|Agency)$/, 'MED'],
  [/\b(?:Ministry|Embassy|Consulate|Department|Office|Council|Commission|Committee|Government|Administration|Cabinet|Customs|Authority|Police|Service|Services|Bureau|Directorate)$/, 'GOV'],
];

/** Organisation, place and country mentions. */
/**
 * "Congo" is either Congo; the one whose towns, capital or bodies the article names (Kinshasa,
 * Goma, M23 for the Democratic Republic) when it names the other's none. Null when the name is
 * one country's, or nothing tells them apart.
 */
function countryNamedAround(ctx: Context, entries: KbEntry[]): KbEntry | null {
  const candidates = entries.filter((e) => e.form === 'country');
  if (new Set(candidates.map((e) => e.country)).size < 2) return null;
  const named = new Set<string>();
  for (const m of ctx.doc.mentions) {
    const found = lookupRange(ctx.lex.kb, ctx.doc, m.start, m.end);
    const codes = new Set(found.map((e) => e.country));
    if (codes.size !== 1 || !found.every((e) => ['place', 'seat', 'organization'].includes(e.form))) continue;
    const code = found[0].country;
    if (code && candidates.some((c) => c.country === code)) named.add(code);
  }
  return named.size === 1 ? candidates.find((c) => c.country === [...named][0]) ?? null : null;
}

/**
 * "fighters of the Popular Liberation Front": a body named as armed men's is armed, known as
 * such before the persons who speak for it are read ("PLF spokesman, X" is REB too).
 */
function armedBy(ctx: Context, start: number): string | null {
  const { doc } = ctx;
  let of = start - 1;
  if (of > 0 && /^the$/i.test(doc.tokens[of].text)) of--;
  if (of < 1 || doc.tokens[of].text !== 'of') return null;
  const noun = doc.tokens[of - 1].text.toLowerCase();
  return NOUN_SECTORS.find(([re]) => re.test(noun))?.[1] === 'REB' ? 'REB' : null;
}

/** "Ethopia", "Afganistan": a one-word name the tagger found that is a country name mistyped. */
function misspeltCountry(ctx: Context, m: Mention): KbEntry | undefined {
  const country = m.end - m.start === 1 ? ctx.lex.kb.misspellings.get(ctx.doc.tokens[m.start].text) : undefined;
  if (country) m.type = 'LOC'; // the tagger, not knowing the word, often calls it a body
  return country;
}

export function linkNames(ctx: Context, mentions: Mention[]): void {
  const { doc } = ctx;
  for (const m of mentions) {
    if (m.type === 'PER' || m.actor !== undefined) continue;
    const entries = lookupRange(ctx.lex.kb, doc, m.start, m.end);
    const entry = countryNamedAround(ctx, entries) ?? entries.find((e) => e.type === m.type) ?? entries[0] ?? misspeltCountry(ctx, m);
    if (entry) {
      const index = kbEntryActor(ctx, entry);
      if (index !== null && !isDateline(doc, m) && !isStance(doc, m) && !namesCurrency(doc, m)) link(ctx, m, index);
      continue;
    }
    // "South Lebanon", "Western Cambodia": a part of a country named by a compass word is that country
    const part = compassPart(ctx, m);
    if (part !== null) {
      link(ctx, m, part);
      continue;
    }
    if (m.type !== 'ORG') continue;
    // "the DGMO of India": a title and its country name one office-holder (read with the titles)
    const title = ctx.lex.titles.matchAt(doc, m.start);
    if (title && !title.value.honorific && doc.tokens[title.end]?.text === 'of' && countryAfterOf(ctx, title.end)?.end === m.end) continue;
    const name = doc.spanText(m);
    // "Islamic Salvation Front (FIS)": the acronym in brackets is the body just named
    if (m.start >= 2 && doc.tokens[m.start - 1].text === '(' && ctx.tokenActor[m.start - 2] >= 0 && /^\p{Lu}[\p{Lu}\p{N}&.-]+$/u.test(name)) {
      link(ctx, m, ctx.tokenActor[m.start - 2]);
      continue;
    }
    const longer = m.end - m.start === 1
      ? ctx.table.actors.findIndex((a) => a.kind === 'organization' && [a.name, ...a.aliases].some((n) => n.endsWith(` ${name}`)))
      : -1;
    if (longer >= 0) {
      link(ctx, m, longer);
      continue;
    }
    const lead = kbMatchAt(doc, ctx.lex.kb, m.start, m.end);
    let country: string | null = null;
    if (lead && lead.end < m.end && ['demonym', 'country', 'seat'].includes(lead.entry.form)) country = lead.entry.country;
    // "Warsaw Pact", "Paris Club": a pact or club named after the city it was made in is no body of that country
    if (lead?.entry.form === 'seat' && PACT_HEAD.test(doc.tokens[m.end - 1].text)) country = null;
    // "AU Peace and Security Council", "UN Human Rights Council": an organ of an international body
    if (lead && lead.end < m.end && lead.entry.form === 'organization' && lead.entry.sector === 'IGO') country = lead.entry.country;
    const ofAt = doc.words(m).lastIndexOf('of');
    if (!country && ofAt > 0) country = countryOfModifier(ctx, m.start + ofAt + 1, m.end)?.code ?? null;
    // "Unity Fiji", "Serum Institute of India": a country word inside the name or right after it
    country ??= countryInside(ctx, m.start + 1, m.end);
    if (!country && doc.tokens[m.end]?.text === 'of') country = countryAfterOf(ctx, m.end)?.country ?? null;
    // "Venezuela's National Guard": the country before the name; it also tells this body from others of that name
    let id = slug(name);
    if (!country) {
      const mod = modifierBefore(ctx, m.start);
      if (mod?.country && mod.actor === null && mod.country.length === 3) {
        country = mod.country;
        id = slug(`${ctx.lex.kb.countries.get(country)?.name ?? country} ${name}`);
      }
      // "the AU Peace and Security Council", "its Peace and Security Council" after the African Union: an organ of the body
      const parent = mod?.actor != null ? ctx.table.actors[mod.actor] : possessedBy(ctx, m.start);
      if (!country && parent?.kind === 'organization' && parent.sector === 'IGO' && parent.country) {
        country = parent.country;
        id = slug(`${parent.country} ${name}`);
      }
    }
    const group = ctx.lex.groups.matchEndingAt(doc, m.end, lead ? lead.end : m.start);
    const organ = country !== null && ctx.lex.kb.countries.get(country) === undefined;
    const sector = organ ? 'IGO' : armedBy(ctx, m.start) ?? group?.value.sector ?? ORG_HEAD_SECTOR.find(([re]) => re.test(name))?.[1] ?? null;
    const index = ctx.table.ensure({ id, name, kind: 'organization', country, sector, role: null });
    link(ctx, m, index);
  }
}

/**
 * The body "its" stands for before a name at `start`: the subject opening this sentence, else the
 * previous one ("The African Union has barred Mali ... A statement by its Peace and Security Council").
 */
function possessedBy(ctx: Context, start: number): Actor | null {
  const { doc } = ctx;
  if (start === 0 || !/^its$/i.test(doc.tokens[start - 1].text)) return null;
  const s = doc.sentenceOf(start);
  for (const k of [s, s - 1]) {
    if (k < 0) continue;
    const open = doc.sentences[k].start;
    const subject = ctx.table.actors.find((a) => a.spans.some((sp) => sp.start >= open && sp.start <= open + 6 && sp.end < start - 1));
    if (subject) return subject.kind === 'organization' ? subject : null;
  }
  return null;
}

/** "President Vucic convened his National Security Council": a body with no country is the person's (run after persons). */
export function linkPossessedBodies(ctx: Context, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.actor === undefined || m.start === 0 || !/^(?:his|her)$/i.test(ctx.doc.tokens[m.start - 1].text)) continue;
    const body = ctx.table.actors[m.actor];
    if (body.kind !== 'organization' || body.country) continue;
    body.country = actorsBefore(ctx, m.start).map((i) => ctx.table.actors[i]).find((a) => a.kind === 'person' && a.country)?.country ?? null;
  }
}

/** A country name or demonym (not a capital: "Washington Post") inside [start, end). */
function countryInside(ctx: Context, start: number, end: number): string | null {
  for (let i = start; i < end; i++) {
    const m = kbMatchAt(ctx.doc, ctx.lex.kb, i, end);
    if (m && (m.entry.form === 'country' || m.entry.form === 'demonym') && m.entry.country?.length === 3) return m.entry.country;
  }
  return null;
}

/** The country a place mention is in: a country, its capital or a known city ("NEW DELHI" → IND). */
export function placeCountryOf(ctx: Context, m: Mention): string | null {
  const entries = lookupRange(ctx.lex.kb, ctx.doc, m.start, m.end);
  const place = entries.find((e) => e.form === 'place' || e.form === 'seat' || e.form === 'country');
  return place?.country && place.country.length === 3 ? place.country : null;
}

/** An all-capitals place opening the article ("BRUSSELS (AP) —") names where it was written, not an actor. */
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)$/;

/** The country actor of "<compass word> <country>" ("South Lebanon"), when the whole is no known name. */
function compassPart(ctx: Context, m: Mention): number | null {
  const { doc } = ctx;
  if (m.type !== 'LOC' || m.end - m.start < 2 || !COMPASS.test(doc.tokens[m.start].text)) return null;
  const rest = lookupRange(ctx.lex.kb, doc, m.start + 1, m.end).find((e) => e.form === 'country');
  return rest ? kbEntryActor(ctx, rest) : null;
}

const PACT_HEAD = /^(?:Pact|Treaty|Accords?|Agreement|Protocol|Group|Format|Process|Declaration|Convention|Charter|Club|Initiative)$/;

/** "anti-Turkey circles", "pro-Moscow media": a name in a stance compound refers to no actor. */
function isStance(doc: Doc, m: Mention): boolean {
  return m.start >= 2 && doc.tokens[m.start - 1].text === '-' && !doc.tokens[m.start].spaceBefore
    && /^(?:anti|pro)$/i.test(doc.tokens[m.start - 2].text);
}

export function isDateline(doc: Doc, m: Mention): boolean {
  const text = doc.spanText(m);
  if (m.start > 2 || !/^[\p{Lu}\s.'-]+$/u.test(text) || text.replace(/[^\p{L}]/gu, '').length < 4) return false;
  const next = doc.tokens[m.end]?.text ?? '';
  return /^(?:,|\(|-|–|—|:)$/.test(next) || /^\p{Lu}{2,}$/u.test(next);
}

const JOINT_BODY_HEAD = /^(?:committee|commission|council|group|task|force|taskforce|forum|board|panel|mission|body|secretariat)$/i;

/**
 * "The Bahraini-Qatari Follow-up Committee", "a joint Indo-Pakistani commission" written
 * "Indian-Pakistani border commission": a body of two countries acts for both, so its phrase is a
 * span of each country (run before the names, which would give it the first word's country).
 */
export function linkJointBodies(ctx: Context, mentions: Mention[]): void {
  const { doc } = ctx;
  for (let i = 0; i + 2 < doc.tokens.length; i++) {
    const first = kbMatchAt(doc, ctx.lex.kb, i);
    if (!first || first.entry.form !== 'demonym' || doc.tokens[first.end]?.text !== '-') continue;
    const second = kbMatchAt(doc, ctx.lex.kb, first.end + 1);
    if (!second || second.entry.form !== 'demonym' || !first.entry.country || !second.entry.country || first.entry.country === second.entry.country) continue;
    const end = jointBodyEnd(doc, second.end);
    if (end === null) continue;
    const parties = [first.entry.country, second.entry.country].map((code) => ctx.lex.kb.countries.get(code));
    if (parties.some((info) => !info)) continue;
    const indices = parties.map((info) => countryActor(ctx, info!));
    for (const index of indices) ctx.table.addSpan(index, { start: i, end });
    for (let k = i; k < end; k++) ctx.tokenActor[k] = indices[0];
    for (const m of mentions) if (m.start >= i && m.end <= end) m.actor = indices[0];
    i = end - 1;
  }
}

/** End of the body words after a pair of demonyms ("Follow - up Committee", "border commission"), or null. */
function jointBodyEnd(doc: Doc, from: number): number | null {
  for (let k = from; k < Math.min(doc.tokens.length, from + 5); k++) {
    const word = doc.tokens[k].text;
    if (JOINT_BODY_HEAD.test(word)) {
      // "Task Force": the head may be two words
      return k + 1 < doc.tokens.length && JOINT_BODY_HEAD.test(doc.tokens[k + 1].text) ? k + 2 : k + 1;
    }
    if (!/^(?:-|[\p{L}-]+)$/u.test(word) || /^(?:said|says|and|of|in|on|the|to|was|is|has|had|will|held|met)$/i.test(word)) return null;
  }
  return null;
}
