// Stated role dates: when a person held the role the document gives them, as the text states it.
// "Jansen took up his post in late October" → from 2021-10; "X, who has been in office since
// 2006" → from 2006; "prime minister from 2012 to 2020" → 2012 to 2020; "former prime minister
// X" → ended by the article date; "the new ambassador" → from the article's month. Dates come
// from the time layer (calendarValue of doc.timexes), never from a second date parser.
import type { Actor, Doc, RoleBound } from '../doc.js';
import { calendarValue } from '../time/index.js';
import { officeOf } from './kb.js';
import { PhraseTable } from './phrases.js';
import { modifierBefore, type Context } from './context.js';
import {
  RANGE_JOINERS, RANGE_OPENERS, SUBJECT_GAP_WORDS, TENURE_VERBS, TENURE_WORDS,
  type TenureVerb, type TenureWord,
} from './locales/en/tenure.js';

const tenureWords = new PhraseTable(TENURE_WORDS.map((t) => [t.words, t]));

/** How far after the person a tenure verb, its title and its date may stand (tokens). */
const VERB_REACH = 4;
const TITLE_REACH = 6;
const DATE_REACH = 10;

/** A tenure word ending right before token `end` ("former" in "former prime minister"), outside names. */
export function tenureWordBefore(ctx: Context, end: number): { word: TenureWord; start: number } | null {
  const match = tenureWords.matchEndingAt(ctx.doc, end);
  if (!match || ctx.inMention[match.start]) return null;
  return { word: match.value, start: match.start };
}

/** A tenure word starting at token i ("former" in ", Japan's former prime minister"): the token after it. */
export function tenureWordAt(ctx: Context, i: number): number | null {
  const match = tenureWords.matchAt(ctx.doc, i);
  return match && !ctx.inMention[i] ? match.end : null;
}

/** Where the person's name begins in a span ("Japan's former prime minister Yoshimasa Hayashi"); its end for a bare title. */
function nameStart(ctx: Context, start: number, end: number): number {
  const last = ctx.mentionAt[end - 1];
  if (last < 0) return end;
  let i = end - 1;
  while (i > start && ctx.mentionAt[i - 1] === last) i--;
  return i;
}

/** True when a span of the actor carries a word saying the role has ended ("the former president"). */
export function heldFormerly(ctx: Context, actor: Actor): boolean {
  return actor.spans.some((span) => tenureWordOfTitle(ctx, span.start, nameStart(ctx, span.start, span.end))?.bound === 'ended');
}

/**
 * A tenure word before the title in [start - 2, name) ("former prime minister X", "Japan's former
 * prime minister X"); a word with no title after it is about something else ("a former Clinton
 * administration adviser").
 */
function tenureWordOfTitle(ctx: Context, start: number, name: number): TenureWord | null {
  return tenureTitle(ctx, start, name)?.word ?? null;
}

/** The tenure word before a title in [start - 2, name) and the role of that title. */
function tenureTitle(ctx: Context, start: number, name: number): { word: TenureWord; role: string } | null {
  for (let at = Math.max(0, start - 2); at < name; at++) {
    const match = ctx.inMention[at] ? null : tenureWords.matchAt(ctx.doc, at, name);
    if (!match) continue;
    for (let j = match.end; j < name; j++) {
      const title = ctx.lex.titles.matchAt(ctx.doc, j, name);
      if (title) return { word: match.value, role: title.value.role };
    }
    return null;
  }
  return null;
}

/** The calendar value of the timex that starts at token i, else null. */
function dateAt(doc: Doc, i: number): { value: string; end: number } | null {
  const timex = doc.timexes.find((t) => t.start === i);
  const value = timex ? calendarValue(timex) : null;
  return timex && value ? { value, end: timex.end } : null;
}

/** "from 2012 to 2020", "between 2006 and 2007", "in 2012-2020" starting at token i. */
function rangeAt(doc: Doc, i: number): { from: string; to: string } | null {
  if (!RANGE_OPENERS.has(doc.tokens[i]?.text.toLowerCase())) return null;
  const first = dateAt(doc, i + 1);
  if (!first || !RANGE_JOINERS.has(doc.tokens[first.end]?.text.toLowerCase())) return null;
  const second = dateAt(doc, first.end + 1);
  return second ? { from: first.value, to: second.value } : null;
}

