// One trigger and its parties become one DocEvent: direction, recoding, modality, negation, date, place and attribution.
import type { Doc, DocEvent, Modality, TokenRange } from '../doc.js';
import { groupCodes, type Slot, sameSingleActor, sidesOfOneCountry } from './arguments.js';
import { clauseStart, firstConjunct, isNegated, modalityAfter, modalityOf, type Speaker } from './context.js';
import { calendarValue } from '../time/index.js';
import { eventPlace, eventTimex, nearbyPlace } from './when-where.js';
import { AUXILIARIES, RECIPROCALS } from './locales/en/cues.js';
import type { KnowledgeBase } from '../actors/kb.js';
import type { Parties } from './parties.js';
import type { Trigger } from './triggers.js';
import { lower } from './text.js';
import { ended } from './conflict.js';
import { REFUSABLE, declaredRefusal, isConditionalThreat, insideCondition, VOWED_FORCE, vowBefore, judgedNotDone } from './commitments.js';
import { placeBesideSpeaker, resultParticiple, peopleAffected, placeCountry, blastSubject, inquiryAtHome, ownMeeting, isOrganisation, PERMITTED_PEOPLE } from './implicit-parties.js';

export function buildEvent(
  doc: Doc, s: TokenRange, t: Trigger, parties: Parties, spoken: Speaker[], inherited: Modality | null,
  kb?: KnowledgeBase, directed = false,
): DocEvent | null {
  const p = t.pattern;
  let recoded: 'COERCE' | 'PROTEST' | 'CONCEDE' | null = null;
  let source = codes(parties.source);
  let target = codes(parties.target);
  let sourceActors = actorsOf(parties.source);
  let targetActors = actorsOf(parties.target);
  // "Hamas vowed to fight Israel": a vow of force is one side's threat, not yet a two-sided fight
  const vowAt = VOWED_FORCE.has(p.category) && !t.noun ? vowBefore(doc, s, t.head) : -1;
  const vowed = vowAt >= 0;
  const mutual = !directed && !vowed && (p.mutual || followedByReciprocal(doc, t.end, s));
  if (mutual) {
    const all = [...new Set([...source, ...target])];
    // ("fighting between the army and the rebels": two sides of one country)
    if (all.length < 2 && !(source.length && target.length) && !sidesOfOneCountry(doc, [...parties.source, ...parties.target])) return null;
    source = all;
    target = all;
    sourceActors = targetActors = [...new Set([...sourceActors, ...targetActors])];
  } else if (!source.length && target.length >= 2 && (p.symmetric || p.category === 'CONSULT')) {
    // "talks between Sudan and South Sudan": the first-named party is the source
    source = target.slice(0, 1);
    target = target.slice(1);
    const first = parties.target.find((sl) => sl.code === source[0]);
    sourceActors = first ? [first.actor] : [];
    targetActors = parties.target.filter((sl) => sl.code !== source[0]).map((sl) => sl.actor);
  } else if (!target.length && source.length >= 2 && (p.symmetric || p.category === 'CONSULT')) {
    target = source.slice(1);
    source = source.slice(0, 1);
    const first = parties.source.find((sl) => sl.code === source[0]);
    sourceActors = first ? [first.actor] : [];
    targetActors = parties.source.filter((sl) => sl.code !== source[0]).map((sl) => sl.actor);
  } else if (source.length + target.length === 1 && (p.symmetric || p.category === 'CONSULT')) {
    // "The Colombian government and the ELN rebels signed a ceasefire", "talks between the army and
    // the rebels": two sides of one country act together, X→X between distinct actors
    const sides = sidesOfOneCountry(doc, source.length ? parties.source : parties.target);
    if (sides) {
      source = target = source.length ? source : target;
      [sourceActors, targetActors] = sides;
    }
  }
  if (!target.length && source.length >= 2 && TWO_SIDED.has(p.category)) {
    target = source;
    targetActors = sourceActors;
  }
  // (", killing 20 people": the result of an act already coded, not a new one aimed at the place)
  // (inspectors sent "to a facility in central Iran": the inspected country)
  if (!target.length && source.length && (PLACE_TARGETED.has(p.category) || p.mode === 'inspection') && !resultParticiple(doc, s, t)) {
    // "finished pulling its units out of the northern bank of the river in Iraq's west",
    // "reinforced its troops in Mali": the country where the forces move
    const where = placeCountry(placeBesideSpeaker(doc, s, t, spoken, kb)).filter((c) => !source.includes(c));
    if (where.length) target = where;
  }
  if (!target.length && source.length && DOMESTIC_FORCE.has(p.category) && peopleAffected(doc, s, t)) {
    // "police dispersed protesters", "security forces beat demonstrators": unnamed people at home
    const where = placeCountry(eventPlace(doc, s, t.head, kb));
    target = where.length ? where : source;
    targetActors = [];
  }
  if (!source.length && !target.length && p.category === 'COERCE' && parties.agentless && peopleAffected(doc, s, t)) {
    // "Forty people were arrested in Colombia": the authorities of the place, against its people
    const where = placeCountry(eventPlace(doc, s, t.head, kb));
    if (where.length) source = target = where;
  }
  if (!target.length && source.length && inquiryAtHome(doc, s, t, sourceActors)) {
    target = source;
    targetActors = [];
  }
  if (!target.length && source.length && p.mode === 'permit' && peopleAffected(doc, s, t, PERMITTED_PEOPLE)) {
    // "allowed opposition leaders to return from exile": a concession to people at home (not "allow other countries")
    target = source;
    targetActors = [];
  }
  if (!target.length && p.domestic && source.length) {
    // a one-party act at home (a protest, a resignation, a curfew, a meeting of one party) is aimed
    // at its country, not at the actor itself: a person never meets, nor protests against, himself
    if (p.category === 'CONSULT' && !ownMeeting(doc, s, t, sourceActors)) return null;
    target = source;
    targetActors = p.category === 'CONSULT' && sourceActors.every((a) => isOrganisation(doc, a)) ? sourceActors : [];
  }
  // ("26 hunters were released in southern Iraq": captors unnamed, like attackers)
  const unnamedAttackers = parties.agentless || (p.category === 'ASSAULT' && blastSubject(doc, s, t));
  if (!source.length && target.length && (p.category === 'ASSAULT' || p.category === 'COERCE' || p.mode === 'release') && unnamedAttackers) {
    // attackers the text does not name ("were killed by a roadside bomb near Samarra", "a roadside
    // blast close to the town of Kirkuk killed ...") take the country where they strike (SCHEMA:
    // insurgents take the code of the country they fight in)
    const near = p.category === 'ASSAULT' ? eventPlace(doc, s, t.head, kb, false) ?? nearbyPlace(doc, s, kb) : null;
    const where = placeCountry(near ?? eventPlace(doc, s, t.head, kb));
    if (where.length && !where.every((c) => target.includes(c))) source = where;
  }
  if (!source.length && p.category === 'PROTEST') {
    // protesters the text does not name protest at home: where they rally ("in Hong Kong, in
    // defiance of Chinese authorities" → HKG→CHN), else the country of the party they target
    const where = placeCountry(eventPlace(doc, s, t.head, kb));
    const home = where.length ? where : target;
    if (home.length) {
      source = home.slice(0, 1);
      if (!target.length) target = source;
    }
  }
  if (!source.length || !target.length) return null;
  // "a response to the coup in Niger": a coup is made at home, not by whoever reacts to it
  if (p.mode === 'coup' && t.noun && !source.some((c) => target.includes(c))) {
    source = target;
    sourceActors = [];
  }
  // ("Obama was speaking to the BBC", "spoke to CNN on Sunday": an interview, not a consultation)
  if (p.category === 'CONSULT' && targetActors.length && targetActors.every((a) => doc.actors[a]?.sector === 'MED')) return null;
  // ("China and Pakistan vowed to fight terrorism": a joint vow threatens none of its own parties)
  if (vowed && target.every((c) => source.includes(c))) return null;
  // ("Yeltsin claimed Russia and Ukraine resolved more problems": a statement about both sides, the speaker's own among them, charges no one)
  if (p.category === 'ACCUSE' && !mutual && !p.domestic && target.length > 1 && target.some((c) => source.includes(c))) return null;
  // "agreed to stop all firing", "a halt to the fighting": the fighting is what ends, not an attack
  if (p.category === 'ASSAULT' && ended(doc, t)) return null;
  if (p.category === 'SANCTION' && sameCountry(source, target)) {
    // a ban at home is repression (COERCE), a boycott at home a protest; a country recalling
    // its own staff expels no one
    if (p.mode === 'expel' || p.mode === 'withdraw') return null;
    recoded = p.mode === 'boycott' ? 'PROTEST' : 'COERCE';
  }
  // one mention cannot be both parties (unless the pattern is domestic or two-sided)
  if (!mutual && !p.domestic && parties.target.length && parties.target.every((sl) => parties.source.includes(sl)) &&
    source.join() === target.join()) return null;
  // nor can one actor be both ("Lula → Lula" when a speaker or subject is taken for both sides)
  if (!mutual && !p.domestic && parties.target.length && sameSingleActor(sourceActors, targetActors)) return null;
  // "imposed a curfew on Bangkok": a place of the source's own country is its territory, not the actor again
  if (p.domestic && sameSingleActor(sourceActors, targetActors) && !isOrganisation(doc, sourceActors[0])) targetActors = [];
  const anchor = parties.anchor ?? t.head;
  const floor = clauseStart(doc, s, anchor);
  // ("will improve ties, stop arming the rebels and cease attacks": a later verb of the list shares the modal of its first)
  const listHead = anchor === t.head ? firstConjunct(doc, s, t.head) : -1;
  let modality = p.modality ?? (listHead >= 0 ? modalityOf(doc, s, listHead, clauseStart(doc, s, listHead)) : modalityOf(doc, s, anchor, floor));
  // "The joint drills will begin Monday": an event noun takes the modality of its own verb
  if (modality === 'asserted' && t.noun) modality = modalityAfter(doc, s, t.end) ?? modality;
  if (modality === null || judgedNotDone(doc, s, t.end)) return null;
  // "Moscow will respond if NATO deploys troops": the act is the condition, only possible
  if (modality === 'asserted' && insideCondition(doc, s, t.head)) modality = 'hypothetical';
  // inside "agreed to ..." or "offered to ...": the content is planned or only offered (not a
  // pattern that is itself the speech act: "pledged to retaliate" is a threat made now)
  if (inherited && modality === 'asserted' && p.modality !== 'asserted') modality = inherited;
  // "agreed to stop firing": the agreement is the act; "agreed that both sides would stop" adds it
  if (p.mode === 'ceasefire' && inherited && lower(doc, t.head - 1) === 'to') return null;
  if (p.mode === 'ceasefire' && !inherited && modality !== 'asserted') {
    // "Aliyev said Azerbaijani troops would halt military operations": a declared halt, not yet kept
    // (SCHEMA: CONCEDE); inside "agreed that both sides would stop" it stays the planned act
    recoded = 'CONCEDE';
    modality = 'asserted';
  }
  const timex = eventTimex(doc, s, anchor, inherited !== null);
  const event: DocEvent = {
    category: recoded ?? p.category,
    mode: recoded === 'COERCE' ? null : p.mode ?? null,
    trigger: { start: t.head, end: t.end },
    sentence: s,
    sourceActors: [...new Set(sourceActors)].filter((a) => a >= 0),
    targetActors: [...new Set(targetActors)].filter((a) => a >= 0),
    source,
    target,
    date: timex >= 0 ? calendarValue(doc.timexes[timex]) : null,
    location: eventPlace(doc, s, anchor, kb),
    // "not sending ministers" is itself the boycott, not a negated act
    negated: parties.anchor === undefined && !p.before?.includes('not') &&
      (isNegated(doc, t.head, floor, t.noun) || negativeRelative(doc, s, t.head)),
    modality,
    attribution: attributionFor(doc, spoken, t.head, sourceActors),
    rule: recoded ? `${p.id}+${recoded.toLowerCase()}.${recoded === 'CONCEDE' ? 'declared' : 'domestic'}` : p.id,
  };
  if (timex >= 0) event.timex = timex;
  if (!recoded && event.negated && REFUSABLE.has(p.category) && !p.symmetric && declaredRefusal(doc, s, t.head)) {
    // "Russia said it would not withdraw its troops", "will not accept the proposal": a refusal (REJECT), itself asserted
    event.category = 'REJECT';
    event.mode = null;
    event.negated = false;
    event.modality = 'asserted';
    event.date = null;
    delete event.timex;
    event.rule = `${p.id}+reject.refusal`;
    return event;
  }
  if (!recoded && isConditionalThreat(doc, s, t, modality)) {
    // "will boycott the elections unless the president steps down": a threat, itself asserted
    event.category = 'THREATEN';
    event.mode = null;
    event.modality = 'asserted';
    event.rule = `${p.id}+threaten.conditional`;
  } else if (!recoded && vowed && !event.negated) {
    // "vowed to fight Israel", "swore to attack Armenia": the vow is the threat
    event.category = 'THREATEN';
    event.mode = null;
    event.modality = 'asserted';
    event.rule = `${p.id}+threaten.vow`;
    // ("vowed on Monday to fight": the threat is dated by the vow, not the act it promises)
    const vowTimex = eventTimex(doc, s, vowAt, inherited !== null);
    event.date = vowTimex >= 0 ? calendarValue(doc.timexes[vowTimex]) : null;
    if (vowTimex >= 0) event.timex = vowTimex;
    else delete event.timex;
  }
  return event;
}

