// Actor slots and groups: which actors a sentence names, where, and how they coordinate.
import type { Doc, TokenRange } from '../doc.js';
import { COORDINATORS, PREPOSITIONS } from './locales/en/cues.js';

/** One actor reference in the text. */
export interface Slot extends TokenRange {
  actor: number;
  code: string | null;
}

/** Coordinated actor references ("Australia, Britain and Canada"). */
export interface Group extends TokenRange {
  slots: Slot[];
}

/** All actor references of the document, sorted, longest first where they overlap. */
export function actorSlots(doc: Doc): Slot[] {
  const all: Slot[] = [];
  doc.actors.forEach((a, actor) => {
    for (const s of a.spans) all.push({ start: s.start, end: s.end, actor, code: a.country });
  });
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Slot[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

export function slotsIn(slots: Slot[], range: TokenRange): Slot[] {
  return slots.filter((s) => s.start >= range.start && s.end <= range.end);
}

const isCapitalised = (w: string) => /^[A-Z]/.test(w);
const TITLE_JOINERS = new Set(['of', 'the', "'s", '’s', '-', 'for']);

/** Can the tokens between two slots join them into one group? */
function joins(doc: Doc, from: number, to: number): boolean {
  if (from === to) return true;
  const words = doc.words({ start: from, end: to });
  if (words.every((w) => COORDINATORS.has(w.toLowerCase())) && words.length <= 4) return true;
  // titles between a nationality and a name: "Japanese Foreign Minister Yoshimasa Hayashi"
  return words.length <= 5 && !words.includes(',') &&
    words.every((w) => isCapitalised(w) || TITLE_JOINERS.has(w.toLowerCase())) && isCapitalised(words[words.length - 1]);
}

/** Group sentence slots into coordinated runs. */
export function groupSlots(doc: Doc, slots: Slot[]): Group[] {
  const groups: Group[] = [];
  for (const s of slots) {
    const last = groups[groups.length - 1];
    if (last && joins(doc, last.end, s.start)) {
      last.slots.push(s);
      last.end = s.end;
    } else {
      groups.push({ start: s.start, end: s.end, slots: [s] });
    }
  }
  return groups;
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
    if (PREPOSITIONS.has(w)) return w;
    if (SKIPPABLE.has(w) || /^\d/.test(w) || isCapitalised(doc.tokens[k].text)) continue;
    return null;
  }
  return null;
}
