// Parties from the article: two-sided acts whose clause names no parties ("fighting spiked in the
// region", "three ceasefire agreements") between the article's warring parties, mediators whose
// clause does not name whom they mediate between ("negotiations brokered by Qatar"), and the
// captors and senders a clause leaves unnamed ("Meng was arrested at the request of the U.S.").
import type { Doc, DocEvent, Modality, TokenRange } from '../doc.js';
import { groupCodes, sidesOfOneCountry, type Slot } from './arguments.js';
import type { Speaker } from './context.js';
import type { Parties } from './parties.js';
import type { Trigger } from './triggers.js';
import { lower } from './text.js';

/** What a trigger waits for: the article's warring parties, or the parties of the act mediated. */
export type Awaited = 'warring-parties' | 'mediated-parties' | 'adversary' | 'enemy' | 'captor' | 'donor';

/** A trigger whose parties are settled once the whole article has been read. */
export interface Deferred {
  sentence: TokenRange;
  trigger: Trigger;
  parties: Parties;
  awaits: Awaited;
  spoken: Speaker[];
  /** one warring side named: the act runs from it to the other side, not both ways */
  directed?: boolean;
  /** the country where the act takes place, when the text says */
  where?: string[];
  /** the modality of an enclosing "agreed to ..." or "considering ..." */
  inherited: Modality | null;
}

/**
 * Does the trigger need parties the article gives elsewhere? Two-sided acts (fighting, clashes,
 * ceasefire agreements) that name fewer than two parties and no counterpart; third-party
 * mediation that names its mediator but not the parties.
 */
export function awaitedParties(doc: Doc, t: Trigger, parties: Parties): Awaited | null {
  const p = t.pattern;
  const named = groupCodes([...parties.source, ...parties.target]);
  // ("fighting between the Sudanese army and the Rapid Support Forces": two sides of one country, named)
  if ((p.mutual || ceasefireAgreement(doc, t)) && named.length < 2 && !(parties.source.length && parties.target.length) &&
    !ended(doc, t) && !sidesOfOneCountry(doc, [...parties.source, ...parties.target])) {
    return 'warring-parties';
  }
  // (a noun reading counts only as a participle with its agent: "brokered by Russia", not "a broker")
  if (p.mode === 'third-party' && parties.source.length && !parties.target.length &&
    (!t.noun || (t.end < doc.tokens.length && lower(doc, t.end) === 'by'))) return 'mediated-parties';
  return null;
}

/** "a halt to the fighting", "to prevent conflicts": the act named is the ending, not the fighting. */
export function ended(doc: Doc, t: Trigger): boolean {
  for (let k = t.head - 1; k >= 0 && k >= t.head - 4; k--) {
    const w = lower(doc, k);
    if (ENDINGS.has(w)) return true;
    if (w === ',' || w === '.' || w === ';') return false;
  }
  return false;
}

const ENDINGS = new Set(['halt', 'end', 'ending', 'ended', 'ends', 'stop', 'stopped', 'stopping', 'stops', 'cease', 'ceased',
  'prevent', 'prevented', 'preventing', 'avoid', 'avoided', 'avoiding', 'pause', 'resolve', 'resolved', 'resolving',
  'settle', 'settlement', 'de-escalate', 'freeze', 'suspend', 'suspended', 'suspension']);

/**
 * "three ceasefire agreements", "a peace deal", "Russia agreed to a ceasefire": an agreement
 * between the warring parties (a verb's truce object a few words on).
 */
function ceasefireAgreement(doc: Doc, t: Trigger): boolean {
  if (t.pattern.category !== 'AGREE') return false;
  if (!t.noun) {
    for (let k = t.end; k < doc.tokens.length && k < t.end + TRUCE_OBJECT_SPAN; k++) {
      const w = lower(doc, k);
      if (TRUCE_WORDS.has(w)) return true;
      if (/^[,.;]$/.test(w) || w === 'with' || w === 'between') return false;
    }
    return false;
  }
  for (let k = t.head - 1; k >= 0 && k >= t.head - 2; k--) if (TRUCE_WORDS.has(lower(doc, k))) return true;
  return false;
}

/** How far after "agreed to" its truce object may stand ("agreed to a 72-hour humanitarian truce"). */
const TRUCE_OBJECT_SPAN = 5;

const TRUCE_WORDS = new Set(['ceasefire', 'cease-fire', 'truce', 'armistice']);

/**
 * The article's warring parties: the set of countries that its armed clashes and mutual
 * accusations most often oppose (one country for a civil war), or null when it codes none.
 */
