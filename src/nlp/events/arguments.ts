// Actor slots and groups: which actors a sentence names, where, and how they coordinate.
import type { Doc, TokenRange } from '../doc.js';
import type { KnowledgeBase } from '../actors/kb.js';
import { kbMatchAt } from '../actors/mentions.js';
import { CLAUSE_BREAKS, COORDINATORS, LOCATIVE_PREPS, PREPOSITIONS } from './locales/en/cues.js';

/** One actor reference in the text. */
export interface Slot extends TokenRange {
  actor: number;
  code: string | null;
}

/** Coordinated actor references ("Australia, Britain and Canada"). */
export interface Group extends TokenRange {
  slots: Slot[];
  /** a place in a locative phrase ("in Liverpool, England"), not a participant */
  locative: boolean;
}

/**
 * All actor references of the document, sorted, longest first where they overlap. Names the
 * actors stage left unlinked ("Palestinians", "Hungarian") are added from the knowledge base
 * with actor -1, so a sentence's parties do not depend on one upstream stage alone.
 */
export function actorSlots(doc: Doc, kb?: KnowledgeBase): Slot[] {
  const all: Slot[] = [];
  doc.actors.forEach((a, actor) => {
    for (const s of a.spans) if (!spansVerb(doc, s)) all.push({ start: s.start, end: s.end, actor, code: a.country });
  });
  if (kb) all.push(...unlinkedNames(doc, kb, all));
  // "5 pm" is a time, not the prime minister: no party inside a time expression
  for (let k = all.length - 1; k >= 0; k--) {
    if (doc.timexes.some((t) => t.start <= all[k].start && all[k].end <= t.end)) all.splice(k, 1);
  }
  // the dateline ("GENEVA -", "CUCUTA, Colombia –") names where the article was filed, not a party
  const dateline = datelineEnd(doc);
  if (dateline > 0) for (let k = all.length - 1; k >= 0; k--) if (all[k].start < dateline) all.splice(k, 1);
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Slot[] = [];
  const starts = new Set(all.map((s) => s.start));
  for (const s of all) {
    const last = out[out.length - 1];
    // one span may stand for several actors ("the two officials"): keep each of them
    const same = last && s.start === last.start && s.end === last.end;
    if (last && s.start > last.start && s.end <= last.end && s.code && s.code !== last.code) {
      // "Cuban and Russian officials" spanning "Russian officials": keep both names
      last.end = s.start;
      out.push(s);
      continue;
    }
    if (last && s.start < last.end && !same) continue;
    if (same && out.some((o) => o.start === s.start && o.actor === s.actor)) continue;
    if (isCompoundModifier(doc, s, starts)) continue;
    out.push(s);
  }
  return out;
}

const COMPOUND_HEADS = new Set(['backed', 'led', 'allied', 'supported', 'sponsored', 'aligned', 'based', 'owned', 'funded', 'born', 'controlled', 'held', 'run']);

/** "Iranian-backed Houthis": the first name only modifies the actor that follows. */
function isCompoundModifier(doc: Doc, s: Slot, starts: Set<number>): boolean {
  const dash = s.end;
  if (dash + 2 >= doc.tokens.length || doc.tokens[dash].text !== '-') return false;
  if (!COMPOUND_HEADS.has(doc.tokens[dash + 1].text.toLowerCase())) return false;
  return starts.has(dash + 2) || starts.has(dash + 3);
}

/** A name span never contains a verb; such spans come from over-long coreference chains. */
function spansVerb(doc: Doc, r: TokenRange): boolean {
  if (r.end - r.start < 2) return false;
  // "its troops from Mozambique", "Somalia unless its soldiers": a phrase, not one name
  for (let k = r.start + 1; k < r.end - 1; k++) if (SPAN_BREAKS.has(doc.tokens[k].text.toLowerCase())) return true;
  if (!doc.pos.length) return false;
  for (let k = r.start; k < r.end; k++) if (/^VB[DPZNG]?$/.test(doc.pos[k] ?? '') && /^[a-z]/.test(doc.tokens[k].text)) return true;
  return false;
}

const SPAN_BREAKS = new Set(['from', 'unless', 'if', 'because', 'while', 'when', 'after', 'before']);

const DATELINE_MARKS = new Set(['-', '—', '–', ':', '(']);

