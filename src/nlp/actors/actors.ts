// Actors of a document: one per real person or body, linked from mentions (knowledge base or
// name), title phrases ("Japanese Foreign Minister ..."), nominal phrases ("the foreign
// ministry", "Colombian police", "rebels") and references back ("the ministry", "the two
// officials", "they" after "A and B"). Spans of one actor are every token range that refers to it.
import type { Actor, ActorKind, Doc, Mention, TokenRange } from '../doc.js';
import {
  lookup, officeHolder, officeOf, slug, termOn, type CountryInfo, type KbEntry, type KbPerson, type KnowledgeBase,
} from './kb.js';
import { kbMatchAt } from './mentions.js';
import { PhraseTable, tokenKey } from './phrases.js';
import { GROUPS, NOT_GROUP_NOUNS, NOUN_SECTORS, PAIR_NOUNS, TITLES, type GroupEntry, type TitleEntry } from './locales/en/roles.js';

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

interface ActorSeed {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  sector: string | null;
  role: string | null;
  kb?: string;
}

/** Doc actors under construction, merged by id. */
class ActorTable {
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

interface Context {
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
}

function countryActor(ctx: Context, info: CountryInfo): number {
  return ctx.table.ensure({ id: info.id, name: info.name, kind: 'country', country: info.code, sector: 'GOV', role: null });
}

function kbEntryActor(ctx: Context, entry: KbEntry): number | null {
  if (entry.form === 'country' || entry.form === 'seat') {
    const info = entry.country ? ctx.lex.kb.countries.get(entry.country) : undefined;
    return info ? countryActor(ctx, info) : null;
  }
  if (entry.form === 'organisation') {
    return ctx.table.ensure({ id: entry.id, name: entry.name, kind: 'organisation', country: entry.country, sector: entry.sector, role: null, kb: entry.id });
  }
  return null;
}

/** The country a modifier at [start,end) names: a demonym, country or capital, with or without "'s". */
function countryOfModifier(ctx: Context, start: number, end: number): CountryInfo | null {
  const entries = lookup(ctx.lex.kb, tokenKey(ctx.doc, start, end));
  const e = entries.find((x) => x.form === 'demonym' || x.form === 'country' || x.form === 'seat');
  return e?.country ? ctx.lex.kb.countries.get(e.country) ?? null : null;
}

/** False when a longer mention runs over [start, stop) ("Jersey" inside "New Jersey"). */
function wholeMention(ctx: Context, start: number, stop: number): boolean {
  const k = ctx.mentionAt[start];
  const j = ctx.mentionAt[stop - 1];
  if (k < 0 && j < 0) return true;
  if (k !== j) return false;
  const m = ctx.doc.mentions[k];
  return m.start === start && m.end === stop;
}

/** A country (or organisation) modifier ending right before token `end`: "Japanese", "Iraq 's", "US", "Huawei". */
function modifierBefore(ctx: Context, end: number): { start: number; country: string | null; sector: string | null; actor: number | null } | null {
  let stop = end;
  if (stop > 0 && /^(?:'s|’s|')$/.test(ctx.doc.tokens[stop - 1].text)) stop--;
  for (let start = Math.max(0, stop - ctx.lex.kb.maxTokens); start < stop; start++) {
    if (!wholeMention(ctx, start, stop)) continue;
    const entries = lookup(ctx.lex.kb, tokenKey(ctx.doc, start, stop));
    const e = entries.find((x) => x.form === 'demonym' || x.form === 'country' || x.form === 'seat' || x.kind === 'organisation');
    if (!e) continue;
    if (e.kind === 'organisation') {
      return { start, country: e.country, sector: e.sector, actor: kbEntryActor(ctx, { ...e, form: 'organisation' }) };
    }
    return { start, country: e.country, sector: null, actor: null };
  }
  // "the country's foreign minister": the country named last
  if (stop < end && stop >= 2 && /^(?:country|nation)$/i.test(ctx.doc.tokens[stop - 1].text) && /^the$/i.test(ctx.doc.tokens[stop - 2].text)) {
    const last = actorsBefore(ctx, stop - 2).map((i) => ctx.table.actors[i]).find((a) => a.kind === 'country');
    if (last) return { start: stop - 2, country: last.country, sector: null, actor: null };
  }
  // an unknown organisation mention: "TPLF spokesperson"; a person's: "Castro's government"
  const before = stop - 1;
  if (before >= 0 && ctx.tokenActor[before] >= 0) {
    const a = ctx.table.actors[ctx.tokenActor[before]];
    if (a.kind === 'person' && stop < end && a.country) {
      let start = before;
      while (start > 0 && ctx.tokenActor[start - 1] === ctx.tokenActor[before]) start--;
      return { start, country: a.country, sector: null, actor: null };
    }
    if (a.kind === 'organisation') {
      let start = before;
      while (start > 0 && ctx.tokenActor[start - 1] === ctx.tokenActor[before]) start--;
      return { start, country: a.country, sector: a.sector, actor: ctx.tokenActor[before] };
    }
  }
  return null;
}

interface TitlePhrase {
  start: number;
  end: number;
  title: TitleEntry;
  country: string | null;
  sector: string;
}

/** A title phrase ending right before `end`: "Japanese Foreign Minister", "US Secretary of State", "Huawei chief financial officer". */
function titleBefore(ctx: Context, end: number): TitlePhrase | null {
  // "Canada's ambassador to the US, David MacNaughton": skip the destination
  const dest = destinationBefore(ctx, end);
  if (dest !== null) {
    const inner = titleBefore(ctx, dest);
    if (inner) return { ...inner, end };
  }
  let stop = end;
  // honorifics between title and name: "President Mr X" is rare; "Mr" alone gives no role
  const match = ctx.lex.titles.matchEndingAt(ctx.doc, stop);
  if (!match) return null;
  const title = match.value;
  if (title.honorific) {
    const inner = titleBefore(ctx, match.start);
    return inner ? { ...inner, end } : null;
  }
  stop = match.start;
  // "U.S. Surgeon General", "Ghana's Foreign Affairs Minister": capitalised words between country and title
  let mod = modifierBefore(ctx, stop);
  for (let k = 1; !mod && k <= 2 && stop - k > 0; k++) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(ctx.doc.tokens[stop - k].text) || ctx.inMention[stop - k]) break;
    mod = modifierBefore(ctx, stop - k);
  }
  const sector = mod?.sector && mod.sector !== 'GOV' && title.sector === 'GOV' ? mod.sector : title.sector;
  return { start: mod ? mod.start : match.start, end, title, country: mod?.country ?? null, sector };
}

