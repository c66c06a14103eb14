// Passes over the whole article once every sentence is coded: deferred parties, supplied weapons, the lead's date and place.
import type { Doc, DocEvent } from '../doc.js';
import type { Slot } from './arguments.js';
import { calendarValue } from '../time/index.js';
import { leadPlace } from './when-where.js';
import { REPORTING_FORMS } from './locales/en/cues.js';
import type { KnowledgeBase } from '../actors/kb.js';
import { lower } from './text.js';
import { adversaryOf, completeParties, warringParties, type Deferred } from './conflict.js';
import { buildEvent } from './build-event.js';
import { promisedByModal, promiseOf } from './commitments.js';
import { LEXICON } from './locales/en/lexicon.js';
import { lemmaIn } from './lexicon.js';

/** The deferred triggers' events, with parties from the article: two-sided acts first, then mediators. */
export function articleParties(doc: Doc, deferred: Deferred[], events: DocEvent[], kb?: KnowledgeBase): DocEvent[] {
  const warring = warringParties(events);
  const out: DocEvent[] = [];
  for (const awaits of ['warring-parties', 'mediated-parties', 'adversary', 'enemy', 'captor', 'donor'] as const) {
    for (const d of deferred.filter((x) => x.awaits === awaits)) {
      if (!completeParties(doc, d, [...events, ...out], warring)) continue;
      const event = buildEvent(doc, d.sentence, d.trigger, d.parties, d.spoken, d.inherited, kb, d.directed);
      if (event) out.push(event);
    }
  }
  return out;
}

/**
 * "Peru and Chile have struck a deal ..." opening an article, dated later ("announced
 * on Monday evening that the deal was done"): the lead's undated act takes the date of its restatement.
 */
export function datedLead(doc: Doc, events: DocEvent[]): DocEvent[] {
  const key = (e: DocEvent) => [e.category, [...e.source].sort().join(), [...e.target].sort().join(), e.negated].join('|');
  for (const e of events) {
    if (e.date || doc.sentenceOf(e.trigger.start) > LAST_LEAD_SENTENCE) continue;
    const dates = new Set(events.filter((x) => x !== e && x.date && key(x) === key(e)).map((x) => x.date!));
    if (dates.size === 1) e.date = [...dates][0];
    // "MALI has been suspended from ECOWAS. The decision was announced ... on Sunday."
    else if (!dates.size && e.modality === 'asserted' && !e.negated) e.date = restatedLeadDate(doc) ?? speakerLeadDate(doc, e);
  }
  return events;
}

/**
 * The date of the lead's act given by a definite reference to it in the next sentences ("The
 * decision was announced ... on Sunday", "announced the decision on Wednesday", "The developments
 * Monday night marked ..."): the first calendar date after that reference in its sentence.
 */
function restatedLeadDate(doc: Doc): string | null {
  for (let n = LAST_LEAD_SENTENCE + 1; n <= LAST_LEAD_SENTENCE + RESTATEMENT_SPAN && n < doc.sentences.length; n++) {
    const s = doc.sentences[n];
    for (let k = s.start; k < s.end - 1; k++) {
      if (lower(doc, k) !== 'the' || !LEAD_REFERENCES.has(lower(doc, k + 1))) continue;
      // the sentence's subject, or the object of an announcing verb
      if (k !== s.start && !ANNOUNCING_VERBS.has(lower(doc, k - 1))) continue;
      const timex = doc.timexes.find((t) => t.start > k + 1 && t.end <= s.end && calendarValue(t));
      return timex ? calendarValue(timex) : null;
    }
  }
  return null;
}

/**
 * "X has leveled harsh criticism against Y. X said on October 27 that ...": a verbal lead act
 * is the statement its source is then reported making, on the date given for it.
 */