/** ", neither of which has accepted ...": the relative clause denies the act of its antecedents. */
function negativeRelative(doc: Doc, s: TokenRange, head: number): boolean {
  for (let k = head - 1; k >= s.start + 2 && k >= head - 5; k--) {
    if ((lower(doc, k) === 'which' || lower(doc, k) === 'whom') && lower(doc, k - 1) === 'of') {
      return ['neither', 'none'].includes(lower(doc, k - 2));
    }
  }
  return false;
}

/** Categories where parties named together without a target act on each other. */
const TWO_SIDED = new Set(['ASSAULT']);

const DOMESTIC_FORCE = new Set(['COERCE', 'ASSAULT']);

const PLACE_TARGETED = new Set(['RETREAT', 'MOBILIZE', 'ASSAULT', 'PROTEST', 'AID']);

const sameCountry = (a: string[], b: string[]) => a.length === 1 && b.length === 1 && a[0] === b[0];

function codes(slots: Slot[]): string[] {
  return groupCodes(slots);
}

function actorsOf(slots: Slot[]): number[] {
  return [...new Set(slots.filter((s) => s.code && s.actor >= 0).map((s) => s.actor))];
}

function followedByReciprocal(doc: Doc, from: number, s: TokenRange): boolean {
  for (let k = from; k < s.end && k < from + 4; k++) {
    for (const r of RECIPROCALS) {
      if (r.every((w, i) => k + i < s.end && lower(doc, k + i) === w)) return true;
    }
  }
  return false;
}