/** The first calendar date (or stated range) in [start, limit), not past a clause break. */
function dateAfter(doc: Doc, start: number, limit: number): { from?: string; to?: string; value?: string; since?: boolean } | null {
  for (let i = start; i < limit; i++) {
    if (/^[;:()"“”]$/.test(doc.tokens[i].text)) return null;
    const range = rangeAt(doc, i);
    if (range) return range;
    const date = dateAt(doc, i);
    if (date) return { value: date.value, since: i > 0 && doc.tokens[i - 1].text.toLowerCase() === 'since' };
  }
  return null;
}

/** Set a stated date unless the text already stated that end of the role. */
function state(actor: Actor, side: 'from' | 'to', value: string, rule: string): void {
  if (side === 'from' && actor.roleFrom === undefined) actor.roleFrom = value;
  else if (side === 'to' && actor.roleTo === undefined) actor.roleTo = value;
  else return;
  actor.roleRules = [...(actor.roleRules ?? []), rule];
}

/** "former", "outgoing", "new" … in or just before a span of the person, before their name. */
function readTenureWord(ctx: Context, actor: Actor, start: number, end: number): void {
  // "UN envoy, former Kenyan prime minister, X": a word after the first title is about another role
  let name = nameStart(ctx, start, end);
  for (let i = start; i < name; i++) if (ctx.doc.tokens[i].text === ',') name = i;
  const found = tenureTitle(ctx, start, name);
  if (!found) return;
  // "Wanjiru, a former trade minister": the bound is of another office than the role read
  if (actor.role !== null && officeOf(found.role) !== officeOf(actor.role)) return;
  const { bound, id } = found.word;
  if (bound === 'ended') bind(actor, 'to', { kind: 'before', date: ctx.reference }, id);
  else if (bound === 'ending') bind(actor, 'to', { kind: 'after', date: ctx.reference }, id);
  else if (bound === 'began') bind(actor, 'from', { kind: 'before', date: ctx.reference }, id);
  else if (bound === 'beginning') bind(actor, 'from', { kind: 'after', date: ctx.reference }, id);
}

/** Bound a side of the role the text states no date for ("former" → ended before the article date). */
function bind(actor: Actor, side: 'from' | 'to', bound: RoleBound, rule: string): void {
  if (side === 'from' && actor.roleFrom === undefined && !actor.roleFromBound) actor.roleFromBound = bound;
  else if (side === 'to' && actor.roleTo === undefined && !actor.roleToBound) actor.roleToBound = bound;
  else return;
  actor.roleRules = [...(actor.roleRules ?? []), rule];
}

/** The tenure verb that starts at token i, with the token after it. */
function verbAt(doc: Doc, i: number, limit: number): { verb: TenureVerb; end: number } | null {
  const words = doc.tokens.slice(i, Math.min(limit, i + 8)).map((t) => t.text.toLowerCase());
  const text = words.join(' ');
  for (const verb of TENURE_VERBS) {
    const match = verb.pattern.exec(text);
    if (match) return { verb, end: i + match[0].split(' ').length };
  }
  return null;
}

/** A tenure verb after the person ("…, who took office in 2019") and the date it states. */
function readTenureVerb(ctx: Context, actor: Actor, after: number): void {
  const { doc } = ctx;
  const sentence = doc.sentences[doc.sentenceOf(Math.max(0, after - 1))];
  let i = after;
  while (i < sentence.end && i < after + VERB_REACH && SUBJECT_GAP_WORDS.has(doc.tokens[i].text.toLowerCase())) i++;
  const found = verbAt(doc, i, sentence.end);
  if (!found) return;
  const { verb, end } = found;
  let dateStart = end;
  // "resigned as chief executive": an ending dates only the role it names
  if (actor.role !== null && doc.tokens[end]?.text === 'as') {
    const named = titleWithin(ctx, end + 1, Math.min(sentence.end, end + 4));
    if (named && officeOf(named.role) !== officeOf(actor.role)) return;
  }
  let title: ReturnType<typeof titleWithin> = null;
  if (verb.needsTitle || actor.role === null) {
    title = titleWithin(ctx, end, Math.min(sentence.end, end + TITLE_REACH));
    if (!title && verb.needsTitle) return;
    // "X, the finance minister, became prime minister": the dates are another role's
    if (title && actor.role !== null && officeOf(actor.role) !== officeOf(title.role)) return;
    if (title) dateStart = title.end;
  }
  const date = dateAfter(doc, Math.min(end, dateStart), Math.min(sentence.end, dateStart + DATE_REACH));
  if (!date || (verb.rangeOnly && !date.from && !(verb.sinceCounts && date.since))) return;
  // "X was sworn in on Monday as defence minister": the role the dates are for
  if (title && actor.role === null) {
    actor.role = title.role;
    actor.sector ??= title.sector;
    actor.country ??= title.country;
  }
  if (date.value) state(actor, verb.side, date.value, verb.id);
  if (date.from) state(actor, 'from', date.from, verb.id);
  if (date.to) state(actor, 'to', date.to, verb.id);
}

/** The first title starting in [start, limit) ("as Norway's defence minister"), with the country before it. */
function titleWithin(ctx: Context, start: number, limit: number): { role: string; sector: string; country: string | null; start: number; end: number } | null {
  const sentenceEnd = ctx.doc.sentences[ctx.doc.sentenceOf(start)].end;
  for (let i = start; i < limit; i++) {
    const match = ctx.lex.titles.matchAt(ctx.doc, i, sentenceEnd);
    if (!match || match.value.honorific || match.value.plural) continue;
    const country = modifierBefore(ctx, i)?.country ?? null;
    return { role: match.value.role, sector: match.value.sector, country, start: i, end: match.end };
  }
  return null;
}

/** The person's own title in an appositive after the name: "X, Japan's outgoing prime minister, ...". */
function appositiveTitle(ctx: Context, actor: Actor, after: number): { start: number; end: number } | null {
  const { doc } = ctx;
  if (doc.tokens[after]?.text !== ',' || actor.role === null) return null;
  const sentence = doc.sentences[doc.sentenceOf(after)];
  const title = titleWithin(ctx, after + 1, Math.min(sentence.end, after + 1 + TITLE_REACH));
  if (!title || officeOf(actor.role) !== officeOf(title.role)) return null;
  return appositiveGap(ctx, after + 1, title.start) ? title : null;
}

/** Only words of an appositive before its title ("the", "Norway's", "former"); "X, met outgoing Minister Y" is a clause. */
function appositiveGap(ctx: Context, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (ctx.inMention[i] || /^(?:the|a|an|'s|’s|')$/i.test(ctx.doc.tokens[i].text)) continue;
    const after = tenureWordAt(ctx, i);
    if (after === null || after > end) return false;
    i = after - 1;
  }
  return true;
}

/** "X, prime minister from 2012 to 2020", "X, president since 2014": a stated span or start right after the person's title. */
function readRangeAfter(ctx: Context, actor: Actor, after: number): void {
  const { doc } = ctx;
  const title = appositiveTitle(ctx, actor, after);
  if (!title) return;
  const range = rangeAt(doc, title.end);
  if (range) {
    state(actor, 'from', range.from, 'tenure.title-range');
    state(actor, 'to', range.to, 'tenure.title-range');
  } else if (doc.tokens[title.end]?.text.toLowerCase() === 'since') {
    const since = dateAt(doc, title.end + 1);
    if (since) state(actor, 'from', since.value, 'tenure.title-since');
  }
}

/** "He took office in 2019": a he/she subject refers to the person named last before it. */
function pronounSubjects(ctx: Context): { actor: Actor; after: number }[] {
  const { doc } = ctx;
  const found: { actor: Actor; after: number }[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!/^(?:he|she)$/i.test(doc.tokens[i].text)) continue;
    let latest: { actor: Actor; end: number } | null = null;
    for (const actor of ctx.table.actors) {
      if (actor.kind !== 'person') continue;
      for (const s of actor.spans) if (s.end <= i && (!latest || s.end > latest.end)) latest = { actor, end: s.end };
    }
    if (latest && doc.sentenceOf(i) - doc.sentenceOf(latest.end - 1) <= 2) found.push({ actor: latest.actor, after: i + 1 });
  }
  return found;
}

/** Read the stated dates of every person's role (actor.roleFrom / roleTo / roleRules). */
export function readStatedTenure(ctx: Context): void {
  if (ctx.doc.sentences.length === 0) return;
  for (const actor of ctx.table.actors) {
    if (actor.kind !== 'person') continue;
    for (const span of actor.spans) {
      if (span.end <= span.start) continue;
      readTenureVerb(ctx, actor, span.end);
      readRangeAfter(ctx, actor, span.end);
    }
  }
  for (const { actor, after } of pronounSubjects(ctx)) readTenureVerb(ctx, actor, after);
  // words last: a date the text states wins over the article date a word bounds the role by
  for (const actor of ctx.table.actors) {
    if (actor.kind !== 'person' || actor.role === null) continue;
    for (const span of actor.spans) {
      readTenureWord(ctx, actor, span.start, span.end);
      // "X, the outgoing foreign minister,": the word in the appositive title
      const title = appositiveTitle(ctx, actor, span.end);
      if (title) readTenureWord(ctx, actor, span.end + 1, title.end);
    }
  }
}
