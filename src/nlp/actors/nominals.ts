// Nominal actors: group and body nouns from the lexicon ("the foreign ministry", "Colombian
// police", "rebels", "the bloc") and nationality phrases ("Israeli tanks", "the Palestinians").
import type { Doc, Mention, TokenRange } from '../doc.js';
import { slug } from './kb.js';
import { kbMatchAt } from './mentions.js';
import { lookupRange } from './phrases.js';
import { NOT_GROUP_NOUNS, NOUN_SECTORS, type GroupEntry } from './locales/en/roles.js';
import { actorsBefore, countryActor, countryAfterOf, inTimex, link, modifierBefore, namedAsCountry, wholeMention, type Context } from './context.js';

/** Nominal actor phrases from the group lexicon: "the foreign ministry", "Colombian police", "rebels". */
export function linkNominals(ctx: Context): void {
  const { doc } = ctx;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (ctx.tokenActor[i] >= 0) continue;
    const match = ctx.lex.groups.matchAt(doc, i);
    if (!match || /^\p{Lu}/u.test(doc.tokens[i].text) && ctx.inMention[i]) continue;
    const end = match.end;
    const group = match.value;
    // "the army chief of Pakistan": a longer title is one person's office, read with the titles
    if ((ctx.lex.titles.matchAt(doc, i)?.end ?? 0) > end) continue;
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

const LOCAL_UNIT = /^(?:city|town|municipality|province|governorate|region|state|district)$/i;
const PLACE_PREPOSITION = /^(?:in|of|to|from|near|at|on|into|across|outside|around|inside|within|for|by|toward|towards)$/i;

/**
 * "The city of Cali put in place a curfew": a city or province named as the subject of what it
 * does is its local government, of the place's country. After a preposition it is a place ("in
 * the city of Medellin").
 */
export function linkLocalGovernments(ctx: Context): void {
  const { doc } = ctx;
  for (let i = 1; i + 2 < doc.tokens.length; i++) {
    if (!LOCAL_UNIT.test(doc.tokens[i].text) || !/^the$/i.test(doc.tokens[i - 1].text) || doc.tokens[i + 1].text !== 'of') continue;
    if (PLACE_PREPOSITION.test(doc.tokens[i - 2]?.text ?? '') || ctx.tokenActor[i + 2] >= 0) continue;
    const place = kbMatchAt(doc, ctx.lex.kb, i + 2);
    if (!place || place.entry.form !== 'place' || place.entry.country?.length !== 3) continue;
    const name = `${doc.tokens[i].text.toLowerCase()} of ${doc.spanText({ start: i + 2, end: place.end })}`;
    const index = ctx.table.ensure({ id: slug(name), name, kind: 'organization', country: place.entry.country, sector: 'GOV', role: null });
    ctx.table.addSpan(index, { start: i - 1, end: place.end });
    for (let k = i - 1; k < place.end; k++) ctx.tokenActor[k] = index;
  }
}

/** "Chinese and Russian bombers": the first demonym's group shares the phrase. */
export function coordinatedGroup(ctx: Context, group: GroupEntry, modStart: number, span: TokenRange): void {
  const { doc } = ctx;
  if (modStart < 2 || doc.tokens[modStart - 1].text !== 'and') return;
  const mod = modifierBefore(ctx, modStart - 1);
  if (!mod?.country || mod.actor !== null) return;
  // only a nationality word coordinates with the next one ("Chinese and Russian"), not a country name
  const word = lookupRange(ctx.lex.kb, doc, mod.start, modStart - 1)[0];
  if (word?.form !== 'demonym') return;
  const info = ctx.lex.kb.countries.get(mod.country);
  if (!info || group.kind === 'country') return;
  const name = `${info.demonym ?? info.name} ${group.head}`;
  const index = ctx.table.ensure({ id: slug(name), name, kind: group.kind, country: mod.country, sector: group.sector, role: null });
  ctx.table.addSpan(index, { start: mod.start, end: span.end });
}

export function hasDeterminerOrModifier(ctx: Context, i: number): boolean {
  const j = skipAdjectives(ctx.doc, i);
  if (j > 0 && /^(?:the|its|their|his|her)$/i.test(ctx.doc.tokens[j - 1].text)) return true;
  return modifierBefore(ctx, j) !== null;
}

/** Words after a group noun that make it a modifier of another noun. */
export function isNounContinuation(doc: Doc, i: number): boolean {
  const next = doc.tokens[i].text;
  // "the government today welcomed": a time word is not a noun the group modifies
  if (doc.timexes.some((t) => t.start <= i && i < t.end) || /^(?:today|yesterday|tonight|tomorrow)$/i.test(next)) return false;
  // "a foreign ministry statement", "the ministry spokesman": the body still speaks
  if (/^sources?$/i.test(next)) return true;
  // "Israel's militia ally", "Iran's proxy": the ally is another party than the group's country
  if (/^(?:ally|allies|proxy|proxies)$/i.test(next)) return true;
  if (/^(?:statement|statements|spokes\w+|officials?|chief|head|ministers?|leaders?|members?|said|says)$/i.test(next)) return false;
  if (doc.pos.length === doc.tokens.length && doc.pos[i]) return /^NNS?$/.test(doc.pos[i]) && !/^(?:of|in)$/.test(next);
  return /^(?:sources?|officials?|spokes\w+|station|stations|building|headquarters|chief|minister|ministers|leader|leaders|official|member|members|statement|decision|troops|forces)$/i.test(next);
}

/** Start of the phrase: a country modifier (with "'s") before the group noun, else the group noun. */
export function phraseStart(ctx: Context, i: number): number {
  const before = skipAdjectives(ctx.doc, i);
  const mod = modifierBefore(ctx, before) ?? placeBefore(ctx, before);
  return mod ? mod.start : i;
}

/** A place of one country named right before token `end` ("Darfur" of "Darfur rebels"), as a whole mention. */
function placeBefore(ctx: Context, end: number): { start: number; country: string } | null {
  for (let start = Math.max(0, end - ctx.lex.kb.maxTokens); start < end; start++) {
    if (!ctx.inMention[start] || !wholeMention(ctx, start, end)) continue;
    const place = lookupRange(ctx.lex.kb, ctx.doc, start, end).find((e) => e.form === 'place');
    if (place?.country?.length === 3) return { start, country: place.country };
  }
  return null;
}

/** Skip lowercase words between a modifier and the group noun ("Colombian riot police", "Palestinian suicide bombers", "Saudi-led"). */
export function skipAdjectives(doc: Doc, i: number): number {
  let j = i;
  // up to two lowercase nouns or adjectives, when a capitalised word (the modifier) comes before them
  for (let k = 1; k <= 2 && i - k - 1 >= 0; k++) {
    const words = doc.words({ start: i - k, end: i });
    if (!words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !RUN_STOP.test(w) && !NUMBER_WORD.test(w))) break;
    if (/^\p{Lu}/u.test(doc.tokens[i - k - 1].text) || /^(?:'s|’s)$/.test(doc.tokens[i - k - 1].text)) return i - k;
  }
  if (j >= 2 && /^(?:led)$/.test(doc.tokens[j - 1].text) && doc.tokens[j - 2].text === '-') return j - 2;
  if (j >= 3 && /^(?:military|security|armed)$/.test(doc.tokens[j - 1].text) && doc.tokens[j - 2].text === 'led' && doc.tokens[j - 3].text === '-') return j - 3;
  while (j > 0 && i - j < 2 && /^(?:local|federal|national|regional|state|armed|security|government|pro-\w+|\w+-backed|\w+-led|senior|top)$/.test(doc.tokens[j - 1].text)) j--;
  return j;
}

export function resolveGroup(ctx: Context, group: GroupEntry, start: number, end: number): { index: number; end: number } | null {
  const { doc } = ctx;
  if (group.backTo) {
    // "the 15-member council", "the 27-nation bloc": a size between the article and the noun
    let before = start - 1;
    if (doc.tokens[before]?.text.match(/^(?:member|nation|strong)$/i) && doc.tokens[before - 1]?.text === '-' && /^\d+$/.test(doc.tokens[before - 2]?.text ?? '')) before -= 3;
    else if (/^\d+-(?:member|nation|strong)$/i.test(doc.tokens[before]?.text ?? '')) before--;
    if (!/^(?:the|its|this|that)$/i.test(doc.tokens[before]?.text ?? '')) return null;
    const back = actorsBefore(ctx, start).find((i) => {
      const a = ctx.table.actors[i];
      // "the country" after "talks in Rome": the country named as one, not the host city's
      if (group.kind === 'country') return a.kind === 'country' && namedAsCountry(ctx, a, start);
      return a.kind === 'organization' && (group.backTo!.test(a.sector ?? '') || group.backTo!.test(a.name));
    });
    return back === undefined ? null : { index: back, end };
  }
  const mod = modifierBefore(ctx, skipAdjectives(doc, start));
  // "TPLF forces", "Kremlin officials": the named organisation itself
  if (mod?.actor != null && ctx.table.actors[mod.actor].kind === 'organization' && group.kind === 'group') return { index: mod.actor, end };
  let country: string | null = mod?.country ?? null;
  // "Darfur rebels", "Gaza residents": people named after a place of one country are of that country
  if (!mod && group.kind === 'group') country = placeBefore(ctx, skipAdjectives(doc, start))?.country ?? null;
  // "Irish nationalist guerrillas", "Basque separatist rebels": armed men fighting for a nation
  // fight where a state they oppose holds the land, like an ethnic group (SCHEMA: the country they fight in)
  const national = mod && ARMED_SECTORS.has(group.sector) && doc.words({ start: mod.start, end: start }).some((w) => NATIONALIST.test(w));
  if (mod && country && (isEthnic(doc, mod.start) || national)) country = ethnicCountry(ctx, mod.start, end, country);
  // "North Korean defectors": named for where they came from, of the country they live in
  let origin: string | null = null;
  if (mod && country && LEFT_COUNTRY_NOUNS.test(group.head)) {
    const lived = ethnicCountry(ctx, mod.start, end, country);
    if (lived !== country) origin = ctx.lex.kb.countries.get(country)?.demonym ?? country;
    country = lived;
  }
  let phraseEnd = end;
  // "fighters of the Popular Liberation Front": the named body, armed
  const body = !mod ? bodyAfterOf(ctx, end) : null;
  if (body && ARMED_SECTORS.has(group.sector)) {
    const a = ctx.table.actors[body.index];
    if (a.sector === null || a.sector === 'POL') a.sector = group.sector;
    return body;
  }
  if (!country && end < doc.tokens.length && doc.tokens[end].text === 'of') {
    const c = countryAfterOf(ctx, end);
    if (c) ({ country, end: phraseEnd } = c);
  }
  if (!country && end + 1 < doc.tokens.length && /^(?:in|from)$/.test(doc.tokens[end].text) && group.kind === 'group') {
    const m = kbMatchAt(doc, ctx.lex.kb, end + 1);
    // "the rebels in Darfur": a town or region of one country too
    if (m && (m.entry.form === 'country' || m.entry.form === 'seat' || m.entry.form === 'place') && m.entry.country?.length === 3) {
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
  // "gunmen in the desert in Iraq's south": armed groups take the country they act in (SCHEMA: rebels fight in it)
  if (!country && ARMED_SECTORS.has(group.sector)) country = placeAfter(ctx, end);
  // "Austin has put up to 8,500 troops on alert": the troops of the government actor before them
  if (!country && group.sector === 'MIL') country = commandingCountry(ctx, start);
  // "... blew themselves up in Tel Aviv ..., police said": the police of the place the sentence happens in
  if (!country && group.head === 'police') country = sentencePlaceCountry(ctx, start);
  // "the opposition tried to deliver aid despite the refusal of President Nicolas Maduro": the
  // opposition is the government's, named as its head in the sentence
  if (!country && group.head === 'opposition' && !/^(?:his|her)$/i.test(doc.tokens[start - 1]?.text ?? '')) country = leaderCountryNear(ctx, start);
  // "Bangladesh was due to send back 130 refugees. Officials compiled a list ...": officials opening
  // a sentence are those of the state actor the sentence before was about
  if (!country && group.head === 'officials' && start > 0 && doc.sentences[doc.sentenceOf(start)].start === start) {
    country = commandingCountry(ctx, start - 1);
  }
  // "North Korea fired a missile ... The ministry said ...": a ministry no ministry named before
  // stands for, opening a sentence, is that of the state actor the sentence before was about
  if (!country && group.refersBack && group.head.includes('ministry') && start > 1) {
    const sentenceStart = doc.sentences[doc.sentenceOf(start)].start;
    if (sentenceStart === start - 1 && /^the$/i.test(doc.tokens[start - 1].text)) country = commandingCountry(ctx, sentenceStart - 1);
  }
  country ??= ctx.home;
  const info = country ? ctx.lex.kb.countries.get(country) : undefined;
  if (group.sector === 'GOV' && /^(?:government|authorities)$/.test(group.head) && info) return { index: countryActor(ctx, info), end: phraseEnd };
  const prefix = info ? info.demonym ?? info.name : country;
  const name = origin ? `${origin} ${group.head} in ${info?.name ?? country}` : prefix ? `${prefix} ${group.head}` : group.head;
  return { index: ctx.table.ensure({ id: slug(name), name, kind: group.kind, country, sector: group.sector, role: null }), end: phraseEnd };
}

const ARMED_SECTORS = new Set(['REB', 'CRM', 'OPP']);

/** "of (the) <organisation name>" at token `of`: the organisation actor and the end of its name. */
function bodyAfterOf(ctx: Context, of: number): { index: number; end: number } | null {
  const { doc } = ctx;
  if (doc.tokens[of]?.text !== 'of') return null;
  const at = /^the$/i.test(doc.tokens[of + 1]?.text ?? '') ? of + 2 : of + 1;
  const index = ctx.tokenActor[at] ?? -1;
  if (index < 0 || ctx.table.actors[index].kind !== 'organization' || (at > 0 && ctx.tokenActor[at - 1] === index)) return null;
  let end = at;
  while (end < doc.tokens.length && ctx.tokenActor[end] === index) end++;
  return { index, end };
}

const LEADER_ROLE = /^(?:President|Prime Minister|Premier|Chancellor|King|Emir|Supreme Leader)$/;

/** The one country whose head of state or government the sentence of token `at` names. */
function leaderCountryNear(ctx: Context, at: number): string | null {
  const sentence = ctx.doc.sentences[ctx.doc.sentenceOf(at)];
  const countries = new Set<string>();
  for (const a of ctx.table.actors) {
    if (a.kind !== 'person' || !a.country || a.country.length !== 3 || !LEADER_ROLE.test(a.role ?? '')) continue;
    if (a.spans.some((s) => s.start >= sentence.start && s.end <= sentence.end)) countries.add(a.country);
  }
  return countries.size === 1 ? [...countries][0] : null;
}

/**
 * The country of the nearest state actor before token `at` in its sentence (a government, a
 * minister, a ministry or army) that is not the object of a preposition ("in Ukraine", "against
 * Russia" name places and adversaries, not who commands the troops).
 */
function commandingCountry(ctx: Context, at: number): string | null {
  const { doc } = ctx;
  const sentenceStart = doc.sentences[doc.sentenceOf(at)].start;
  let best: { end: number; country: string } | null = null;
  for (const a of ctx.table.actors) {
    if (!a.country || a.country.length !== 3 || !STATE_SECTORS.has(a.sector ?? '')) continue;
    if (a.kind === 'person' && !a.role) continue;
    for (const s of a.spans) {
      if (s.start < sentenceStart || s.end > at || (best && s.end <= best.end)) continue;
      if (s.start > 0 && /^(?:in|to|from|against|with|on|at|of|by|into|near|across|toward|towards)$/i.test(doc.tokens[s.start - 1].text)) continue;
      best = { end: s.end, country: a.country };
    }
  }
  return best?.country ?? null;
}

const STATE_SECTORS = new Set(['GOV', 'MIL']);

const MEMBER_NOUNS = /^(?:leaders|heads|members|ministers|representatives|delegates)$/i;

/** "Leaders of the 15-member Ecowas", "ministers of the bloc": the body acting through its members. */
export function linkBodyMembers(ctx: Context): void {
  const { doc } = ctx;
  for (let i = 0; i + 2 < doc.tokens.length; i++) {
    if (ctx.tokenActor[i] >= 0 || !MEMBER_NOUNS.test(doc.tokens[i].text) || doc.tokens[i + 1].text !== 'of') continue;
    let j = i + 2;
    while (j < Math.min(doc.tokens.length, i + 7) && ctx.tokenActor[j] < 0 && /^(?:the|its|\d[\w-]*|-|member|nation|strong)$/i.test(doc.tokens[j].text)) j++;
    const body = ctx.tokenActor[j] ?? -1;
    if (body < 0 || ctx.table.actors[body].kind !== 'organization') continue;
    let end = j;
    while (end < doc.tokens.length && ctx.tokenActor[end] === body) end++;
    ctx.table.addSpan(body, { start: i, end });
    for (let k = i; k < end; k++) if (ctx.tokenActor[k] < 0) ctx.tokenActor[k] = body;
    i = end - 1;
  }
}

/**
 * The country of the place a group noun's own locative phrase names ("gunmen in Smawa desert in
 * Iraq's southern province"); not a place later in the clause ("rebels ... announced in Rome").
 */
function placeAfter(ctx: Context, from: number): string | null {
  const { doc } = ctx;
  if (!/^(?:in|near|at|on|along)$/.test(doc.tokens[from]?.text ?? '')) return null;
  const limit = Math.min(doc.sentences[doc.sentenceOf(Math.max(0, from - 1))].end, from + 12);
  for (let j = from; j < limit; j++) {
    if (/^[,;:]$/.test(doc.tokens[j].text)) return null;
    if (doc.tokens[j].text !== 'in' && j !== from) continue;
    for (let k = j + 1; k < Math.min(limit, j + 5); k++) {
      const m = kbMatchAt(doc, ctx.lex.kb, k, limit);
      if (m && ['country', 'seat', 'place'].includes(m.entry.form) && m.entry.country?.length === 3) return m.entry.country;
    }
  }
  return null;
}

/** "the ministry" → the last ministry named; "the government" → the last country; "its troops" → the last country's. */
export function referBack(ctx: Context, group: GroupEntry, before: number, possessive: boolean): number | null {
  const candidates = actorsBefore(ctx, before);
  // "the government" in a story about one country is that country's, even after another is named
  if (!possessive && /^(?:government|authorities|junta)$/.test(group.head) && ctx.focus) {
    const focus = candidates.find((i) => ctx.table.actors[i].kind === 'country' && ctx.table.actors[i].country === ctx.focus);
    if (focus !== undefined) return focus;
  }
  for (const index of candidates) {
    const a = ctx.table.actors[index];
    if (group.head.includes('ministry') && a.kind === 'organization' && /ministry/i.test(a.name)) {
      if (group.head === 'ministry' || a.name.toLowerCase().includes(group.head.split(' ')[0])) return index;
    }
    if (possessive && (a.kind === 'country' || a.kind === 'organization') && a.country) {
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

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|some|few|both|all)$/;

/** People who left their country: they take the country they live in, not their nationality's. */
const LEFT_COUNTRY_NOUNS = /^(?:defectors|exiles|émigrés|emigres|émigré|emigre|dissidents-in-exile)$/;

export const RUN_STOP = /^(?:of|in|on|at|to|and|or|with|for|by|from|the|a|an|said|says|was|were|is|are|has|have|had|will|would|who|which|that|as|but)$/;

/**
 * Nationality words the lexicons left alone: "Palestinians" (a people), "Israeli tanks",
 * "Swiss doctors", "an Indian proposal" — a group of that country, sector from its nouns.
 */
/**
 * "a Belarusian MiG-29 fighter jet": a craft's name between the nationality word and a military
 * noun; the craft is the country's military (the name stays a MISC mention of its own).
 */
function linkNamedCraft(ctx: Context, m: Mention, country: string): boolean {
  const { doc } = ctx;
  const k = ctx.mentionAt[m.end];
  const craft = k >= 0 ? doc.mentions[k] : undefined;
  if (!craft || craft.start !== m.end || craft.type !== 'MISC' || lookupRange(ctx.lex.kb, doc, craft.start, craft.end).length > 0) return false;
  const run = nounRun(ctx, craft.end);
  const words = doc.words({ start: craft.end, end: run }).map((w) => w.toLowerCase());
  if (!words.length || NOUN_SECTORS.find(([re]) => re.test(words[words.length - 1]))?.[1] !== 'MIL') return false;
  const name = `${doc.spanText(m)} ${doc.spanText({ start: craft.start, end: run })}`;
  const index = ctx.table.ensure({ id: slug(name), name, kind: 'group', country, sector: 'MIL', role: null });
  ctx.table.addSpan(index, { start: m.start, end: run });
  for (let i = m.start; i < run; i++) ctx.tokenActor[i] = index;
  return true;
}

export function linkDemonymPhrases(ctx: Context, mentions: Mention[]): void {
  const { doc } = ctx;
  for (const m of mentions) {
    if (m.type !== 'MISC' || m.actor !== undefined || ctx.tokenActor[m.start] >= 0) continue;
    const entry = lookupRange(ctx.lex.kb, doc, m.start, m.end).find((e) => e.form === 'demonym');
    if (!entry?.country) {
      linkNamedPeople(ctx, m);
      continue;
    }
    if (linkNamedPeople(ctx, m)) continue;
    const text = doc.spanText(m);
    // "Saudi-led airstrikes": the leader's group
    const led = doc.tokens[m.end]?.text === '-' && doc.tokens[m.end + 1]?.text === 'led' ? m.end + 2 : m.end;
    const run = nounRun(ctx, led);
    if (led === m.end && run === m.end && linkNamedCraft(ctx, m, entry.country)) continue;
    if (led > m.end) {
      if (run === led) continue;
      const name = `${text}-led ${doc.spanText({ start: led, end: run })}`;
      const words = doc.words({ start: led, end: run }).map((w) => w.toLowerCase());
      const sector = words.map((w) => NOUN_SECTORS.find(([re]) => re.test(w))?.[1]).filter(Boolean).pop() ?? null;
      const index = ctx.table.ensure({ id: slug(name), name, kind: 'group', country: entry.country, sector, role: null });
      ctx.table.addSpan(index, { start: m.start, end: run });
      for (let k = m.start; k < run; k++) ctx.tokenActor[k] = index;
      continue;
    }
    if (run === m.end) {
      // a people standing alone: "the Palestinians", "Iraqis", "the British"
      const people = (/s$/.test(text) && !/(?:ese|ss)$/.test(text))
        || (/(?:sh|ch|ese)$/.test(text) && /^the$/i.test(doc.tokens[m.start - 1]?.text ?? ''));
      if (!people) continue;
      // "the Albanians of southern Serbia": a people of a place in another country lives there
      const country = isEthnic(doc, m.start) ? ethnicCountry(ctx, m.start, m.end, entry.country)
        : ownPlace(ctx, m.end, 'of')?.country ?? entry.country;
      const id = country === entry.country ? slug(text) : slug(`${text} in ${country}`);
      link(ctx, m, ctx.table.ensure({ id, name: text, kind: 'group', country, sector: null, role: null }));
      continue;
    }
    const words = doc.words({ start: m.end, end: run }).map((w) => w.toLowerCase());
    if (NOT_GROUP_NOUNS.test(words[words.length - 1])) continue;
    const sector = words.map((w) => NOUN_SECTORS.find(([re]) => re.test(w))?.[1]).filter(Boolean).pop() ?? null;
    const name = `${text} ${doc.spanText({ start: m.end, end: run })}`;
    // "North Korean defectors" live and act outside the country they left, like an ethnic minority
    const leftCountry = LEFT_COUNTRY_NOUNS.test(words[words.length - 1]);
    // "Irish nationalist guerrillas": armed men fighting for a nation, in the country they fight in
    const national = sector !== null && ARMED_SECTORS.has(sector) && words.some((w) => NATIONALIST.test(w));
    const country = isEthnic(doc, m.start) || leftCountry || national ? ethnicCountry(ctx, m.start, run, entry.country) : entry.country;
    const id = country === entry.country ? slug(name) : slug(`${name} in ${country}`);
    const index = ctx.table.ensure({ id, name, kind: 'group', country, sector, role: null });
    ctx.table.addSpan(index, { start: m.start, end: run });
    for (let k = m.start; k < run; k++) ctx.tokenActor[k] = index;
  }
}

/**
 * "Iraqi Kurds", "Afghan Hazaras": a nationality word before a capitalised people's name (in the
 * mention or right after it) is that people of the country.
 */
function linkNamedPeople(ctx: Context, m: Mention): boolean {
  const { doc } = ctx;
  const lead = kbMatchAt(doc, ctx.lex.kb, m.start, m.end);
  if (lead?.entry.form !== 'demonym' || !lead.entry.country || lead.entry.country.length !== 3) return false;
  let end = m.end;
  if (lead.end === m.end && end < doc.tokens.length && !ctx.inMention[end] && ctx.tokenActor[end] < 0) end++;
  if (end === lead.end) return false;
  for (let i = lead.end; i < end; i++) if (!/^\p{Lu}\p{Ll}+s$/u.test(doc.tokens[i].text) || isSentenceStartToken(doc, i)) return false;
  const name = doc.spanText({ start: m.start, end });
  const country = isEthnic(doc, m.start) ? ethnicCountry(ctx, m.start, end, lead.entry.country) : lead.entry.country;
  const index = ctx.table.ensure({ id: slug(country === lead.entry.country ? name : `${name} in ${country}`), name, kind: 'group', country, sector: null, role: null });
  ctx.table.addSpan(index, { start: m.start, end });
  for (let k = m.start; k < end; k++) ctx.tokenActor[k] = index;
  link(ctx, m, index);
  return true;
}

function isSentenceStartToken(doc: Doc, i: number): boolean {
  return doc.sentences[doc.sentenceOf(i)].start === i;
}

const NATIONALIST = /^(?:nationalist|separatist|secessionist|irredentist)s?$/i;

/** "ethnic Albanians": the nationality word names a people, not the state the group belongs to. */
export function isEthnic(doc: Doc, demonymStart: number): boolean {
  return demonymStart > 0 && /^ethnic$/i.test(doc.tokens[demonymStart - 1].text);
}

/**
 * The country of an ethnic group (SCHEMA: a minority takes the country it lives or fights in):
 * its own "in <place>" ("ethnic Albanians in south Serbia"), else another country the sentence
 * names ("Kyrgyzstan ... a crackdown on ethnic Uzbek militants"), else the story's scene.
 */
function ethnicCountry(ctx: Context, start: number, end: number, people: string): string {
  const { doc } = ctx;
  const own = ownPlace(ctx, end);
  // "ethnic Abkhaz militias in Abkhazia": a people of a region no one country holds keeps its nationality
  if (own) return own.country ?? people;
  const sentence = doc.sentences[doc.sentenceOf(start)];
  for (const m of doc.mentions) {
    if (m.start < sentence.start || m.end > sentence.end || (m.type !== 'LOC' && m.type !== 'MISC') || isEthnic(doc, m.start)) continue;
    const e = lookupRange(ctx.lex.kb, doc, m.start, m.end).find((x) => ['country', 'seat', 'place', 'demonym'].includes(x.form));
    if (e?.country && e.country !== people && e.country.length === 3) return e.country;
  }
  return ctx.home && ctx.home !== people ? ctx.home : people;
}

/** The country of the one country, capital or place the sentence of `at` names after "in"; null if none or several. */
function sentencePlaceCountry(ctx: Context, at: number): string | null {
  const { doc } = ctx;
  const sentence = doc.sentences[doc.sentenceOf(at)];
  const found = new Set<string>();
  for (let i = sentence.start; i + 1 < sentence.end; i++) {
    if (doc.tokens[i].text !== 'in') continue;
    const m = kbMatchAt(doc, ctx.lex.kb, i + 1, sentence.end);
    if (m?.entry.country?.length === 3 && ['country', 'seat', 'place'].includes(m.entry.form)) found.add(m.entry.country);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The country of a phrase's own "in (south) <place>" right after it (null: a region of no one country). */
function ownPlace(ctx: Context, from: number, preposition = 'in'): { country: string | null } | null {
  const { doc } = ctx;
  if (doc.tokens[from]?.text !== preposition) return null;
  let k = from + 1;
  while (k < doc.tokens.length && k < from + 4 && /^(?:the|\p{Ll}+ern|south|north|east|west|central)$/iu.test(doc.tokens[k].text) && !ctx.inMention[k]) k++;
  const m = kbMatchAt(doc, ctx.lex.kb, k);
  if (m?.entry.country?.length === 3 && ['country', 'seat', 'place'].includes(m.entry.form)) return { country: m.entry.country };
  // a named region of no one country ("in Nagorno-Karabakh")
  return ctx.inMention[k] && doc.mentions[ctx.mentionAt[k]]?.type === 'LOC' ? { country: null } : null;
}

/** End of the lowercase noun phrase after token `from` (up to three words, ending in a noun); `from` if none. */
export function nounRun(ctx: Context, from: number): number {
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