export function warringParties(events: DocEvent[]): string[] | null {
  const counts = new Map<string, { codes: string[]; n: number }>();
  for (const e of events) {
    if (e.negated) continue;
    const mutual = e.source.length >= 2 && sameCodes(e.source, e.target);
    if (e.category !== 'ASSAULT' && !(e.category === 'ACCUSE' && mutual)) continue;
    const codes = [...new Set([...e.source, ...e.target])].sort();
    const key = codes.join();
    const entry = counts.get(key) ?? { codes, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  let best: { codes: string[]; n: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.codes ?? null;
}

/**
 * Complete a deferred trigger's parties, or return false when the article does not supply them.
 * A two-sided act takes the warring parties on both sides (when the party it names is one of them);
 * a mediator mediates between the parties of the talks or agreement in its sentence, else
 * between the warring parties.
 */
export function completeParties(doc: Doc, d: Deferred, events: DocEvent[], warring: string[] | null): boolean {
  const named = groupCodes([...d.parties.source, ...d.parties.target]);
  // "injured Indian troops in the clash", "killed 46 civilians in an attack": the sentence's own
  // act, already coded with its parties
  const restates = events.some((e) => e.sentence.start === d.sentence.start && e.category === d.trigger.pattern.category);
  if (d.awaits === 'enemy') {
    // an attack with no named target, by one of two warring sides: at the other
    if (restates || !warring || warring.length < 2 || !named.length || named.some((c) => !warring.includes(c)) || named.length >= warring.length) return false;
    d.parties.target = slotsOf(warring.filter((c) => !named.includes(c)));
    return true;
  }
  if (d.awaits === 'donor') {
    const donor = donorOf(doc, d, events);
    if (restates || !donor.length) return false;
    d.parties.source = slotsOf(donor);
    return true;
  }
  if (d.awaits === 'captor') {
    const captors = captorOf(doc, d, events);
    if (restates || !captors.length) return false;
    d.parties.source = slotsOf(captors);
    return true;
  }
  if (d.awaits === 'adversary') {
    const adversary = adversaryOf(named, events, warring, doc);
    if (!adversary.length) return false;
    d.parties.target = slotsOf(adversary);
    return true;
  }
  if (d.awaits === 'warring-parties') {
    // ("the conflict in Syria" is not the article's war between Iraq and Qatar)
    const elsewhere = d.where?.length && warring && d.where.some((c) => !warring.includes(c));
    if (restates || elsewhere || !warring || named.some((c) => !warring.includes(c))) return false;
    if (named.length) {
      // "Russia's war", "a coalition fighting in Yemen": the named side against the other
      const others = warring.filter((c) => !named.includes(c));
      d.parties.source = d.parties.source.length ? d.parties.source : d.parties.target;
      d.parties.target = slotsOf(others.length ? others : named);
      d.directed = true;
      return true;
    }
    d.parties.source = slotsOf(warring);
    d.parties.target = slotsOf(warring);
    return true;
  }
  const mediators = new Set(named);
  const mediated = events.filter((e) => e.sentence.start === d.sentence.start && MEDIATED.has(e.category))
    .flatMap((e) => [...e.source, ...e.target]);
  const parties = [...new Set(mediated.length ? mediated : warring ?? [])].filter((c) => !mediators.has(c));
  if (!parties.length) return false;
  d.parties.target = slotsOf(parties);
  return true;
}

const MEDIATED = new Set(['AGREE', 'CONSULT', 'CONCEDE', 'RETREAT']);

/**
 * Who holds a captive the clause does not say: the party asked "at the request of" someone in the
 * same sentence ("Meng was arrested at the request of the U.S." → the country asked), else the
 * captor of the latest coercion of the same party a few sentences before ("X was arrested in Russia
 * ... X had been sentenced").
 */
function captorOf(doc: Doc, d: Deferred, events: DocEvent[]): string[] {
  const held = new Set(groupCodes(d.parties.target));
  const request = events.find((e) => e.sentence.start === d.sentence.start && e.category === 'REQUEST' && e.rule === 'request.at-request');
  if (request) return request.target.filter((c) => !held.has(c));
  const here = doc.sentenceOf(d.trigger.head);
  const prior = [...events].reverse().find((e) => e.category === 'COERCE' && !e.negated && e.trigger.start < d.trigger.head &&
    here - doc.sentenceOf(e.trigger.start) <= CAPTOR_SPAN && e.target.some((c) => held.has(c)) && e.source.every((c) => !held.has(c)));
  return prior?.source ?? [];
}

/** How many sentences back the same captive's earlier coercion may be told. */
const CAPTOR_SPAN = 4;

/**
 * Who sends goods the sentence names no sender for ("doses will land in Kathmandu"): the sender of
 * the article's latest aid a few sentences before — none when that sender already sent aid to the
 * same receivers (the arrival of goods already told: "Consignment arrives in Bhutan").
 */
function donorOf(doc: Doc, d: Deferred, events: DocEvent[]): string[] {
  const receivers = groupCodes(d.parties.target);
  const here = doc.sentenceOf(d.trigger.head);
  const aid = events.filter((e) => e.category === 'AID' && !e.negated && e.trigger.start < d.trigger.head &&
    here - doc.sentenceOf(e.trigger.start) <= DONOR_SPAN && e.source.every((c) => !receivers.includes(c)));
  const donor = aid[aid.length - 1]?.source ?? [];
  const told = aid.some((e) => e.source.join() === donor.join() && receivers.every((c) => e.target.includes(c)));
  return told ? [] : donor;
}

/** How many sentences back the article's aid may have been told. */
const DONOR_SPAN = 6;

function slotsOf(codes: string[]): Slot[] {
  return codes.map((code) => ({ start: -1, end: -1, actor: -1, code }));
}

function sameCodes(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

/**
 * Whom a party's troop movements face when the text names no one: the other warring party, else
 * its most frequent counterpart in the article's hostile acts, else the article's most frequent
 * target of hostile acts.
 */
export function adversaryOf(own: string[], events: DocEvent[], warring: string[] | null, doc?: Doc): string[] {
  if (warring && warring.length >= 2 && own.every((c) => warring.includes(c))) {
    // "Azerbaijan and Armenia launched mobilization efforts": both sides, against each other
    const others = warring.filter((c) => !own.includes(c));
    return others.length ? others : own;
  }
  const counterpart = new Map<string, number>();
  const targeted = new Map<string, number>();
  const count = (m: Map<string, number>, c: string) => { if (!own.includes(c)) m.set(c, (m.get(c) ?? 0) + 1); };
  for (const e of events) {
    if (!HOSTILE.has(e.category) || e.negated || sameCodes(e.source, e.target)) continue;
    if (e.source.some((c) => own.includes(c))) e.target.forEach((c) => count(counterpart, c));
    else if (e.target.some((c) => own.includes(c))) e.source.forEach((c) => count(counterpart, c));
    e.target.forEach((c) => count(targeted, c));
  }
  const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  // "The navy said they would dispatch a frigate" after the three navies' joint drill: ships
  // sent by partners in a joint act, with no foe common to all of them, go to that act, not at a foe
  if (!commonFoe(own, events) && partnersIn(own, events)) return [];
  const best = top(counterpart) ?? top(targeted) ?? (doc ? top(mentioned(doc, own)) : undefined);
  return best ? [best] : [];
}

/** Is some party the other side of a hostile act with every one of `own`? */
function commonFoe(own: string[], events: DocEvent[]): boolean {
  const foes = own.map((c) => new Set(events.filter((e) => HOSTILE.has(e.category) && !e.negated && !sameCodes(e.source, e.target))
    .flatMap((e) => e.source.includes(c) ? e.target : e.target.includes(c) ? e.source : [])));
  return [...foes[0] ?? []].some((f) => !own.includes(f) && foes.every((s) => s.has(f)));
}

/** Do `own` act together with another party in the article (a joint drill, a cooperation)? */
function partnersIn(own: string[], events: DocEvent[]): boolean {
  return events.some((e) => e.category === 'COOPERATE' && !e.negated && own.every((c) => e.source.includes(c) || e.target.includes(c)) &&
    [...e.source, ...e.target].some((c) => !own.includes(c) || own.length > 1));
}

/** How often the article names each country other than `own` (an article about two countries). */
function mentioned(doc: Doc, own: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const a of doc.actors) {
    if (a.country && !own.includes(a.country) && /^[A-Z]{3}$/.test(a.country)) m.set(a.country, (m.get(a.country) ?? 0) + a.spans.length);
  }
  for (const [c, n] of m) if (n < MIN_MENTIONS) m.delete(c);
  return m;
}

const MIN_MENTIONS = 3;

const HOSTILE = new Set(['ASSAULT', 'THREATEN', 'COERCE', 'SANCTION', 'ACCUSE', 'MOBILIZE', 'REJECT', 'PROTEST']);