/** One past the dateline at the start of an article, or 0 when there is none. */
export function datelineEnd(doc: Doc): number {
  const first = doc.tokens[0]?.text ?? '';
  if (!/^[A-Z][A-Z .'-]{2,}$/.test(first)) return 0;
  for (let k = 1; k < Math.min(doc.tokens.length, 10); k++) {
    if (DATELINE_MARKS.has(doc.tokens[k].text)) return k + 1;
    if (doc.tokens[k].text === '.') return 0;
  }
  return 0;
}

const NAME_FORMS = new Set(['country', 'demonym', 'seat', 'organization', 'place']);

/** First words of knowledge-base names, so most tokens are ruled out without a phrase lookup. */
const firstWords = new WeakMap<KnowledgeBase, Set<string>>();

function kbFirstWords(kb: KnowledgeBase): Set<string> {
  let words = firstWords.get(kb);
  if (!words) {
    words = new Set();
    for (const key of kb.byName.keys()) words.add(key.split(' ')[0]);
    for (const key of kb.byLower.keys()) words.add(key.split(' ')[0]);
    firstWords.set(kb, words);
  }
  return words;
}

function unlinkedNames(doc: Doc, kb: KnowledgeBase, linked: TokenRange[]): Slot[] {
  const covered = new Uint8Array(doc.tokens.length);
  for (const r of linked) covered.fill(1, r.start, r.end);
  const first = kbFirstWords(kb);
  const out: Slot[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const text = doc.tokens[i].text;
    if (covered[i] || !/^\p{Lu}/u.test(text)) continue;
    if (!first.has(text) && !first.has(text.toLowerCase())) continue;
    const match = kbMatchAt(doc, kb, i);
    if (!match || !match.entry.country || !NAME_FORMS.has(match.entry.form)) continue;
    let end = match.end;
    while (end > i + 1 && covered[end - 1]) end--;
    if (covered.subarray(i, end).some((c) => c)) continue;
    out.push({ start: i, end, actor: -1, code: match.entry.country });
    i = end - 1;
  }
  return out;
}

export function slotsIn(slots: Slot[], range: TokenRange): Slot[] {
  return slots.filter((s) => s.start >= range.start && s.end <= range.end);
}

const NOT_MODIFIERS = new Set(['that', 'its', 'their', 'his', 'her', 'it', 'they', 'he', 'she', 'we', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'not', 'also']);
const isCapitalised = (w: string) => /^[A-Z]/.test(w);
const TITLE_JOINERS = new Set(['of', 'the', "'s", '’s', '-', 'for']);
/** Lowercase title words between a nationality and a name ("Nigerian junior foreign minister X"). */
const TITLE_WORDS = new Set(['foreign', 'minister', 'junior', 'deputy', 'prime', 'president', 'vice', 'defence',
  'defense', 'interior', 'secretary', 'general', 'state', 'chief', 'head', 'leader', 'envoy', 'ambassador',
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'senior', 'top', 'army', 'military', 'opposition',
  'former', 'acting', 'trade', 'finance', 'economy', 'health', 'affairs', 'commander', 'supreme', 'crown', 'prince',
  'king', 'queen', 'emir', 'sheikh', 'premier', 'chancellor', 'counterpart', 'negotiator', 'mediator', 'diplomat',
  'top', 'national', 'security', 'adviser', 'advisor', 'religious', 'spiritual', 'leading', 'senior', "'s",
  'of', 'the', 'and']);

/** Can the tokens between two slots join them into one group? */
function joins(doc: Doc, from: number, to: number): boolean {
  if (from === to) return true;
  const words = doc.words({ start: from, end: to });
  const lowered = words.map((w) => w.toLowerCase().replace(/’/g, "'"));
  // "U.S.-South Korean", "Russia-Ukraine": names joined by a hyphen
  if (lowered.length === 1 && lowered[0] === '-') return true;
  // possessor and possessed: "Japan's Defense Ministry"
  if (lowered.length === 1 && lowered[0] === "'s") return true;
  if (lowered.every((w) => COORDINATORS.has(w)) && words.length <= 4) return true;
  // "Serbia and ethnic Albanian fighters": a coordinator, then modifiers of the next name
  if (words.length <= 4 && (lowered[0] === 'and' || lowered[0] === 'or') && lowered.every((w) => COORDINATORS.has(w) ||
    (/^[a-z]+$/.test(w) && !PREPOSITIONS.has(w) && !CLAUSE_BREAKS.has(w) && !NOT_MODIFIERS.has(w) && !/(ed|ing)$/.test(w)))) return true;
  // titles between a nationality and a name: "Japanese Foreign Minister Yoshimasa Hayashi"
  if (words.length <= 5 && !words.includes(',') &&
    words.every((w) => isCapitalised(w) || TITLE_JOINERS.has(w.toLowerCase())) && isCapitalised(words[words.length - 1])) return true;
  return words.length <= 4 && lowered.every((w) => TITLE_WORDS.has(w)) && lowered.some((w) => w !== 'and' && w !== 'the' && w !== 'of');
}

/** Group sentence slots into coordinated runs. */
export function groupSlots(doc: Doc, slots: Slot[], floor: number): Group[] {
  const groups: Group[] = [];
  let lastLocative = false;
  const opener = openerEnd(doc, floor);
  for (const s of slots) {
    const last = groups[groups.length - 1];
    if (last && acronymOf(doc, last, s)) {
      // "the National Salvation Front (NSF) signed ...": the bracketed short form is the same party
      last.end = s.end + 1;
      continue;
    }
    const locative = isLocativeSlot(doc, s.start, floor, lastLocative && last?.end === s.start - 1);
    const sameSpan = last && last.end === s.end && last.slots[last.slots.length - 1].start === s.start;
    const join = last && (sameSpan || (joins(doc, last.end, s.start) && locative === lastLocative && !locative &&
      !startsSpeaker(doc, last.end, s) && !(last.end <= opener && s.start > opener)));
    lastLocative = locative;
    if (join) {
      // "Singapore's Lee Hsien Loong": the possessor names the party
      if (!isPossessive(doc, last.end, s.start)) last.slots.push(s);
      last.end = s.end;
    } else {
      groups.push({ start: s.start, end: s.end, slots: [s], locative });
    }
  }
  return groups;
}

/** "(NSF)" right after a name of the same actor. */
function acronymOf(doc: Doc, last: Group, s: Slot): boolean {
  return s.start - last.end === 1 && doc.tokens[last.end].text === '(' && s.end < doc.tokens.length &&
    doc.tokens[s.end].text === ')' && s.actor >= 0 && last.slots.some((sl) => sl.actor === s.actor);
}

const OPENERS = new Set(['following', 'after', 'before', 'despite', 'under', 'during', 'amid', 'in', 'on', 'unlike', 'like', 'with', 'since', 'as']);

/** "In line with Canada's decision, Norway ...": the comma closing an opening phrase. */
function openerEnd(doc: Doc, start: number): number {
  if (start >= doc.tokens.length) return -1;
  const first = doc.tokens[start].text.toLowerCase();
  if (!OPENERS.has(first) && !/ing$/.test(first)) return -1;
  const end = doc.sentenceOf(start) >= 0 ? doc.sentences[doc.sentenceOf(start)].end : doc.tokens.length;
  let relative = false;
  for (let k = start; k < end; k++) {
    if (doc.tokens[k].text === ',') return k;
    // "Fighting between X and Y went on ...": a gerund subject with its finite verb opens no phrase
    // (unless the verb is a relative clause's: "Following talks that lasted ...")
    relative ||= RELATIVE_WORDS.has(doc.tokens[k].text.toLowerCase());
    if (!relative && !OPENERS.has(first) && FINITE_TAGS.has(doc.pos?.[k] ?? '')) return -1;
  }
  return -1;
}

const FINITE_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where']);

function isPossessive(doc: Doc, from: number, to: number): boolean {
  return to - from === 1 && /^['’]s$/.test(doc.tokens[from].text);
}

const SPEAKER_VERBS = new Set(['said', 'says', 'told', 'reported', 'added', 'stated', 'noted', 'say', 'tell']);

/** ", officials said": a name after a comma that speaks is not part of the list before it. */
function startsSpeaker(doc: Doc, gapStart: number, s: Slot): boolean {
  if (!doc.words({ start: gapStart, end: s.start }).includes(',')) return false;
  return s.end < doc.tokens.length && SPEAKER_VERBS.has(doc.tokens[s.end].text.toLowerCase());
}

/** A place governed by a locative preposition, or the country after "Liverpool, England". */
function isLocativeSlot(doc: Doc, start: number, floor: number, afterLocative: boolean): boolean {
  const prep = governingPrep(doc, start, floor);
  if (prep !== null && LOCATIVE_PREPS.has(prep)) return true;
  if (start <= floor || doc.tokens[start - 1].text !== ',') return false;
  if (afterLocative) return true;
  // "in Liverpool, England": the place before the comma may be a mention without an actor
  const place = doc.mentions.find((m) => m.end === start - 1 && m.type === 'LOC');
  const placePrep = place && governingPrep(doc, place.start, floor);
  return !!placePrep && LOCATIVE_PREPS.has(placePrep);
}

/** Distinct codes of a group, in order of mention. */
export function groupCodes(slots: Slot[]): string[] {
  const out: string[] = [];
  for (const s of slots) if (s.code && !out.includes(s.code)) out.push(s.code);
  return out;
}

const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'both', 'other', 'all', 'some', 'two', 'three', 'several', 'senior', 'top', 'fellow', 'neighbouring', 'neighboring']);

/** The preposition governing a group ("with" in "met with US Secretary ..."), or null. */
export function governingPrep(doc: Doc, start: number, floor: number): string | null {
  for (let k = start - 1, skipped = 0; k >= floor && skipped <= 3; k--, skipped++) {
    const w = doc.tokens[k].text.toLowerCase();
    if (w === 'of' || w === 'with') {
      const outer = outerPrep(doc, k, floor);
      return outer === undefined ? w : outer;
    }
    // "from the trade group, the Southern Common Market ...": an apposition shares the preposition
    if (w === ',' && doc.tokens[k + 1]?.text.toLowerCase() === 'the') return appositionPrep(doc, k, floor);
    // "to counter China": an infinitive, not a preposition
    if (w === 'to' && k + 1 < start && isInfinitiveVerb(doc.tokens[k + 1].text)) return null;
    // "kidnapped up to 16 advisers": a quantity, not a preposition
    if (w === 'to' && k > floor && doc.tokens[k - 1].text.toLowerCase() === 'up' && /^\d/.test(doc.tokens[k + 1]?.text ?? '')) { k--; skipped++; continue; }
    if (PREPOSITIONS.has(w)) return w;
    // "in Ghana's capital Accra": a possessive stays inside the noun phrase
    if (w === "'s" || w === '’s') continue;
    if (SKIPPABLE.has(w) || /^\d/.test(w) || isCapitalised(doc.tokens[k].text) || /^[a-z]+-[a-z-]+$/.test(w) || ORDINALS.has(w)) continue;
    // adjectives of the noun phrase ("the rival Libyan factions"); a verb or function word ends it
    if (/^[a-z]+$/.test(w) && !/ed$/.test(w) && !STOP_WORDS.has(w)) continue;
    return null;
  }
  return null;
}

function isInfinitiveVerb(word: string): boolean {
  const w = word.toLowerCase();
  return /^[a-z]+$/.test(word) && !SKIPPABLE.has(w) && !ORDINALS.has(w);
}

const STOP_WORDS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'it', 'they', 'he', 'she', 'we',
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'not', 'said', 'says', 'to', 'as', 'than']);
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'new', 'former', 'annual', 'latest']);

