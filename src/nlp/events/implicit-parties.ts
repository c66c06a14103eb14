// Parties a clause does not name as subject or object: where the act happens, the people it falls on, whom a purpose points to.
import type { Doc, TokenRange } from '../doc.js';
import { groupCodes, type Group, type Slot } from './arguments.js';
import type { Speaker } from './context.js';
import { eventPlace } from './when-where.js';
import { AUXILIARIES, CLAUSE_BREAKS } from './locales/en/cues.js';
import type { KnowledgeBase } from '../actors/kb.js';
import type { Trigger } from './triggers.js';
import type { Discourse } from './parties.js';
import { lower } from './text.js';
import { lemmaIn } from './lexicon.js';

/**
 * "sent soldiers into the province to back the president's government", "deployed soldiers to
 * Mozambique to help the government": forces sent to help are military aid, to the party helped
 * (or the country they are sent to).
 */
export function aidPurpose(doc: Doc, s: TokenRange, groups: Group[], from: number, own: string[]): { verb: number; target: Slot[] } | null {
  for (let k = from; k < s.end - 1 && k < from + 10; k++) {
    const w = lower(doc, k);
    if (w === ',' || w === ';' || CLAUSE_BREAKS.has(w)) return null;
    if (w !== 'to' || !AID_PURPOSES.has(lower(doc, k + 1))) continue;
    const helped = groups.find((g) => g.start > k + 1 && g.start <= k + 4 && !g.locative &&
      groupCodes(g.slots).some((c) => !own.includes(c)));
    const destination = groups.filter((g) => g.start >= from && g.end <= k).pop();
    return { verb: k + 1, target: helped?.slots ?? destination?.slots ?? [] };
  }
  return null;
}

const AID_PURPOSES = new Set(['support', 'help', 'assist', 'aid', 'bolster', 'protect', 'defend', 'back', 'reinforce']);

/** The place of the act, not one inside the speaker that reports it ("…, officials in Nairobi said"). */
export function placeBesideSpeaker(doc: Doc, s: TokenRange, t: Trigger, spoken: Speaker[], kb?: KnowledgeBase): string | null {
  const speaker = spoken.find((sp) => sp.range.start >= t.end);
  if (!speaker) return eventPlace(doc, s, t.head, kb, false);
  return eventPlace(doc, { start: s.start, end: speaker.range.start }, t.head, kb, false) ??
    eventPlace(doc, { start: speaker.range.end, end: s.end }, t.head, kb, false);
}

/** ", killing 20 people": a participle after a comma giving the result of the act before it. */
export function resultParticiple(doc: Doc, s: TokenRange, t: Trigger): boolean {
  return t.head > s.start && lower(doc, t.head - 1) === ',' && /ing$/.test(lower(doc, t.head));
}

const PEOPLE_NOUNS = ['protesters', 'protestors', 'demonstrators', 'people', 'activists', 'students', 'supporters', 'residents',
  'civilians', 'journalists', 'workers', 'opponents', 'dissidents', 'marchers', 'rioters', 'crowds?', 'villagers', 'farmers',
  'worshippers', 'mourners', 'detainees', 'prisoners', 'men', 'women', 'youths', 'teenagers', 'members'];
const AFFECTED_PEOPLE = new RegExp(`^(${PEOPLE_NOUNS.join('|')})$`);

const PEOPLE_SKIP = /^(the|a|an|of|some|several|many|dozens|hundreds|thousands|scores|at|least|more|than|about|around|nearly|almost|over|up|to|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|\p{Ll}+ed|\p{Ll}+ing|\p{Ll}+al|\p{Ll}+an|\p{Ll}+ful|opposition|anti-\S+|pro-\S+|peaceful|young|local|unarmed|other|disperse|quell|scatter|control|fundamentalist|radical)$/u;

/** Who a government lets act at home ("allowed opposition leaders to return", "allow the candidates to run"). */
export const PERMITTED_PEOPLE = new RegExp(`^(${[...PEOPLE_NOUNS, 'leaders', 'candidates', 'parties', 'politicians', 'opposition'].join('|')})$`);

/** The act falls on unnamed people: its object ("dispersed hundreds of protesters") or passive subject ("Forty people were arrested"). */
export function peopleAffected(doc: Doc, s: TokenRange, t: Trigger, people = AFFECTED_PEOPLE): boolean {
  // "opened fire to disperse ...", "..., killing 20 people": the purpose or result of an act already coded
  const before = t.head > s.start ? lower(doc, t.head - 1) : '';
  if (before === 'to' || (before === ',' && /ing$/.test(lower(doc, t.head)))) return false;
  for (let k = t.end; k < s.end && k < t.end + 8; k++) {
    const w = lower(doc, k);
    if (people.test(w)) return true;
    // ("Kurdish protesters", "to break up Islamist marchers")
    if (!PEOPLE_SKIP.test(w) && !/^\p{Lu}\p{Ll}/u.test(doc.tokens[k].text)) break;
  }
  // passive: "people were arrested", "protesters have been beaten"
  let k = t.head - 1;
  while (k >= s.start && (AUXILIARIES.has(lower(doc, k)) || lower(doc, k).endsWith('ly'))) k--;
  if (k === t.head - 1 || !/(ed|en)$/.test(lower(doc, t.head)) && !/VBN/.test(doc.pos?.[t.head] ?? '')) return false;
  return k >= s.start && people.test(lower(doc, k));
}

