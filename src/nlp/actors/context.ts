// Shared state of actor linking: the actor table (one actor per id), the per-document context,
// and the readers of country modifiers ("Japanese", "Iraq's", "of Japan") that every linker uses.
import type { Actor, ActorKind, Doc, Mention, TokenRange } from '../doc.js';
import { lookup, type CountryInfo, type KbEntry, type KnowledgeBase } from './kb.js';
import { kbMatchAt } from './mentions.js';
import { lookupRange, PhraseTable, tokenKey } from './phrases.js';
import { GROUPS, TITLES, type GroupEntry, type TitleEntry } from './locales/en/roles.js';

export interface ActorLexicons {
  kb: KnowledgeBase;
  titles: PhraseTable<TitleEntry>;
  groups: PhraseTable<GroupEntry>;
}

export function buildActorLexicons(kb: KnowledgeBase): ActorLexicons {
  return {
    kb,
    titles: new PhraseTable(TITLES.map((t) => [t.words, t])),
    groups: new PhraseTable(GROUPS.map((g) => [g.words, g])),
  };
}

/** An actor as first seen: everything but the spans and aliases gathered later. */
export type ActorSeed = Omit<Actor, 'aliases' | 'spans'>;

/** Doc actors under construction, merged by id. */
export class ActorTable {
  readonly actors: Actor[] = [];
  private readonly byId = new Map<string, number>();

  constructor(private readonly doc: Doc) {}

  ensure(seed: ActorSeed): number {
    const known = this.byId.get(seed.id);
    if (known !== undefined) {
      const a = this.actors[known];
      a.country ??= seed.country;
      a.sector ??= seed.sector;
      a.role ??= seed.role;
      return known;
    }
    const actor: Actor = { ...seed, aliases: [], spans: [] };
    if (seed.kb === undefined) delete actor.kb;
    this.actors.push(actor);
    this.byId.set(seed.id, this.actors.length - 1);
    return this.actors.length - 1;
  }

  indexOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  addSpan(index: number, range: TokenRange): void {
    const actor = this.actors[index];
    if (actor.spans.some((s) => s.start === range.start && s.end === range.end)) return;
    actor.spans.push({ start: range.start, end: range.end });
    const text = this.doc.spanText(range);
    if (text !== actor.name && !actor.aliases.includes(text)) actor.aliases.push(text);
  }
}

export interface Context {
  doc: Doc;
  lex: ActorLexicons;
  reference: string;
  table: ActorTable;
  /** per token: the actor a mention there links to (-1 none) */
  tokenActor: Int32Array;
  /** per token: covered by a mention */
  inMention: Uint8Array;
  /** per token: the mention covering it (-1 none) */
  mentionAt: Int32Array;
  focus: string | null;
  /** the country where the story happens ("in southern Iraq"), for domestic bodies; else `focus` */
  home: string | null;
}

export function countryActor(ctx: Context, info: CountryInfo): number {
  return ctx.table.ensure({ id: info.id, name: info.name, kind: 'country', country: info.code, sector: 'GOV', role: null, kb: info.id });
}

export function kbEntryActor(ctx: Context, entry: KbEntry): number | null {
  if (entry.form === 'country' || entry.form === 'seat') {
    const info = entry.country ? ctx.lex.kb.countries.get(entry.country) : undefined;
    return info ? countryActor(ctx, info) : null;
  }
  if (entry.form === 'organization') {
    return ctx.table.ensure({ id: entry.id, name: entry.name, kind: 'organization', country: entry.country, sector: entry.sector, role: null, kb: entry.id });
  }
  return null;
}

/** The country a modifier at [start,end) names: a demonym, country or capital, with or without "'s". */
export function countryOfModifier(ctx: Context, start: number, end: number): CountryInfo | null {
  const entries = lookupRange(ctx.lex.kb, ctx.doc, start, end);
  const e = entries.find((x) => x.form === 'demonym' || x.form === 'country' || x.form === 'seat');
  return e?.country ? ctx.lex.kb.countries.get(e.country) ?? null : null;
}