const HEAD_NOUNS_OF = new Set(['leader', 'leaders', 'head', 'heads', 'government', 'governments', 'president',
  'minister', 'ministers', 'officials', 'official', 'members', 'member', 'representatives', 'delegation',
  'delegations', 'people', 'citizens', 'forces', 'troops', 'army', 'navy', 'embassy', 'ambassador', 'envoy',
  'foreign', 'ministry', 'authorities', 'presidents', 'chief', 'chiefs', 'counterpart', 'counterparts',
  'imports', 'exports', 'goods', 'products', 'border', 'frontier', 'borders', 'coast', 'shipments', 'group',
  'groups', 'delegation', 'team', 'number', 'members', 'diplomat', 'diplomats', 'negotiators', 'envoys', 'mediators',
  'delegates', 'representative', 'spokesman', 'spokesperson', 'ministries', 'governments', 'militaries', 'navies',
  'thousands', 'hundreds', 'dozens', 'millions', 'tens', 'scores', 'crowds', 'supporters', 'residents', 'citizens',
  'nationals', 'soldiers', 'police', 'units', 'warplanes', 'jets', 'ships',
  // "the city of Cali put in place a curfew": the place's authorities act
  'city', 'town', 'capital', 'province', 'municipality', 'mayor', 'governor']);