/** Who the text credits: the nearest speaker before the trigger, else the first after it. */
function attributionFor(doc: Doc, spoken: Speaker[], head: number, sourceActors: number[]): string | null {
  const before = spoken.filter((sp) => sp.at < head && !(sp.range.start <= head && head < sp.range.end));
  const after = spoken.filter((sp) => sp.at > head && !(sp.range.start <= head && head < sp.range.end));
  const sp = before[before.length - 1] ?? after[0];
  if (!sp || sp.range.end <= sp.range.start) return null;
  // "Chile, Peru and Ecuador said they would ...": the sources speak of their own act
  const speaking = doc.actors.flatMap((a, i) => a.spans.some((r) => r.start >= sp.range.start && r.end <= sp.range.end) ? [i] : []);
  if (speaking.length && speaking.every((a) => sourceActors.includes(a))) return null;
  return speakerName(doc, sp.range);
}

/** "the ministry" → the ministry's name when the actors stage resolved it; names as written. */
function speakerName(doc: Doc, range: TokenRange): string {
  let end = range.end;
  while (end > range.start + 1 && AUXILIARIES.has(lower(doc, end - 1))) end--;
  const words = { start: range.start, end };
  const hasName = doc.words(words).some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || !/^(The|A|An)$/.test(w)));
  if (hasName) return doc.spanText(words);
  const named = doc.actors.filter((a) => (a.kind === 'organization' || (a.kind === 'person' && a.kb)) &&
    a.spans.some((sp) => sp.start >= range.start && sp.end <= range.end));
  return named.length === 1 ? named[0].name : doc.spanText(words);
}