/** False when a longer mention runs over [start, stop) ("Jersey" inside "New Jersey"). */
export function wholeMention(ctx: Context, start: number, stop: number): boolean {
  const k = ctx.mentionAt[start];
  const j = ctx.mentionAt[stop - 1];
  if (k < 0 && j < 0) return true;
  if (k !== j) return false;
  const m = ctx.doc.mentions[k];
  return m.start === start && m.end === stop;
}

/** A country (or organisation) modifier ending right before token `end`: "Japanese", "Iraq 's", "US", "Huawei". */
export function modifierBefore(ctx: Context, end: number): { start: number; country: string | null; sector: string | null; actor: number | null } | null {
  let stop = end;
  if (stop > 0 && /^(?:'s|’s|')$/.test(ctx.doc.tokens[stop - 1].text)) stop--;
  // "Popular Liberation Front (PLF) spokesman": the short form in brackets is the body's own
  if (stop >= 4 && ctx.doc.tokens[stop - 1].text === ')' && ctx.doc.tokens[stop - 3].text === '(' &&
    ctx.tokenActor[stop - 2] >= 0 && ctx.tokenActor[stop - 2] === ctx.tokenActor[stop - 4]) stop -= 3;
  for (let start = Math.max(0, stop - ctx.lex.kb.maxTokens); start < stop; start++) {
    if (!wholeMention(ctx, start, stop)) continue;
    // "an anti-Syria journalist", "pro-Moscow militias": a stance towards the country, not its nationality
    if (start >= 2 && ctx.doc.tokens[start - 1].text === '-' && /^(?:anti|pro)$/i.test(ctx.doc.tokens[start - 2].text)) return null;
    const entries = lookupRange(ctx.lex.kb, ctx.doc, start, stop);
    const e = entries.find((x) => x.form === 'demonym' || x.form === 'country' || x.form === 'seat' || x.kind === 'organization');
    if (!e) continue;
    if (e.kind === 'organization') {
      return { start, country: e.country, sector: e.sector, actor: kbEntryActor(ctx, { ...e, form: 'organization' }) };
    }
    return { start, country: e.country, sector: null, actor: null };
  }
  // "the country's foreign minister": the country named last
  if (stop < end && stop >= 2 && /^(?:country|nation)$/i.test(ctx.doc.tokens[stop - 1].text) && /^the$/i.test(ctx.doc.tokens[stop - 2].text)) {
    const last = quotedSubjectCountry(ctx, stop - 2) ?? actorsBefore(ctx, stop - 2).map((i) => ctx.table.actors[i])
      .find((a) => a.kind === 'country' && namedAsCountry(ctx, a, stop - 2));
    if (last) return { start: stop - 2, country: last.country, sector: null, actor: null };
  }
  const leader = leaderBefore(ctx, stop, end);
  if (leader) return leader;
  // an unknown organisation mention: "TPLF spokesperson"; a person's: "Castro's government"
  const before = stop - 1;
  if (before >= 0 && ctx.tokenActor[before] >= 0) {
    const a = ctx.table.actors[ctx.tokenActor[before]];
    if (a.kind === 'person' && stop < end && a.country) {
      let start = before;
      while (start > 0 && ctx.tokenActor[start - 1] === ctx.tokenActor[before]) start--;
      return { start, country: a.country, sector: null, actor: null };
    }
    if (a.kind === 'organization') {
      let start = before;
      while (start > 0 && ctx.tokenActor[start - 1] === ctx.tokenActor[before]) start--;
      return { start, country: a.country, sector: a.sector, actor: ctx.tokenActor[before] };
    }
  }
  return null;
}