/** "Peru, whose president she accuses": the group before ", whose" when the trigger's clause starts there. */
export function whoseAntecedent(doc: Doc, s: TokenRange, groups: Group[], head: number): Slot[] {
  for (let k = head - 1; k > s.start && k >= head - 6; k--) {
    if (lower(doc, k) !== 'whose') continue;
    if (lower(doc, k - 1) !== ',') return [];
    const g = groups.filter((gr) => gr.end <= k - 1 && !gr.locative).pop();
    return g && k - 1 - g.end <= 1 ? g.slots : [];
  }
  return [];
}

/** The first party other than the protesters named in the purpose of a protest ("to demand", "against", "over"). */
export function protestAim(doc: Doc, s: TokenRange, groups: Group[], from: number, own: string[]): Slot[] {
  let k = from;
  // ("marchers filled the streets of Minsk in defiance of the Belarusian government": the defied party a few words on)
  while (k < s.end && k < from + 7 && !PROTEST_AIMS.has(lower(doc, k))) k++;
  if (k >= s.end || !PROTEST_AIMS.has(lower(doc, k))) return [];
  if (lower(doc, k) === 'to' && !PROTEST_VERBS.has(lower(doc, k + 1))) return [];
  for (const g of groups) {
    if (g.start <= k || g.locative) continue;
    if (g.start > k + 10 || doc.words({ start: k, end: g.start }).some((w) => w === ',' || w === ';' || CLAUSE_BREAKS.has(w.toLowerCase()))) return [];
    const codes = groupCodes(g.slots);
    if (codes.length && codes.some((c) => !own.includes(c))) return g.slots;
  }
  return [];
}

const PROTEST_AIMS = new Set(['to', 'against', 'over', 'defiance']);

const PROTEST_VERBS = new Set(['demand', 'protest', 'denounce', 'condemn', 'oppose', 'show', 'press', 'urge']);

/** "the conflict in Syria": the country named right after the trigger with "in". */
export function placeAfter(doc: Doc, groups: Group[], from: number): string[] {
  const g = groups.find((gr) => gr.start > from && gr.start <= from + 3 && lower(doc, gr.start - 1) === 'in');
  return g && doc.words({ start: from, end: g.start }).every((w) => w === 'in' || w === 'the') ? groupCodes(g.slots) : [];
}

/** The country code of a place value ("Lagos, NGA" → ["NGA"], "NGA" → ["NGA"]). */
export function placeCountry(place: string | null): string[] {
  const code = place?.match(/([A-Z]{3})$/)?.[1];
  return code ? [code] : [];
}

/** "A roadside bombing near Samarra killed ...", "a minefield explosion ... wounded": a blast, not a party, is the clause's subject. */
export function blastSubject(doc: Doc, s: TokenRange, t: Trigger): boolean {
  for (let k = t.head - 1; k >= s.start && k >= t.head - BLAST_SUBJECT_SPAN; k--) {
    const w = lower(doc, k);
    if (w === ',' || w === ';' || CLAUSE_BREAKS.has(w)) return false;
    if (BLASTS.has(w)) return true;
  }
  return false;
}

const BLASTS = new Set(['explosion', 'explosions', 'blast', 'blasts', 'bomb', 'bombs', 'bombing', 'bombings', 'landmine', 'landmines',
  'mine', 'mines', 'minefield', 'device', 'devices', 'ied', 'ieds', 'grenade', 'grenades']);
/** How far before the verb the blast noun heading its subject may stand ("A car bomb near the town of Baiji on Tuesday wounded"). */
const BLAST_SUBJECT_SPAN = 12;

/** "launched mobilization efforts", "began a withdrawal": an event noun its clause's verb sets going. */
export function launchedBy(doc: Doc, s: TokenRange, head: number, verbs = LAUNCHES): boolean {
  for (let k = head - 1; k >= s.start && k >= head - 3; k--) if (lemmaIn(lower(doc, k), verbs)) return true;
  return false;
}

const LAUNCHES = ['launch', 'begin', 'start', 'announce', 'order', 'declare'];
/** Verbs that set an inquiry going ("opened an investigation"). */
export const INQUIRY_LAUNCHES = [...LAUNCHES, 'open', 'conduct'];