function appositionPrep(doc: Doc, comma: number, floor: number): string | null {
  for (let k = comma - 1; k >= floor && k >= comma - 8; k--) {
    const w = doc.tokens[k].text.toLowerCase();
    if (w === ',' || w === '.' || w === ';') return null;
    if (PREPOSITIONS.has(w)) return introductoryPhrase(doc, comma) ? null : w;
  }
  return null;
}

/** "Despite objections from rights groups, the Polish cabinet ...": the comma ends an opening adverbial. */
function introductoryPhrase(doc: Doc, comma: number): boolean {
  let start = comma - 1;
  while (start > 0 && !['.', '!', '?', ';', ',', '"', '“'].includes(doc.tokens[start - 1].text)) start--;
  return start > 0 && doc.tokens[start - 1].text === ',' ? false : INTRODUCTORY.has(doc.tokens[start].text.toLowerCase());
}

const INTRODUCTORY = new Set(['despite', 'after', 'following', 'amid', 'before', 'since', 'while', 'although', 'though',
  'because', 'unlike', 'during', 'in', 'on', 'at', 'with', 'without', 'under', 'as', 'for', 'ahead', 'earlier', 'later']);

/**
 * "to the leaders of India", "near the border with Guyana": the outer preposition governs the
 * name; null when "leaders of X" has none (X is then the subject's own name); undefined when
 * the word before "of" is not such a head.
 */
