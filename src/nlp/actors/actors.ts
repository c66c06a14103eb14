// Actors of a document: one per real person or body, linked from mentions (knowledge base or
// name), title phrases ("Japanese Foreign Minister ..."), nominal phrases ("the foreign
// ministry", "Colombian police", "rebels") and references back ("the ministry", "the two
// officials", "they" after "A and B"). Spans of one actor are every token range that refers to it.
import type { Actor, Doc } from '../doc.js';
import { ActorTable, actorsBefore, focusCountry, sceneCountry, type ActorLexicons, type Context } from './context.js';
import { isDateline, linkJointBodies, linkNames, linkPossessedBodies, placeCountryOf } from './names.js';
import { linkBareTitles, linkPersons } from './persons.js';
import { linkBodyMembers, linkDemonymPhrases, linkLocalGovernments, linkNominals } from './nominals.js';
import { linkArmedPairs, linkCompassShortForms, linkPairs, linkPersonPronouns, linkPluralTitles } from './identity.js';
import { lookupRange } from './phrases.js';
import { kbMatchAt } from './mentions.js';
import { readStatedTenure } from './tenure.js';

export { buildActorLexicons, focusCountry, type ActorLexicons } from './context.js';

/** Domestic bodies and office-holders with no country in the text belong to the story's country. */
function fillFromFocus(ctx: Context): void {
  // "NEW DELHI: ... Foreign Secretary Vikram Misri said": an official the text gives no country
  // is the dateline country's, whichever country the story names most
  const dateline = datelineCountry(ctx);
  // "President Abdelaziz Bouteflika said he would lift the ban on the Islamic Salvation Front": a
  // text naming no country, only one state's officials or bodies, is about that state
  const focus = ctx.focus ?? soleState(ctx);
  const home = ctx.home ?? focus;
  for (const a of ctx.table.actors) {
    if (a.country) continue;
    const domestic = a.sector !== null && ['GOV', 'LEG', 'JUD', 'MIL', 'POL', 'REB', 'CVL'].includes(a.sector);
    // a person the text gives no country at all is most often from the story's country
    const untitled = a.kind === 'person' && a.sector === null;
    const official = domestic && a.kind === 'person' && a.role !== null;
    // "Soviet envoy X": the nationality of a state that no longer exists is no story country's
    if (a.kind === 'person' && formerStateWordBefore(ctx, a)) continue;
    if (official) a.country = deputyOf(ctx, a) ?? dateline ?? focus;
    else if ((domestic || a.sector === 'MED') && a.kind === 'organization') {
      // (a newspaper or agency the knowledge base does not know is most often the story's country's)
      a.country = officeHolderBody(ctx, a) ?? (a.sector === 'REB' ? opposedState(ctx, a) : null) ?? (EXECUTIVE_BODY.test(a.name) ? home : focus);
    } else if (untitled) a.country = statedNationality(ctx, a) ?? focus;
  }
}

const FORMER_STATE_WORDS = /^(?:Soviet|Yugoslav|Czechoslovak|Czechoslovakian)$/;

/** A span of the person opens right after the nationality word of a former state ("Soviet envoy X"). */
function formerStateWordBefore(ctx: Context, a: Actor): boolean {
  return a.spans.some((s) => s.start > 0 && FORMER_STATE_WORDS.test(ctx.doc.tokens[s.start - 1].text));
}

/** The one country of the state actors (government, military, officials) a text names, else null. */
function soleState(ctx: Context): string | null {
  const states = new Set(ctx.table.actors
    .filter((a) => a.country?.length === 3 && (a.sector === 'GOV' || a.sector === 'MIL') && a.spans.length > 0)
    .map((a) => a.country as string));
  return states.size === 1 ? [...states][0] : null;
}

const NATIONAL_NOUN = /^(?:citizen|citizens|national|nationals|resident|passport|native)$/i;
const CLAUSE_STOP = /^(?:,|\.|;|:|of|for|to|with|in|at|from|against|by|on|who|which|that|and|but)$/i;

/**
 * The country the text gives an untitled person, before the story's: a nationality word in
 * apposition ("Griner, an American basketball star", "X, a U.S. citizen"), else the country they
 * "returned home to" (a nationality word before the name is read with the name: `descriptorCountry`).
 */