/** Start of "to (the) <country>" ending at `end` (after an ambassador or envoy title), else null. */
function destinationBefore(ctx: Context, end: number): number | null {
  const { doc } = ctx;
  for (let s = Math.max(0, end - 5); s < end - 1; s++) {
    if (doc.tokens[s].text !== 'to') continue;
    let i = s + 1;
    if (/^the$/i.test(doc.tokens[i].text)) i++;
    const m = kbMatchAt(doc, ctx.lex.kb, i, end);
    if (m && m.end === end && ['country', 'seat', 'organisation'].includes(m.entry.form)) return s;
  }
  return null;
}

/** An appositive title after a name: "X, Iran's foreign minister," / "X, the foreign minister of Iran". */
function titleAfter(ctx: Context, end: number): TitlePhrase | null {
  const { doc } = ctx;
  if (end >= doc.tokens.length || doc.tokens[end].text !== ',') return null;
  let i = end + 1;
  if (i < doc.tokens.length && /^(?:the|a|an)$/i.test(doc.tokens[i].text)) i++;
  let country: string | null = null;
  let sector: string | null = null;
  const lead = kbMatchAt(doc, ctx.lex.kb, i);
  if (lead && ['demonym', 'country', 'seat', 'organisation'].includes(lead.entry.form)) {
    country = lead.entry.country;
    if (lead.entry.form === 'organisation') sector = lead.entry.sector;
    i = lead.end;
    if (i < doc.tokens.length && /^(?:'s|’s)$/.test(doc.tokens[i].text)) i++;
  }
  const match = ctx.lex.titles.matchAt(doc, i);
  if (!match || match.value.honorific) return null;
  // "Zelenskyy, French president Emmanuel Macron, ...": a title followed by a name starts the next list item
  if (match.end < doc.tokens.length && /^\p{Lu}/u.test(doc.tokens[match.end].text) && doc.tokens[match.end].text !== 'of') return null;
  let stop = match.end;
  if (country === null && stop + 1 < doc.tokens.length && /^(?:of|to)$/.test(doc.tokens[stop].text) && doc.tokens[stop].text === 'of') {
    const info = countryAfterOf(ctx, stop);
    if (info) {
      country = info.country;
      stop = info.end;
    }
  }
  const resolvedSector = sector && sector !== 'GOV' && match.value.sector === 'GOV' ? sector : match.value.sector;
  return { start: end + 1, end: stop, title: match.value, country, sector: resolvedSector };
}

/** "of Japan" / "of the United States" at token `of`. */
function countryAfterOf(ctx: Context, of: number): { country: string; end: number } | null {
  let i = of + 1;
  if (i < ctx.doc.tokens.length && /^the$/i.test(ctx.doc.tokens[i].text)) i++;
  const m = kbMatchAt(ctx.doc, ctx.lex.kb, i);
  if (m && (m.entry.form === 'country' || m.entry.form === 'seat') && m.entry.country) return { country: m.entry.country, end: m.end };
  return null;
}

function personSeed(ctx: Context, name: string, kbPerson: KbPerson | null, title: TitlePhrase | null): ActorSeed {
  const term = kbPerson ? termOn(kbPerson, ctx.reference) : null;
  const role = title ? title.title.role : term?.role ?? null;
  const country = title?.country ?? term?.country ?? null;
  const sector = title ? title.sector : term ? (term.country.length === 3 ? 'GOV' : 'IGO') : null;
  return {
    id: kbPerson?.id ?? slug(name), name: kbPerson?.name ?? name, kind: 'person', country, sector, role,
    ...(kbPerson ? { kb: kbPerson.id } : {}),
  };
}

function kbPersonFor(ctx: Context, key: string, multiWord: boolean): KbPerson | null {
  const entries = lookup(ctx.lex.kb, key).filter((e) => e.form === 'person');
  if (entries.length !== 1) return null;
  // a bare surname links only when one office-holder has it
  if (!multiWord && [...ctx.lex.kb.byName.get(key) ?? []].filter((e) => e.form === 'person').length !== 1) return null;
  return ctx.lex.kb.persons.get(entries[0].id) ?? null;
}

/** Link person mentions: full names first, then short forms to the full name that contains them. */
function linkPersons(ctx: Context, mentions: Mention[]): void {
  const persons = mentions.filter((m) => m.type === 'PER');
  const full = persons.filter((m) => m.end - m.start >= 2);
  const short = persons.filter((m) => m.end - m.start < 2);
  for (const m of [...full, ...short]) {
    const { doc } = ctx;
    const name = doc.spanText(m);
    const key = tokenKey(doc, m.start, m.end);
    let index: number | undefined;
    if (m.end - m.start < 2) index = sameNameActor(ctx, doc.tokens[m.start].text);
    const comma = m.start > 0 && doc.tokens[m.start - 1].text === ',';
    const title = titleBefore(ctx, m.start) ?? (comma ? titleBefore(ctx, m.start - 1) : null) ?? titleAfter(ctx, m.end);
    if (index === undefined) {
      const kbPerson = kbPersonFor(ctx, key, m.end - m.start >= 2);
      index = ctx.table.ensure(personSeed(ctx, name, kbPerson, title));
    }
    const actor = ctx.table.actors[index];
    // "Russian dissident Ilya Yashin": a demonym before descriptive words gives the country
    if (!title && !actor.country) actor.country = descriptorCountry(ctx, m.start);
    if (title) {
      // the title in the text is the better evidence for this document
      actor.role = title.title.role;
      actor.sector = title.sector;
      if (title.country) actor.country = title.country;
      if (title.start < m.start) ctx.table.addSpan(index, { start: title.start, end: m.end });
    }
    link(ctx, m, index);
  }
}

/** A demonym or country up to three lowercase words before a name ("German mercenary", "Russian opposition politician"). */
function descriptorCountry(ctx: Context, start: number): string | null {
  const { doc } = ctx;
  let j = start;
  for (let k = 0; k < 3 && j > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(doc.tokens[j - 1].text); k++) {
    j--;
    const mod = modifierBefore(ctx, j);
    if (mod?.country && mod.actor === null) return mod.country;
  }
  return null;
}

/** A person actor whose name has this word as first or last name. */
function sameNameActor(ctx: Context, word: string): number | undefined {
  for (let i = ctx.table.actors.length - 1; i >= 0; i--) {
    const a = ctx.table.actors[i];
    if (a.kind !== 'person') continue;
    const parts = a.name.split(/\s+/);
    if (parts.length >= 2 && (parts[parts.length - 1] === word || parts[0] === word)) return i;
    if (a.aliases.some((alias) => alias === word)) return i;
  }
  // knowledge-base aliases ("Zelenskyy" for "Volodymyr Zelensky")
  for (let i = 0; i < ctx.table.actors.length; i++) {
    const a = ctx.table.actors[i];
    const person = a.kb ? ctx.lex.kb.persons.get(a.kb) : undefined;
    if (person?.aliases.includes(word)) return i;
  }
  return undefined;
}

function link(ctx: Context, m: Mention, index: number): void {
  m.actor = index;
  ctx.table.addSpan(index, m);
  for (let i = m.start; i < m.end; i++) ctx.tokenActor[i] = index;
}

const ORG_HEAD_SECTOR: [RegExp, string][] = [
  [/\b(?:Party|Coalition)$/, 'POL'],
  [/\b(?:Army|Navy|Forces|Force|Guard|Guards|Corps|Marines|Command)$/, 'MIL'],
  [/\b(?:Court|Tribunal)$/, 'JUD'],
  [/\b(?:Parliament|Congress|Senate|Assembly)$/, 'LEG'],
  [/\b(?:News|Times|Post|TV|Radio|Television|Journal|Agency)$/, 'MED'],
  [/\b(?:Ministry|Embassy|Consulate|Department|Office|Council|Commission|Committee|Government|Administration|Cabinet|Customs|Authority|Police|Service|Services|Bureau|Directorate)$/, 'GOV'],
];

/** Organisation, place and country mentions. */
function linkNames(ctx: Context, mentions: Mention[]): void {
  const { doc } = ctx;
  for (const m of mentions) {
    if (m.type === 'PER' || m.actor !== undefined) continue;
    const entries = lookup(ctx.lex.kb, tokenKey(doc, m.start, m.end));
    const entry = entries.find((e) => e.type === m.type) ?? entries[0];
    if (entry) {
      const index = kbEntryActor(ctx, entry);
      if (index !== null && !isDateline(doc, m)) link(ctx, m, index);
      continue;
    }
    if (m.type !== 'ORG') continue;
    const name = doc.spanText(m);
    // "Islamic Salvation Front (FIS)": the acronym in brackets is the body just named
    if (m.start >= 2 && doc.tokens[m.start - 1].text === '(' && ctx.tokenActor[m.start - 2] >= 0 && /^\p{Lu}[\p{Lu}\p{N}&.-]+$/u.test(name)) {
      link(ctx, m, ctx.tokenActor[m.start - 2]);
      continue;
    }
    const longer = m.end - m.start === 1 ? ctx.table.actors.findIndex((a) => a.kind === 'organisation' && a.name.split(' ').length > 1 && a.name.endsWith(` ${name}`)) : -1;
    if (longer >= 0) {
      link(ctx, m, longer);
      continue;
    }
    const lead = kbMatchAt(doc, ctx.lex.kb, m.start, m.end);
    let country: string | null = null;
    if (lead && lead.end < m.end && ['demonym', 'country', 'seat'].includes(lead.entry.form)) country = lead.entry.country;
    const ofAt = doc.words(m).lastIndexOf('of');
    if (!country && ofAt > 0) country = countryOfModifier(ctx, m.start + ofAt + 1, m.end)?.code ?? null;
    const group = ctx.lex.groups.matchEndingAt(doc, m.end, lead ? lead.end : m.start);
    const sector = group?.value.sector ?? ORG_HEAD_SECTOR.find(([re]) => re.test(name))?.[1] ?? null;
    const index = ctx.table.ensure({ id: slug(name), name, kind: 'organisation', country, sector, role: null });
    link(ctx, m, index);
  }
}

/** An all-capitals place opening the article ("BRUSSELS (AP) —") names where it was written, not an actor. */
function isDateline(doc: Doc, m: Mention): boolean {
  const text = doc.spanText(m);
  if (m.start > 2 || !/^[\p{Lu}\s.'-]+$/u.test(text) || text.replace(/[^\p{L}]/gu, '').length < 4) return false;
  const next = doc.tokens[m.end]?.text ?? '';
  return /^(?:,|\(|-|–|—|:)$/.test(next) || /^\p{Lu}{2,}$/u.test(next);
}

/** Nominal actor phrases from the group lexicon: "the foreign ministry", "Colombian police", "rebels". */
function linkNominals(ctx: Context): void {
  const { doc } = ctx;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (ctx.tokenActor[i] >= 0) continue;
    const match = ctx.lex.groups.matchAt(doc, i);
    if (!match || /^\p{Lu}/u.test(doc.tokens[i].text) && ctx.inMention[i]) continue;
    const end = match.end;
    const group = match.value;
    if (end < doc.tokens.length && isNounContinuation(doc, end)) continue; // "government sources", "police station"
    if (group.needsDeterminer && !hasDeterminerOrModifier(ctx, i)) continue;
    const resolved = resolveGroup(ctx, group, i, end);
    if (resolved) {
      const start = phraseStart(ctx, i);
      ctx.table.addSpan(resolved.index, { start, end: resolved.end });
      for (let k = i; k < resolved.end; k++) if (ctx.tokenActor[k] < 0) ctx.tokenActor[k] = resolved.index;
      coordinatedGroup(ctx, group, start, { start, end: resolved.end });
    }
    i = end - 1;
  }
}

/** "Chinese and Russian bombers": the first demonym's group shares the phrase. */
function coordinatedGroup(ctx: Context, group: GroupEntry, modStart: number, span: TokenRange): void {
  const { doc } = ctx;
  if (modStart < 2 || !/^(?:and|,)$/.test(doc.tokens[modStart - 1].text)) return;
  const mod = modifierBefore(ctx, modStart - 1);
  if (!mod?.country || mod.actor !== null) return;
  const info = ctx.lex.kb.countries.get(mod.country);
  if (!info || group.kind === 'country') return;
  const name = `${info.demonym ?? info.name} ${group.head}`;
  const index = ctx.table.ensure({ id: slug(name), name, kind: group.kind, country: mod.country, sector: group.sector, role: null });
  ctx.table.addSpan(index, { start: mod.start, end: span.end });
}

function hasDeterminerOrModifier(ctx: Context, i: number): boolean {
  const j = skipAdjectives(ctx.doc, i);
  if (j > 0 && /^(?:the|its|their|his|her)$/i.test(ctx.doc.tokens[j - 1].text)) return true;
  return modifierBefore(ctx, j) !== null;
}

/** Words after a group noun that make it a modifier of another noun. */
function isNounContinuation(doc: Doc, i: number): boolean {
  const next = doc.tokens[i].text;
  // "the government today welcomed": a time word is not a noun the group modifies
  if (doc.timexes.some((t) => t.start <= i && i < t.end) || /^(?:today|yesterday|tonight|tomorrow)$/i.test(next)) return false;
  // "a foreign ministry statement", "the ministry spokesman": the body still speaks
  if (/^sources?$/i.test(next)) return true;
  if (/^(?:statement|statements|spokes\w+|officials?|chief|head|ministers?|leaders?|members?|said|says)$/i.test(next)) return false;
  if (doc.pos.length === doc.tokens.length && doc.pos[i]) return /^NNS?$/.test(doc.pos[i]) && !/^(?:of|in)$/.test(next);
  return /^(?:sources?|officials?|spokes\w+|station|stations|building|headquarters|chief|minister|ministers|leader|leaders|official|member|members|statement|decision|troops|forces)$/i.test(next);
}

/** Start of the phrase: a country modifier (with "'s") before the group noun, else the group noun. */
function phraseStart(ctx: Context, i: number): number {
  const mod = modifierBefore(ctx, skipAdjectives(ctx.doc, i));
  return mod ? mod.start : i;
}

/** Skip lowercase words between a modifier and the group noun ("Colombian riot police", "Palestinian suicide bombers", "Saudi-led"). */
function skipAdjectives(doc: Doc, i: number): number {
  let j = i;
  // up to two lowercase nouns or adjectives, when a capitalised word (the modifier) comes before them
  for (let k = 1; k <= 2 && i - k - 1 >= 0; k++) {
    const words = doc.words({ start: i - k, end: i });
    if (!words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !RUN_STOP.test(w))) break;
    if (/^\p{Lu}/u.test(doc.tokens[i - k - 1].text) || /^(?:'s|’s)$/.test(doc.tokens[i - k - 1].text)) return i - k;
  }
  if (j >= 2 && /^(?:led)$/.test(doc.tokens[j - 1].text) && doc.tokens[j - 2].text === '-') return j - 2;
  if (j >= 3 && /^(?:military|security|armed)$/.test(doc.tokens[j - 1].text) && doc.tokens[j - 2].text === 'led' && doc.tokens[j - 3].text === '-') return j - 3;
  while (j > 0 && i - j < 2 && /^(?:local|federal|national|regional|state|armed|security|government|pro-\w+|\w+-backed|\w+-led|senior|top)$/.test(doc.tokens[j - 1].text)) j--;
  return j;
}

function resolveGroup(ctx: Context, group: GroupEntry, start: number, end: number): { index: number; end: number } | null {
  const { doc } = ctx;
  if (group.backTo) {
    if (!/^(?:the|its|this|that)$/i.test(doc.tokens[start - 1]?.text ?? '')) return null;
    const back = actorsBefore(ctx, start).find((i) => {
      const a = ctx.table.actors[i];
      if (group.kind === 'country') return a.kind === 'country';
      return a.kind === 'organisation' && (group.backTo!.test(a.sector ?? '') || group.backTo!.test(a.name));
    });
    return back === undefined ? null : { index: back, end };
  }
  const mod = modifierBefore(ctx, skipAdjectives(doc, start));
  // "TPLF forces", "Kremlin officials": the named organisation itself
  if (mod?.actor != null && ctx.table.actors[mod.actor].kind === 'organisation' && group.kind === 'group') return { index: mod.actor, end };
  let country: string | null = mod?.country ?? null;
  let phraseEnd = end;
  if (!country && end < doc.tokens.length && doc.tokens[end].text === 'of') {
    const c = countryAfterOf(ctx, end);
    if (c) ({ country, end: phraseEnd } = c);
  }
  if (!country && end + 1 < doc.tokens.length && /^(?:in|from)$/.test(doc.tokens[end].text) && group.kind === 'group') {
    const m = kbMatchAt(doc, ctx.lex.kb, end + 1);
    if (m && (m.entry.form === 'country' || m.entry.form === 'seat') && m.entry.country) {
      country = m.entry.country;
      phraseEnd = m.end;
    }
  }
  // "his administration": the government of the person just named
  if (!country && start > 0 && /^(?:his|her)$/i.test(doc.tokens[start - 1].text) && group.refersBack) {
    const person = actorsBefore(ctx, start).map((i) => ctx.table.actors[i]).find((a) => a.kind === 'person');
    if (person?.country) country = person.country;
  }
  const possessive = start > 0 && /^(?:its|their)$/i.test(doc.tokens[start - 1].text);
  if (!country && (group.refersBack || possessive)) {
    const back = referBack(ctx, group, start, possessive);
    if (back !== null) return { index: back, end: phraseEnd };
  }
  country ??= ctx.focus;
  const info = country ? ctx.lex.kb.countries.get(country) : undefined;
  if (group.sector === 'GOV' && /^(?:government|authorities)$/.test(group.head) && info) return { index: countryActor(ctx, info), end: phraseEnd };
  const prefix = info ? info.demonym ?? info.name : country;
  const name = prefix ? `${prefix} ${group.head}` : group.head;
  return { index: ctx.table.ensure({ id: slug(name), name, kind: group.kind, country, sector: group.sector, role: null }), end: phraseEnd };
}

/** "the ministry" → the last ministry named; "the government" → the last country; "its troops" → the last country's. */
function referBack(ctx: Context, group: GroupEntry, before: number, possessive: boolean): number | null {
  const candidates = actorsBefore(ctx, before);
  // "the government" in a story about one country is that country's, even after another is named
  if (!possessive && /^(?:government|authorities|junta)$/.test(group.head) && ctx.focus) {
    const focus = candidates.find((i) => ctx.table.actors[i].kind === 'country' && ctx.table.actors[i].country === ctx.focus);
    if (focus !== undefined) return focus;
  }
  for (const index of candidates) {
    const a = ctx.table.actors[index];
    if (group.head.includes('ministry') && a.kind === 'organisation' && /ministry/i.test(a.name)) {
      if (group.head === 'ministry' || a.name.toLowerCase().includes(group.head.split(' ')[0])) return index;
    }
    if (possessive && (a.kind === 'country' || a.kind === 'organisation') && a.country) {
      const info = ctx.lex.kb.countries.get(a.country);
      if (!info) return null;
      const name = `${info.demonym ?? info.name} ${group.head}`;
      if (/^(?:government|authorities)$/.test(group.head)) return countryActor(ctx, info);
      return ctx.table.ensure({ id: slug(name), name, kind: group.kind, country: a.country, sector: group.sector, role: null });
    }
    if (!group.head.includes('ministry') && !possessive && a.kind === 'country' && /^(?:government|authorities|junta)$/.test(group.head)) return index;
  }
  return null;
}

/** Actor indices whose latest span ends before token `before`, most recent first. */
function actorsBefore(ctx: Context, before: number): number[] {
  const last = ctx.table.actors.map((a, i) => ({ i, end: Math.max(-1, ...a.spans.filter((s) => s.end <= before).map((s) => s.end)) }));
  return last.filter((x) => x.end >= 0).sort((a, b) => b.end - a.end).map((x) => x.i);
}

const RUN_STOP = /^(?:of|in|on|at|to|and|or|with|for|by|from|the|a|an|said|says|was|were|is|are|has|have|had|will|would|who|which|that|as|but)$/;

/**
 * Nationality words the lexicons left alone: "Palestinians" (a people), "Israeli tanks",
 * "Swiss doctors", "an Indian proposal" — a group of that country, sector from its nouns.
 */
function linkDemonymPhrases(ctx: Context, mentions: Mention[]): void {
  const { doc } = ctx;
  for (const m of mentions) {
    if (m.type !== 'MISC' || m.actor !== undefined || ctx.tokenActor[m.start] >= 0) continue;
    const entry = lookup(ctx.lex.kb, tokenKey(doc, m.start, m.end)).find((e) => e.form === 'demonym');
    if (!entry?.country) continue;
    const text = doc.spanText(m);
    const run = nounRun(ctx, m.end);
    if (run === m.end) {
      // a people standing alone: "the Palestinians", "Iraqis"
      if (!/s$/.test(text) || /(?:ese|ss)$/.test(text)) continue;
      link(ctx, m, ctx.table.ensure({ id: slug(text), name: text, kind: 'group', country: entry.country, sector: null, role: null }));
      continue;
    }
    const words = doc.words({ start: m.end, end: run }).map((w) => w.toLowerCase());
    if (NOT_GROUP_NOUNS.test(words[words.length - 1])) continue;
    const sector = words.map((w) => NOUN_SECTORS.find(([re]) => re.test(w))?.[1]).filter(Boolean).pop() ?? null;
    const name = `${text} ${doc.spanText({ start: m.end, end: run })}`;
    const index = ctx.table.ensure({ id: slug(name), name, kind: 'group', country: entry.country, sector, role: null });
    ctx.table.addSpan(index, { start: m.start, end: run });
    for (let k = m.start; k < run; k++) ctx.tokenActor[k] = index;
  }
}

function inTimex(doc: Doc, i: number): boolean {
  return doc.timexes.some((t) => t.start <= i && i < t.end) || /^(?:today|yesterday|tonight|tomorrow)$/i.test(doc.tokens[i].text);
}

/** End of the lowercase noun phrase after token `from` (up to three words, ending in a noun); `from` if none. */
function nounRun(ctx: Context, from: number): number {
  const { doc } = ctx;
  let end = from;
  for (let i = from; i < doc.tokens.length && i < from + 3; i++) {
    const w = doc.tokens[i].text;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || RUN_STOP.test(w) || ctx.tokenActor[i] >= 0 || inTimex(doc, i)) break;
    const pos = doc.pos[i];
    if (pos && /^(?:VB|MD|RB|IN|CC|DT|PRP|W)/.test(pos) && !/^VBG$/.test(pos)) break;
    // without tags, a past-tense or adverb ending ends the phrase ("tanks shelled", "quickly")
    if (!pos && /(?:ed|ly)$/.test(w)) break;
    if (!pos || /^NN/.test(pos)) end = i + 1;
  }
  if (end < doc.tokens.length && ctx.lex.titles.matchAt(doc, from)) return from;
  return end;
}

/** Titles standing alone: "the Japanese prime minister", "Iraq's foreign minister", "the president". */
function linkBareTitles(ctx: Context): void {
  const { doc } = ctx;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (ctx.tokenActor[i] >= 0) continue;
    const match = ctx.lex.titles.matchAt(doc, i);
    if (!match || match.value.honorific || match.value.plural) continue;
    const end = match.end;
    // a title directly before a name was handled with the name
    if (end < doc.tokens.length && ctx.tokenActor[end] >= 0 && ctx.table.actors[ctx.tokenActor[end]].kind === 'person') {
      i = end - 1;
      continue;
    }
    if (end < doc.tokens.length && /^\p{Lu}/u.test(doc.tokens[end].text) && !/^(?:of)$/.test(doc.tokens[end].text)) continue;
    const title = match.value;
    const mod = modifierBefore(ctx, i);
    let country = mod?.country ?? null;
    let phraseEnd = end;
    if (!country && end < doc.tokens.length && doc.tokens[end].text === 'of') {
      const c = countryAfterOf(ctx, end);
      if (c) {
        country = c.country;
        phraseEnd = c.end;
      }
    }
    const start = mod ? mod.start : i;
    const index = resolveTitle(ctx, title, country, i);
    if (index !== null) ctx.table.addSpan(index, { start, end: phraseEnd });
    i = phraseEnd - 1;
  }
}

/** Countries whose president (not prime minister) is "the leader". */
const PRESIDENT_LEADS = new Set(['USA', 'RUS', 'FRA', 'CHN', 'TUR', 'KOR', 'BRA', 'UKR', 'BLR', 'EGY', 'IDN', 'PHL', 'MEX', 'ARG', 'COL', 'VEN', 'NGA', 'ZAF', 'KAZ', 'AZE', 'SRB', 'SYR', 'TWN', 'KEN', 'UGA', 'RWA']);

/** The office to look up for a title: "leader" is the head of state or government by country. */
function officesFor(title: TitleEntry, country: string): string[] {
  if (title.office !== 'leader') return title.office ? [title.office] : [];
  return ['Supreme Leader', ...(PRESIDENT_LEADS.has(country) ? ['President', 'Prime Minister'] : ['Prime Minister', 'President']), 'King', 'Emir'];
}

/** "his Azerbaijani counterpart": the office of the last titled person named. */
function counterpartTitle(ctx: Context, title: TitleEntry, at: number): TitleEntry {
  for (const index of actorsBefore(ctx, at)) {
    const a = ctx.table.actors[index];
    if (a.kind === 'person' && a.role) {
      const office = officeOf(a.role);
      return { ...title, role: office, office, sector: a.sector ?? title.sector };
    }
  }
  return { ...title, office: undefined };
}

function resolveTitle(ctx: Context, title: TitleEntry, country: string | null, at: number): number | null {
  if (title.office === 'counterpart') title = counterpartTitle(ctx, title, at);
  const holder = country ? officesFor(title, country).map((o) => officeHolder(ctx.lex.kb, country, o, ctx.reference)).find((p) => p) : null;
  if (country) {
    if (holder) {
      const existing = ctx.table.indexOf(holder.id);
      if (existing !== undefined) return existing;
      const role = termOn(holder, ctx.reference).role;
      return ctx.table.ensure({ id: holder.id, name: holder.name, kind: 'person', country, sector: title.sector, role, kb: holder.id });
    }
  }
  // "the president" alone: the last person named with that office, else the story country's office-holder
  if (!country) {
    for (const index of actorsBefore(ctx, at)) {
      const a = ctx.table.actors[index];
      if (a.kind === 'person' && a.role && officeOf(a.role) === officeOf(title.role)) return index;
    }
    if (!ctx.focus || !title.office || title.office === 'leader' || title.office === 'counterpart') return null;
    const holder = officeHolder(ctx.lex.kb, ctx.focus, title.office, ctx.reference);
    if (!holder) return null;
    return ctx.table.indexOf(holder.id) ?? ctx.table.ensure({
      id: holder.id, name: holder.name, kind: 'person', country: ctx.focus, sector: title.sector,
      role: termOn(holder, ctx.reference).role, kb: holder.id,
    });
  }
  const info = ctx.lex.kb.countries.get(country);
  const name = `${info?.demonym ?? country} ${title.role}`;
  return ctx.table.ensure({ id: slug(name), name, kind: 'person', country, sector: title.sector, role: title.role });
}

/** "the two officials", "both governments", "they" after "A and B": spans on each of the pair. */
function linkPairs(ctx: Context): void {
  const { doc } = ctx;
  for (let i = 0; i < doc.tokens.length; i++) {
    const w = doc.tokens[i].text.toLowerCase();
    let end = -1;
    let want: 'person' | 'country' | 'any' = 'any';
    if ((w === 'two' && /^the$/i.test(doc.tokens[i - 1]?.text ?? '')) || w === 'both') {
      const noun = doc.tokens[i + 1]?.text.toLowerCase();
      if (noun && PAIR_NOUNS[noun]) {
        want = PAIR_NOUNS[noun];
        end = i + 2;
      }
    } else if (w === 'they') {
      end = i + 1;
    }
    if (end < 0) continue;
    const start = w === 'two' ? i - 1 : i;
    const pair = lastPair(ctx, start, want, w === 'they');
    if (!pair) continue;
    for (const index of pair) ctx.table.addSpan(index, { start, end });
    for (let k = start; k < end; k++) ctx.tokenActor[k] = pair[0];
  }
}

/** The two actors of the last "A and B" coordination in this or the two sentences before. */
function lastPair(ctx: Context, before: number, want: 'person' | 'country' | 'any', subjectOnly = false): [number, number] | null {
  const { doc } = ctx;
  const s = doc.sentenceOf(before);
  const floor = s > 1 ? doc.sentences[s - 2].start : 0;
  for (let j = before - 1; j > floor; j--) {
    if (doc.tokens[j].text !== 'and') continue;
    // "they" refers back to a pair that was a subject: "A and B" opening its sentence
    if (subjectOnly && !opensSentence(ctx, j - 1)) continue;
    let left = ctx.tokenActor[j - 1];
    let right = ctx.tokenActor[j + 1];
    if (left < 0 || right < 0 || left === right) continue;
    if (want === 'country') {
      // "Hayashi and Blinken ... the two governments": the countries of the two persons
      left = countryOfPerson(ctx, left);
      right = countryOfPerson(ctx, right);
      if (left === right) continue;
    }
    if (!fits(ctx, left, want) || !fits(ctx, right, want)) continue;
    return [left, right];
  }
  return null;
}

/** Does the actor name ending at token `last` start within the first words of its sentence? */
function opensSentence(ctx: Context, last: number): boolean {
  const { doc } = ctx;
  const actor = ctx.tokenActor[last];
  let start = last;
  while (start > 0 && ctx.tokenActor[start - 1] === actor) start--;
  const s = doc.sentenceOf(start);
  return s >= 0 && start - doc.sentences[s].start <= 2;
}

function countryOfPerson(ctx: Context, index: number): number {
  const a = ctx.table.actors[index];
  if (a.kind !== 'person' || !a.country) return index;
  const info = ctx.lex.kb.countries.get(a.country);
  return info ? countryActor(ctx, info) : index;
}

function fits(ctx: Context, index: number, want: 'person' | 'country' | 'any'): boolean {
  const kind = ctx.table.actors[index].kind;
  if (want === 'any') return kind === 'person' || kind === 'country' || kind === 'organisation';
  if (want === 'country') return kind === 'country' || kind === 'organisation';
  return kind === 'person';
}

/** Domestic bodies and office-holders with no country in the text belong to the story's country. */
function fillFromFocus(ctx: Context): void {
  if (!ctx.focus) return;
  for (const a of ctx.table.actors) {
    if (a.country) continue;
    const domestic = a.sector !== null && ['GOV', 'LEG', 'JUD', 'MIL', 'POL', 'REB', 'CVL'].includes(a.sector);
    // a person the text gives no country at all is most often from the story's country
    const untitled = a.kind === 'person' && a.sector === null;
    if ((domestic && (a.kind === 'organisation' || (a.kind === 'person' && a.role))) || untitled) a.country = ctx.focus;
  }
}

/** The country the document is mostly about: most mentioned (country, capital, demonym), first on ties. */
export function focusCountry(doc: Doc, kb: KnowledgeBase): string | null {
  const counts = new Map<string, number>();
  for (const m of doc.mentions) {
    if (m.type !== 'LOC' && m.type !== 'MISC') continue;
    const e = lookup(kb, tokenKey(doc, m.start, m.end)).find((x) => ['country', 'seat', 'demonym'].includes(x.form));
    if (e?.country) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, n] of counts) if (n > bestCount) { best = code; bestCount = n; }
  return best;
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
  };
  doc.mentions.forEach((m, k) => {
    for (let i = m.start; i < m.end; i++) {
      ctx.inMention[i] = 1;
      ctx.mentionAt[i] = k;
    }
  });
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  linkNames(ctx, mentions);
  linkPersons(ctx, mentions);
  linkPairs(ctx);
  linkNominals(ctx);
  linkBareTitles(ctx);
  linkDemonymPhrases(ctx, mentions);
  fillFromFocus(ctx);
  doc.actors = withoutSpanless(doc, ctx.table.actors);
  for (const a of doc.actors) a.spans.sort((x, y) => x.start - y.start || x.end - y.end);
}