function speakerLeadDate(doc: Doc, e: DocEvent): string | null {
  if (!VERBAL.has(e.category) || !e.sourceActors.length) return null;
  for (let n = LAST_LEAD_SENTENCE + 1; n <= LAST_LEAD_SENTENCE + RESTATEMENT_SPAN && n < doc.sentences.length; n++) {
    const s = doc.sentences[n];
    for (let k = s.start + 1; k < s.end - 1; k++) {
      if (!REPORTING_FORMS.has(lower(doc, k))) continue;
      const speaker = e.sourceActors.some((a) => doc.actors[a].spans.some((sp) => sp.end === k && sp.start >= s.start));
      const timex = doc.timexes.find((t) => (t.start === k + 1 || (t.start === k + 2 && lower(doc, k + 1) === 'on')) && calendarValue(t));
      if (speaker && timex) return calendarValue(timex);
    }
  }
  return null;
}

const VERBAL = new Set(['ACCUSE', 'REQUEST', 'THREATEN', 'SUPPORT', 'REJECT', 'AGREE']);

const RESTATEMENT_SPAN = 2;

const LEAD_REFERENCES = new Set(['decision', 'move', 'announcement', 'development', 'developments', 'agreement', 'deal',
  'suspension', 'step', 'ruling', 'declaration', 'session', 'talks']);

const ANNOUNCING_VERBS = new Set(['announced', 'confirmed', 'made', 'took', 'reached', 'unveiled', 'disclosed', 'opened']);

const LAST_LEAD_SENTENCE = 0;

/**
 * "Ukrainian troops hit the depots with US-supplied missile launchers": the weapons a
 * party uses in its attack were military aid from the country that supplied them.
 */
export function suppliedWeapons(doc: Doc, slots: Slot[], events: DocEvent[]): DocEvent[] {
  const out: DocEvent[] = [];
  for (const e of events) {
    if (!ARMED.has(e.category) || e.negated || e.modality !== 'asserted') continue;
    for (const sl of slots) {
      if (sl.start <= e.trigger.start || sl.end + 1 >= e.sentence.end || !sl.code || e.source.includes(sl.code)) continue;
      if (doc.tokens[sl.end].text !== '-' || !SUPPLIED.has(lower(doc, sl.end + 1))) continue;
      if (out.some((x) => x.sentence === e.sentence && x.source[0] === sl.code)) continue;
      out.push({
        ...e, category: 'AID', mode: 'military', trigger: { start: sl.end + 1, end: sl.end + 2 },
        source: [sl.code], target: e.source, sourceActors: sl.actor >= 0 ? [sl.actor] : [], targetActors: e.sourceActors,
        date: null, timex: undefined, rule: 'aid.supplied-weapons',
      });
    }
  }
  return out;
}

const ARMED = new Set(['ASSAULT', 'MOBILIZE']);

const SUPPLIED = new Set(['supplied', 'provided', 'donated', 'funded', 'delivered', 'gifted']);

/**
 * "X met Y on Monday … Talking on the margins of the summit in Lisbon, …": when an
 * article without a dateline names the place of its opening story in its first two sentences,
 * the acts of the opening event's parties on its day (or undated) happened there, as a dateline
 * would say. Planned, hypothetical and otherwise dated acts keep no such place.
 */
export function placedLead(doc: Doc, events: DocEvent[], kb: KnowledgeBase | undefined): DocEvent[] {
  const lead = events.find((e) => e.modality === 'asserted' && !e.negated);
  if (!lead || doc.sentenceOf(lead.trigger.start) > 1) return events;
  const place = lead.location ?? leadPlace(doc, kb);
  if (!place) return events;
  const parties = new Set([...lead.source, ...lead.target]);
  for (const e of events) {
    const sameParties = [...e.source, ...e.target].some((c) => parties.has(c));
    const sameDay = e.date === null || e.date === lead.date;
    if (!e.location && e.modality === 'asserted' && sameParties && sameDay) e.location = place;
  }
  return events;
}