function statedNationality(ctx: Context, a: Actor): string | null {
  const { doc } = ctx;
  for (const span of a.spans) {
    if (doc.tokens[span.end]?.text !== ',' || !/^(?:a|an)$/i.test(doc.tokens[span.end + 1]?.text ?? '')) continue;
    // "X, a/an <nationality> ...," up to the end of the apposition
    for (let k = span.end + 2; k < Math.min(doc.tokens.length, span.end + 6) && !CLAUSE_STOP.test(doc.tokens[k].text); k++) {
      const m = kbMatchAt(doc, ctx.lex.kb, k);
      if (!m?.entry.country || m.entry.country.length !== 3) continue;
      const next = doc.tokens[m.end]?.text ?? '';
      // a nationality word before a noun ("an American basketball star"); a country's name only
      // before "citizen", "national", "passport holder"
      if (m.entry.form === 'demonym' && /^\p{Ll}/u.test(next)) return m.entry.country;
      if (m.entry.form === 'country' && NATIONAL_NOUN.test(next)) return m.entry.country;
    }
  }
  return returnedHomeTo(ctx, a) ?? firstSince(ctx, a);
}

/**
 * "the first US journalist to be detained in Russia since Nicholas Daniloff": the person after
 * "since" was the last of that kind, of that nationality.
 */
function firstSince(ctx: Context, a: Actor): string | null {
  const { doc } = ctx;
  for (const span of a.spans) {
    if (span.start < 4 || doc.tokens[span.start - 1].text !== 'since') continue;
    const sentenceStart = doc.sentences[doc.sentenceOf(span.start)].start;
    for (let k = span.start - 2; k > sentenceStart; k--) {
      if (doc.tokens[k].text !== 'first' || !/^the$/i.test(doc.tokens[k - 1].text)) continue;
      const m = kbMatchAt(doc, ctx.lex.kb, k + 1, span.start);
      if (m?.entry.country?.length === 3 && ['demonym', 'country'].includes(m.entry.form) && /^\p{Ll}/u.test(doc.tokens[m.end]?.text ?? '')) return m.entry.country;
    }
  }
  return null;
}

/** "Griner returned home to the United States": the country a person goes home to, in a sentence they open. */
function returnedHomeTo(ctx: Context, a: Actor): string | null {
  const { doc } = ctx;
  for (const span of a.spans) {
    const sentence = doc.sentences[doc.sentenceOf(span.start)];
    if (sentence.start !== span.start) continue;
    for (let k = span.end; k + 2 < sentence.end; k++) {
      if (doc.tokens[k].text !== 'home' || !/^(?:to|in)$/.test(doc.tokens[k + 1].text)) continue;
      const at = /^the$/i.test(doc.tokens[k + 2].text) ? k + 3 : k + 2;
      const m = kbMatchAt(doc, ctx.lex.kb, at, sentence.end);
      if (m && (m.entry.form === 'country' || m.entry.form === 'seat') && m.entry.country?.length === 3) return m.entry.country;
    }
  }
  return null;
}

/**
 * "Deputy Prime Minister Enver Hoxhaj" with no country, in a story naming "Prime Minister Ramush
 * Haradinaj" of Kosovo: a deputy serves the government of the holder of the office named.
 */
function deputyOf(ctx: Context, a: Actor): string | null {
  const office = /^(?:deputy|vice)[ -](.+)$/i.exec(a.role ?? '')?.[1]?.toLowerCase();
  if (!office) return null;
  const countries = new Set(ctx.table.actors.filter((o) => o !== a && o.kind === 'person' && o.country && o.role?.toLowerCase() === office)
    .map((o) => o.country));
  return countries.size === 1 ? [...countries][0] : null;
}

const PREPOSITION = /^(?:in|to|from|against|with|on|at|of|by|into|near|across|toward|towards|for)$/i;

/**
 * "Chad's government and rebels of the Popular Liberation Front agreed a ceasefire in Rome": a
 * rebel body with no country of its own fights in the one state its first sentence names as a
 * party (not after a preposition: "in Rome"), else the one country that sentence puts it "in",
 * over the country the story names most.
 */
function opposedState(ctx: Context, body: Actor): string | null {
  const { doc } = ctx;
  const first = body.spans.reduce((a, b) => (b.start < a.start ? b : a), body.spans[0]);
  if (!first) return null;
  const sentence = doc.sentences[doc.sentenceOf(first.start)];
  const states = new Set<string>();
  for (const a of ctx.table.actors) {
    if (a === body || !a.country || a.country.length !== 3 || (a.sector !== 'GOV' && a.sector !== 'MIL') || (a.kind === 'person' && !a.role)) continue;
    const party = a.spans.some((s) => s.start >= sentence.start && s.end <= sentence.end && !(s.start > 0 && PREPOSITION.test(doc.tokens[s.start - 1].text)));
    if (party) states.add(a.country);
  }
  if (states.size === 1) return [...states][0];
  if (states.size > 1) return null;
  // "Fighting flared in South Sudan as the rebels of the X Front attacked": else the one country
  // the sentence says things happen in
  const places = new Set<string>();
  for (const m of doc.mentions) {
    if (m.start < sentence.start || m.end > sentence.end || m.type !== 'LOC' || !/^in$/i.test(doc.tokens[m.start - 1]?.text ?? '')) continue;
    const codes = new Set(lookupRange(ctx.lex.kb, doc, m.start, m.end).map((e) => e.country));
    if (codes.size === 1) places.add([...codes][0] ?? '');
  }
  places.delete('');
  return places.size === 1 && [...places][0].length === 3 ? [...places][0] : null;
}