/**
 * "Slovenia is investigating suspected war crimes", "Chilean prosecutors launched an investigation": a
 * state's own inquiry that names no one is at home (not an organisation's, nor an inquiry only
 * mentioned: "be questioned as a witness in a probe into ...").
 */
export function inquiryAtHome(doc: Doc, s: TokenRange, t: Trigger, sourceActors: number[]): boolean {
  if (t.pattern.mode !== 'investigation' || !sourceActors.length) return false;
  const state = (a: number) => /^[A-Z]{3}$/.test(doc.actors[a].country ?? '') && doc.actors[a].sector !== 'IGO';
  if (!sourceActors.every(state)) return false;
  return !t.noun || launchedBy(doc, s, t.head, INQUIRY_LAUNCHES);
}

/**
 * A meeting, summit or conference that names one party only: is it that party's own? An
 * organisation's is (SCHEMA: a summit internal to an organisation is CONSULT org→org: "a NATO
 * summit"), so is a state's or a group's; a person's only when the person convenes, calls, chairs
 * or holds it ("Vucic convened a meeting of his security council": his government meets). A
 * speaker or attendee meets no one ("Modi told the gathering ... on the first day of the two-day
 * meeting", "Lula said the next summit would be held in Rio", "agreed to a meeting"), nor does
 * anyone at a meeting "between" or "with" people the text leaves unnamed.
 */
export function ownMeeting(doc: Doc, s: TokenRange, t: Trigger, sourceActors: number[]): boolean {
  if (t.end < s.end && ['between', 'with'].includes(lower(doc, t.end))) return false;
  if (!sourceActors.some((a) => doc.actors[a].kind === 'person')) return true;
  return stagedBy(doc, s, t.head);
}

/** "convened a meeting", "called an emergency summit of ...": the verb right before the noun stages it. */
function stagedBy(doc: Doc, s: TokenRange, head: number): boolean {
  for (let k = head - 1; k >= s.start && k >= head - 4; k--) {
    if (lemmaIn(lower(doc, k), MEETING_STAGERS)) return true;
    if (!/^(DT|JJ|PRP\$|CD|NN|POS|HYPH|VBN)/.test(doc.pos[k] ?? '')) return false;
  }
  return false;
}

const MEETING_STAGERS = ['convene', 'call', 'chair', 'hold', 'host', 'preside', 'summon', 'organise', 'organize'];

/** Organisations meet as themselves (org→org); anyone else's one-party act is aimed at home, not at itself. */
export const isOrganisation = (doc: Doc, a: number) => doc.actors[a]?.sector === 'IGO';

/**
 * Whose people meet at a meeting named with no parties of its own: "a meeting between their
 * delegations" (the plural subject before it, else the parties of the act before), "a meeting of
 * the bloc's leaders", "a meeting of EU foreign ministers" (the group named as the members).
 */
export function meetingMembers(doc: Doc, s: TokenRange, groups: Group[], t: Trigger, discourse: Discourse): Slot[] {
  const k = t.end;
  if (k + 1 >= s.end || !['between', 'among', 'of'].includes(lower(doc, k))) return [];
  if (lower(doc, k + 1) === 'their') {
    // (the parties in the order the article introduced them: "The two countries' ministries")
    const firstMention = (sl: Slot) => sl.actor >= 0 ? Math.min(...doc.actors[sl.actor].spans.map((sp) => sp.start)) : sl.start;
    const plural = groups.find((g) => g.end <= t.head && !g.locative && groupCodes(g.slots).length >= 2);
    const theirs = plural?.slots ?? (groupCodes(discourse.lastParties).length >= 2 ? discourse.lastParties : []);
    return [...theirs].sort((a, b) => firstMention(a) - firstMention(b));
  }
  if (lower(doc, k) !== 'of') return [];
  // "of the bloc's leaders", "of EU foreign ministers": the members' party, then the people who meet
  const start = lower(doc, k + 1) === 'the' ? k + 2 : k + 1;
  const members = groups.find((g) => g.start === start && !g.locative);
  if (!members) return [];
  let j = members.end;
  if (j < s.end && /^['’]s$/.test(lower(doc, j))) j++;
  while (j < s.end && j < members.end + 3 && !MEMBER_NOUNS.has(lower(doc, j)) && /^JJ|^NN/.test(doc.pos[j] ?? '')) j++;
  return j < s.end && MEMBER_NOUNS.has(lower(doc, j)) ? members.slots : [];
}

const MEMBER_NOUNS = new Set(['leaders', 'ministers', 'members', 'heads', 'officials', 'delegates', 'delegations', 'envoys',
  'representatives', 'diplomats', 'chiefs', 'lawmakers', 'parliamentarians']);