/** Offices whose holder gives a government its name ("the Bush administration", "the Erdogan government"). */
const LEADING_OFFICE = /^(?:President|Prime Minister|Premier|Chancellor|King|Emir|Supreme Leader)$/;
const GOVERNMENT_NOUN = /^(?:administration|government|regime|cabinet)$/i;

/**
 * "the Bush administration", "the Erdogan government": a surname before a government
 * noun names the government its holder led, when every head of state or government of that name in
 * the office-holder table led the same country (both Bushes: USA), whatever the article date.
 */
function leaderBefore(ctx: Context, stop: number, end: number): { start: number; country: string; sector: null; actor: null } | null {
  const { doc } = ctx;
  if (!GOVERNMENT_NOUN.test(doc.tokens[end]?.text ?? '') || stop < 1) return null;
  const m = doc.mentions[ctx.mentionAt[stop - 1]];
  if (!m || m.type !== 'PER' || m.end !== stop) return null;
  const key = tokenKey(doc, m.start, m.end);
  const ids = new Set([...lookup(ctx.lex.kb, key), ...ctx.lex.kb.byName.get(key) ?? []].filter((e) => e.form === 'person').map((e) => e.id));
  const countries = new Set<string>();
  for (const id of ids) {
    for (const term of ctx.lex.kb.persons.get(id)?.terms ?? []) if (LEADING_OFFICE.test(term.role)) countries.add(term.country);
  }
  if (countries.size !== 1) return null;
  return { start: m.start, country: [...countries][0], sector: null, actor: null };
}

/**
 * True when a span of the country before token `before` names it as a country ("Italy", "Italian"),
 * not only a city in it: "announced in Rome ... the country's southern states" is not Italy.
 */
export function namedAsCountry(ctx: Context, a: Actor, before: number): boolean {
  return a.spans.some((sp) => sp.end <= before
    && lookupRange(ctx.lex.kb, ctx.doc, sp.start, sp.end).some((e) => e.form === 'country' || e.form === 'demonym'));
}

/**
 * '"Maldives is happy to receive ... India stands by our side," the country's foreign minister
 * said': after a quote, "the country" is the first country the quote names (its speaker's), not the last.
 */