/** Executive bodies act where the story happens ("the Interior Ministry received the hunters"). */
const EXECUTIVE_BODY = /\b(?:Ministry|Police|Department|Directorate|Customs|Authority|Service)\b/i;

/**
 * "X, a department head in the Central Committee of the Workers' Party": a body
 * after a title and "of" is the body of the person the title describes, so it is the person's country.
 */
function officeHolderBody(ctx: Context, body: Actor): string | null {
  const { doc } = ctx;
  for (const span of body.spans) {
    let of = span.start - 1;
    if (of > 0 && /^the$/i.test(doc.tokens[of].text)) of--;
    if (of < 1 || doc.tokens[of].text !== 'of' || !ctx.lex.titles.matchEndingAt(doc, of)) continue;
    const sentenceStart = doc.sentences[doc.sentenceOf(of)].start;
    const person = actorsBefore(ctx, of).map((i) => ctx.table.actors[i])
      .find((a) => a.kind === 'person' && a.country && a.spans.some((s) => s.start >= sentenceStart && s.end <= of));
    if (person) return person.country;
  }
  return null;
}

/**
 * The country of the all-capitals place opening the article ("NEW DELHI:"), when the story names
 * that country again (a correspondent filing from a neighbouring capital says nothing).
 */
function datelineCountry(ctx: Context): string | null {
  const { doc } = ctx;
  const m = doc.mentions.find((x) => x.type === 'LOC' && isDateline(doc, x));
  const code = m ? placeCountryOf(ctx, m) : null;
  if (!m || !code) return null;
  const namedAgain = doc.mentions.some((x) => x.start >= m.end + 4 && (x.type === 'LOC' || x.type === 'MISC') &&
    lookupRange(ctx.lex.kb, doc, x.start, x.end).some((e) => e.country === code && ['country', 'seat', 'demonym'].includes(e.form)));
  return namedAgain ? code : null;
}

/** Drop actors no span refers to (made while reading a modifier) and renumber mention links. */
function withoutSpanless(doc: Doc, actors: Actor[]): Actor[] {
  const renumber = new Map<number, number>();
  const kept: Actor[] = [];
  actors.forEach((a, i) => {
    if (a.spans.length === 0) return;
    renumber.set(i, kept.length);
    kept.push(a);
  });
  for (const m of doc.mentions) {
    if (m.actor === undefined) continue;
    const to = renumber.get(m.actor);
    if (to === undefined) delete m.actor;
    else m.actor = to;
  }
  return kept;
}

/** Build doc.actors and set mention.actor. */
export function resolveActors(doc: Doc, lex: ActorLexicons, reference: string, options: { focusFallback?: boolean } = {}): void {
  const ctx: Context = {
    doc, lex, reference, table: new ActorTable(doc),
    tokenActor: new Int32Array(doc.tokens.length).fill(-1),
    inMention: new Uint8Array(doc.tokens.length),
    mentionAt: new Int32Array(doc.tokens.length).fill(-1),
    // a phrase on its own has no story country to fall back on
    focus: options.focusFallback === false ? null : focusCountry(doc, lex.kb),
    home: null,
  };
  ctx.home = options.focusFallback === false ? null : sceneCountry(doc, lex.kb) ?? ctx.focus;
  doc.mentions.forEach((m, k) => {
    for (let i = m.start; i < m.end; i++) {
      ctx.inMention[i] = 1;
      ctx.mentionAt[i] = k;
    }
  });
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  linkJointBodies(ctx, mentions);
  linkNames(ctx, mentions);
  linkPersons(ctx, mentions);
  linkPossessedBodies(ctx, mentions);
  linkPairs(ctx);
  linkCompassShortForms(ctx);
  linkLocalGovernments(ctx);
  linkNominals(ctx);
  linkBareTitles(ctx);
  linkPluralTitles(ctx);
  linkDemonymPhrases(ctx, mentions);
  linkBodyMembers(ctx);
  linkArmedPairs(ctx);
  linkPersonPronouns(ctx);
  readStatedTenure(ctx);
  // (a phrase on its own has no story to take a country from)
  if (options.focusFallback !== false) fillFromFocus(ctx);
  doc.actors = withoutSpanless(doc, ctx.table.actors);
  for (const a of doc.actors) a.spans.sort((x, y) => x.start - y.start || x.end - y.end);
}