/**
 * "Germany sent tanks to Ukraine", "Poland will send fighter jets to Kyiv" in an article about
 * Russia's war on Ukraine: weapons or troops sent "to" one side of the article's war by a party
 * that is not at war with it are military aid to that side (SCHEMA: AID = troops sent to support a
 * government), not a hostile deployment; a promised shipment ("will send") is also an AGREE.
 * Forces sent toward, near or against a side, or sent by a side itself, stay MOBILIZE.
 */
export function armsToWarringSide(doc: Doc, events: DocEvent[]): DocEvent[] {
  const warring = warringParties(events);
  if (!warring) return [];
  const promises: DocEvent[] = [];
  for (const e of events) {
    if (!SENDING.has(e.rule) || e.negated || e.target.length !== 1 || !warring.includes(e.target[0])) continue;
    if (e.source.some((c) => warring.length >= 2 ? warring.includes(c) : c === e.target[0])) continue;
    if (!sentTo(doc, e) || hostileBetween(events, e.source, e.target)) continue;
    const promise = asMilitaryAid(doc, e, 'aid.warring-side');
    if (promise) promises.push(promise);
  }
  return promises;
}

/**
 * "Germany will send battle tanks to Ukraine ... The Kremlin called the decision dangerous": weapons
 * (not troops, ships or jets: those are deployments) handed "to" a country by a party with no
 * hostile act toward it are military aid to that country when a third party in the article acts
 * with hostility toward the receiver or the sender over them (SCHEMA: AID = material aid); a
 * promised shipment is also an AGREE. Otherwise forces or weapons sent "to" a country the sender
 * has no hostile act with stay a MOBILIZE against the sender's adversary (dev gold: jets sent to an
 * ally), who is never the receiver itself (dropped when the article names no other).
 * Runs after `armsToWarringSide`, which settles shipments to a side of the article's war.
 */
export function armsToThreatenedSide(doc: Doc, events: DocEvent[]): DocEvent[] {
  const promises: DocEvent[] = [];
  const dropped = new Set<DocEvent>();
  for (const e of events) {
    if (!SENDING.has(e.rule) || e.category !== 'MOBILIZE' || e.negated) continue;
    const receiver = receiverAfterTo(doc, e);
    if (!receiver || e.source.includes(receiver.code) || hostileBetween(events, e.source, [receiver.code])) continue;
    if (sendsWeapons(doc, e) && thirdPartyHostility(doc, events, e, receiver.code)) {
      e.target = [receiver.code];
      e.targetActors = receiver.actor >= 0 ? [receiver.actor] : [];
      const promise = asMilitaryAid(doc, e, 'aid.threatened-side');
      if (promise) promises.push(promise);
    } else if (e.target.includes(receiver.code)) {
      const adversary = adversaryOf([...e.source, receiver.code], events, warringParties(events), doc);
      if (!adversary.length) dropped.add(e);
      e.target = adversary;
      e.targetActors = [];
    }
  }
  for (let k = events.length - 1; k >= 0; k--) if (dropped.has(events[k])) events.splice(k, 1);
  return promises;
}

/** Weapons named between the sending verb and its "to": "send Leopard 2 battle tanks to". */
function sendsWeapons(doc: Doc, e: DocEvent): boolean {
  for (let k = e.trigger.end; k < e.sentence.end && k < e.trigger.end + WEAPON_OBJECT_SPAN; k++) {
    const w = lower(doc, k);
    if (w === 'to' || w === ',' || w === 'and') return false;
    if (WEAPONS.has(w)) return true;
  }
  return false;
}

/** How far after the verb its weapons may stand ("send an initial company of 14 Leopard 2 A6 tanks"). */
const WEAPON_OBJECT_SPAN = 10;

const WEAPONS = new Set(['tank', 'tanks', 'missile', 'missiles', 'weapon', 'weapons', 'arms', 'howitzer', 'howitzers',
  'artillery', 'ammunition', 'munitions', 'rockets', 'launchers', 'armour', 'armor']);

/**
 * The country first named after the trigger when "to" or "to the" stands right before it (past the
 * sender's own forces: "send fighter jets to Latvia").
 */