function quotedSubjectCountry(ctx: Context, the: number): Actor | null {
  const { doc } = ctx;
  let close = the - 1;
  if (close >= 0 && doc.tokens[close].text === ',') close--;
  if (close < 0 || !/^(?:"|”|'')$/.test(doc.tokens[close].text)) return null;
  let open = close - 1;
  while (open >= 0 && close - open < 200 && !/^(?:"|“|``)$/.test(doc.tokens[open].text)) open--;
  if (open < 0 || close - open >= 200) return null;
  let first: { at: number; actor: Actor } | null = null;
  for (const a of ctx.table.actors) {
    if (a.kind !== 'country') continue;
    for (const sp of a.spans) if (sp.start > open && sp.end <= close && (!first || sp.start < first.at)) first = { at: sp.start, actor: a };
  }
  return first?.actor ?? null;
}

/** "of Japan" / "of the United States" at token `of`. */
export function countryAfterOf(ctx: Context, of: number): { country: string; end: number } | null {
  let i = of + 1;
  if (i < ctx.doc.tokens.length && /^the$/i.test(ctx.doc.tokens[i].text)) i++;
  const m = kbMatchAt(ctx.doc, ctx.lex.kb, i);
  // "the chief of Israel's militia ally": an ally of the country is another party
  if (m && /^(?:'s|’s)$/.test(ctx.doc.tokens[m.end]?.text ?? '')
    && ctx.doc.tokens.slice(m.end + 1, m.end + 4).some((t) => /^(?:ally|allies|proxy|proxies)$/i.test(t.text))) return null;
  if (m && (m.entry.form === 'country' || m.entry.form === 'seat') && m.entry.country) return { country: m.entry.country, end: m.end };
  return null;
}

export function link(ctx: Context, m: Mention, index: number): void {
  m.actor = index;
  ctx.table.addSpan(index, m);
  for (let i = m.start; i < m.end; i++) ctx.tokenActor[i] = index;
}

/** Actor indices whose latest span ends before token `before`, most recent first. */
export function actorsBefore(ctx: Context, before: number): number[] {
  const last = ctx.table.actors.map((a, i) => ({ i, end: Math.max(-1, ...a.spans.filter((s) => s.end <= before).map((s) => s.end)) }));
  return last.filter((x) => x.end >= 0).sort((a, b) => b.end - a.end).map((x) => x.i);
}

export function inTimex(doc: Doc, i: number): boolean {
  return doc.timexes.some((t) => t.start <= i && i < t.end) || /^(?:today|yesterday|tonight|tomorrow)$/i.test(doc.tokens[i].text);
}

/** "US $50 million", "Hong Kong dollars": a country naming a currency is no actor. */
export function namesCurrency(doc: Doc, m: TokenRange): boolean {
  return /^(?:\$|dollars?|cents?)$/.test(doc.tokens[m.end]?.text ?? '');
}

/** The country the document is mostly about: most mentioned (country, capital, demonym), first on ties. */
export function focusCountry(doc: Doc, kb: KnowledgeBase): string | null {
  const counts = countryCounts(doc, kb);
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, n] of counts) if (n > bestCount) { best = code; bestCount = n; }
  return best;
}

/** How often the document names each country (country, capital, demonym; cities when it names no country). */
function countryCounts(doc: Doc, kb: KnowledgeBase): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of doc.mentions) {
    if (m.type !== 'LOC' && m.type !== 'MISC') continue;
    // "ethnic Albanians" names a people, not the country the story is about
    if (m.start > 0 && /^ethnic$/i.test(doc.tokens[m.start - 1].text)) continue;
    if (namesCurrency(doc, m)) continue;
    const e = lookupRange(kb, doc, m.start, m.end).find((x) => ['country', 'seat', 'demonym'].includes(x.form));
    if (e?.country) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
  }
  // "President Laurent Gbagbo ... the curfew in Abidjan": with no country named, the cities the story names
  if (counts.size === 0) {
    for (const m of doc.mentions) {
      if (m.type !== 'LOC') continue;
      const e = lookupRange(kb, doc, m.start, m.end).find((x) => x.form === 'place');
      if (e?.country && e.country.length === 3) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
    }
  }
  return counts;
}

const SCENE_WORDS = /^(?:southern|northern|eastern|western|central|south|north|east|west|the|rural|remote|neighbouring|neighboring)$/i;

/**
 * The country the story happens in: the one its locative phrases name most ("kidnapped in southern
 * Iraq", "a desert in Iraq's south"), when the story also names it otherwise (a demonym, a
 * possessive); a meeting place named only as a place ("talks in Geneva") is no home.
 */
export function sceneCountry(doc: Doc, kb: KnowledgeBase): string | null {
  const counts = new Map<string, number>();
  const namedOtherwise = new Set<string>();
  for (const m of doc.mentions) {
    if (m.type !== 'LOC' && m.type !== 'MISC') continue;
    const e = lookupRange(kb, doc, m.start, m.end).find((x) => ['country', 'seat', 'demonym', 'place'].includes(x.form));
    if (!e?.country || e.country.length !== 3) continue;
    let j = m.start - 1;
    while (j >= 0 && m.start - j <= 2 && SCENE_WORDS.test(doc.tokens[j].text)) j--;
    const locative = j >= 0 && /^(?:in|inside)$/i.test(doc.tokens[j].text) && e.form !== 'demonym';
    if (locative) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
    else if (e.form !== 'place') namedOtherwise.add(e.country);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, n] of counts) if (n > bestCount && namedOtherwise.has(code)) { best = code; bestCount = n; }
  return bestCount >= 2 ? best : null;
}