function outerPrep(doc: Doc, of: number, floor: number): string | null | undefined {
  const head = of - 1;
  // "the chiefs of general staff (CGS) of Ghana": an acronym names the officials of X
  if (head - 2 >= floor && doc.tokens[head].text === ')' && doc.tokens[head - 2].text === '(' &&
    /^[A-Z]{2,}s?$/.test(doc.tokens[head - 1].text) && doc.tokens[of].text.toLowerCase() === 'of') return null;
  if (head < floor || !HEAD_NOUNS_OF.has(doc.tokens[head].text.toLowerCase())) return undefined;
  if (doc.tokens[of].text.toLowerCase() === 'with' && !/^(border|frontier|borders)$/.test(doc.tokens[head].text.toLowerCase())) return undefined;
  const none = doc.tokens[of].text.toLowerCase() === 'with' ? undefined : null;
  for (let k = head - 1; k >= floor && k >= head - 3; k--) {
    const w = doc.tokens[k].text.toLowerCase();
    // "sent troops to the border with X": a movement toward X, not a delivery to it
    if (PREPOSITIONS.has(w)) return w === 'to' && none === undefined ? 'toward' : w;
    if (!SKIPPABLE.has(w) && !/^[a-z]+$/.test(w)) return none;
  }
  return none;
}

/** Slots for codes and actors taken from an earlier event (no token position). */
export function slotsFor(actors: number[], codes: string[]): Slot[] {
  return codes.map((code, i) => ({ start: -1, end: -1, actor: actors[i] ?? -1, code }));
}

/** Do both sides hold exactly one actor, the same one? */
export function sameSingleActor(a: number[], b: number[]): boolean {
  return a.length === 1 && b.length === 1 && a[0] === b[0];
}

/**
 * Two distinct actors of one country coordinated with "and" ("the Sudanese army and the Rapid
 * Support Forces"): the first one, and the others; null when the slots name one party, overlap, or
 * stand in apposition ("al-Anbari, Iraq's ambassador") or possession ("Smith Barney's Mr. Doyle").
 */
export function sidesOfOneCountry(doc: Doc, slots: Slot[]): [number[], number[]] | null {
  const coded = slots.filter((sl) => sl.code && sl.actor >= 0);
  if (new Set(coded.map((sl) => sl.code)).size !== 1) return null;
  // (a name inside a longer one, "Sudanese" in "Sudanese army", is the same party)
  const outer = coded.filter((sl) => !coded.some((o) => o !== sl && o.start <= sl.start && sl.end <= o.end && o.end - o.start > sl.end - sl.start));
  const actors = [...new Set(outer.map((sl) => sl.actor))];
  if (actors.length < 2 || outer.some((a, i) => outer.some((b, j) => i < j && a.start < b.end && b.start < a.end))) return null;
  const first = Math.min(...outer.map((sl) => sl.end));
  const last = Math.max(...outer.map((sl) => sl.start));
  if (first > last || !doc.words({ start: first, end: last }).some((w) => w.toLowerCase() === 'and')) return null;
  return [actors.slice(0, 1), actors.slice(1)];
}