function receiverAfterTo(doc: Doc, e: DocEvent): { code: string; actor: number } | null {
  const spans = doc.actors.flatMap((a, actor) => a.country && /^[A-Z]{3}$/.test(a.country) && !e.source.includes(a.country)
    ? a.spans.filter((sp) => sp.start >= e.trigger.end && sp.end <= e.sentence.end).map((sp) => ({ sp, code: a.country!, actor }))
    : []).sort((a, b) => a.sp.start - b.sp.start);
  const first = spans[0];
  if (!first) return null;
  let k = first.sp.start - 1;
  if (k > e.trigger.end && lower(doc, k) === 'the') k--;
  return k >= e.trigger.end && lower(doc, k) === 'to' ? { code: first.code, actor: first.actor } : null;
}

/**
 * Does a party other than the sender and the receiver, later in the article, act with hostility
 * toward either over the shipment ("called the decision dangerous", "condemned the deliveries")?
 * (Hostility over something else — "accused Russia of preparing an attack" — leaves tanks sent to
 * an ally a deployment.)
 */
function thirdPartyHostility(doc: Doc, events: DocEvent[], shipment: DocEvent, receiver: string): boolean {
  const sides = new Set([...shipment.source, receiver]);
  return events.some((e) => THIRD_PARTY_HOSTILITY.has(e.category) && !e.negated && e.trigger.start > shipment.trigger.start &&
    e.source.some((c) => !sides.has(c)) && e.target.some((c) => sides.has(c)) &&
    doc.words({ start: e.trigger.end, end: e.sentence.end }).some((w) => SHIPMENT_WORDS.has(w.toLowerCase()) || WEAPONS.has(w.toLowerCase())));
}

const THIRD_PARTY_HOSTILITY = new Set(['ASSAULT', 'THREATEN', 'COERCE', 'SANCTION', 'ACCUSE']);

/** What a reaction to a shipment calls it. */
const SHIPMENT_WORDS = new Set(['decision', 'move', 'plan', 'step', 'delivery', 'deliveries', 'shipment', 'shipments', 'transfer', 'supplies']);

/** Recode a shipment as military aid (rule id + `rule`); a promised one ("will send") also gives its AGREE. */
function asMilitaryAid(doc: Doc, e: DocEvent, rule: string): DocEvent | null {
  e.category = 'AID';
  e.mode = 'military';
  e.rule = `${e.rule}+${rule}`;
  return e.modality === 'planned' && promisedByModal(doc, e.sentence, e.trigger.start) ? promiseOf(e) : null;
}

/** Patterns that send forces somewhere, whose destination may be a side helped. */
const SENDING = new Set(['mobilize.send-forces', 'mobilize.dispatch-forces']);

/** The target is the destination after "to" ("sent tanks to (the) Ukrainian army"). */
function sentTo(doc: Doc, e: DocEvent): boolean {
  // (a destination the parties read as a place leaves no target actor: the target's country's names)
  const actors = e.targetActors.length ? e.targetActors.map((a) => doc.actors[a]) : doc.actors.filter((a) => a.country === e.target[0]);
  const spans = actors.flatMap((a) => a?.spans ?? [])
    .filter((sp) => sp.start >= e.trigger.end && sp.end <= e.sentence.end).sort((a, b) => a.start - b.start);
  if (!spans.length) return false;
  let k = spans[0].start - 1;
  if (k > e.trigger.end && lower(doc, k) === 'the') k--;
  return k >= e.trigger.end && lower(doc, k) === 'to';
}

/** Does the article code a hostile act between the two sides (either way)? */
function hostileBetween(events: DocEvent[], a: string[], b: string[]): boolean {
  const meets = (x: string[], y: string[]) => x.some((c) => a.includes(c)) && y.some((c) => b.includes(c));
  return events.some((e) => HOSTILE_ACTS.has(e.category) && !e.negated && (meets(e.source, e.target) || meets(e.target, e.source)));
}

const HOSTILE_ACTS = new Set(['ASSAULT', 'THREATEN', 'COERCE', 'SANCTION']);

/**
 * "Norway was sending frigates to the North Sea, and jets to Finland", "sending soldiers and possible
 * warplanes to Finland": each kind of force a deployment names after "and" is its own deployment
 * (SCHEMA: distinct acts are separate events) when it is another kind (ships, aircraft, ground forces),
 * hypothetical when only "possible". The new event's
 * trigger is the second force noun, kept apart from the first by `dedupe` through `verbs`.
 */
export function coordinatedForces(doc: Doc, events: DocEvent[], verbs: Set<number>): DocEvent[] {
  const out: DocEvent[] = [];
  for (const e of events) {
    if (e.category !== 'MOBILIZE' || e.negated) continue;
    const forces = FORCE_NOUNS.get(e.rule.split('+')[0]);
    if (!forces) continue;
    const first = forceNounAfter(doc, e, forces, e.trigger.end);
    if (first < 0) continue;
    const second = coordinatedForce(doc, e, forces, first);
    if (second < 0) continue;
    const possible = POSSIBLE.has(lower(doc, second - 1)) || (second > 1 && POSSIBLE.has(lower(doc, second - 2)));
    out.push({ ...e, trigger: { start: second, end: second + 1 }, modality: possible ? 'hypothetical' : e.modality,
      rule: `${e.rule}+mobilize.coordinated-force` });
    verbs.add(second);
  }
  return out;
}

/** Force nouns of the sending and deploying patterns, by pattern id. */
const FORCE_NOUNS = new Map(LEXICON.filter((p) => p.category === 'MOBILIZE' && p.objectNoun && ['send', 'dispatch'].includes(p.lemma))
  .map((p) => [p.id, p.objectNoun!]));

const POSSIBLE = new Set(['possible', 'possibly', 'potential', 'potentially', 'perhaps']);

/** The force noun of the deployment's object, a few words after its verb. */
function forceNounAfter(doc: Doc, e: DocEvent, forces: string[], from: number): number {
  for (let k = from; k < e.sentence.end && k < from + FORCE_SPAN; k++) {
    const w = lower(doc, k);
    if (w === ',' || w === ';' || w === '.') return -1;
    if (lemmaIn(w, forces)) return k;
  }
  return -1;
}

/**
 * A second force noun joined by "and" to the first, past at most a destination ("ships to the
 * Baltic Sea, and planes") and modifiers; another lemma than the first ("ships and more ships" is one).
 */
function coordinatedForce(doc: Doc, e: DocEvent, forces: string[], first: number): number {
  for (let k = first + 1; k < e.sentence.end && k < first + COORDINATION_SPAN; k++) {
    const w = lower(doc, k);
    if (w === ';' || w === '.' || w === 'that' || w === 'which' || w === 'who' || /^(VB|MD)/.test(doc.pos[k] ?? '')) return -1;
    if (w !== 'and') continue;
    for (let j = k + 1; j < e.sentence.end && j <= k + 3; j++) {
      const v = lower(doc, j);
      if (lemmaIn(v, forces)) return forceKind(v) === forceKind(lower(doc, first)) ? -1 : j;
      if (!POSSIBLE.has(v) && !/^(JJ|CD|DT|NN)/.test(doc.pos[j] ?? '')) break;
    }
    return -1;
  }
  return -1;
}

/** Ships, aircraft or ground forces: "the destroyer Baotou and the supply ship Gaoyouhu" are one naval deployment. */
function forceKind(word: string): string {
  if (lemmaIn(word, NAVAL)) return 'naval';
  if (lemmaIn(word, AIR)) return 'air';
  return 'ground';
}

const NAVAL = ['ship', 'warship', 'frigate', 'destroyer', 'carrier', 'submarine', 'cruiser', 'corvette', 'vessel', 'boat'];
const AIR = ['plane', 'jet', 'warplane', 'bomber', 'fighter', 'aircraft', 'helicopter', 'drone'];

const FORCE_SPAN = 5;
const COORDINATION_SPAN = 10;
