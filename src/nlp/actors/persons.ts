// Persons and titles: names with the title phrase around them ("Japanese Foreign Minister X",
// "X, Iran's foreign minister"), short forms ("Hayashi"), and titles standing alone ("the Japanese
// prime minister") resolved through the office-holder table by the article's date.
import type { Doc, Mention } from '../doc.js';
import { lookup, officeHolder, officeOf, slug, termOn, type KbPerson } from './kb.js';
import { kbMatchAt } from './mentions.js';
import { tokenKey } from './phrases.js';
import type { TitleEntry } from './locales/en/roles.js';
import { actorsBefore, countryAfterOf, inTimex, link, modifierBefore, type ActorSeed, type Context } from './context.js';
import { heldFormerly, tenureWordAt, tenureWordBefore } from './tenure.js';
import { RUN_STOP } from './nominals.js';

export interface TitlePhrase {
  start: number;
  end: number;
  title: TitleEntry;
  country: string | null;
  sector: string;
  /** "X, a Chadian diplomat": a description, not the office held */
  indefinite?: boolean;
}

/** A title phrase ending right before `end`: "Japanese Foreign Minister", "US Secretary of State", "Huawei chief financial officer". */
export function titleBefore(ctx: Context, end: number): TitlePhrase | null {
  // "Norway's ambassador to France, X": skip the destination
  const dest = destinationBefore(ctx, end);
  if (dest !== null) {
    const inner = titleBefore(ctx, dest);
    if (inner) return { ...inner, end };
  }
  const ofPhrase = titleOfBefore(ctx, end);
  if (ofPhrase) return ofPhrase;
  let stop = end;
  // honorifics between title and name: "President Mr X" is rare; "Mr" alone gives no role
  const match = ctx.lex.titles.matchEndingAt(ctx.doc, stop);
  // "at 3.35 pm, Misri said": a clock time, not a prime minister
  if (!match || inTimex(ctx.doc, match.start)) return null;
  const title = match.value;
  if (title.honorific) {
    const inner = titleBefore(ctx, match.start);
    return inner ? { ...inner, end } : null;
  }
  stop = match.start;
  // "Japan's former prime minister": the tenure word stands between country and title
  stop = tenureWordBefore(ctx, stop)?.start ?? stop;
  // "U.S. Surgeon General", "Ghana's Foreign Affairs Minister": capitalised words between country and title
  let mod = modifierBefore(ctx, stop);
  // ("Chile's Mining and Energy Minister": up to five capitalised words, "and" between them)
  for (let k = 1; !mod && k <= 5 && stop - k > 0; k++) {
    const word = ctx.doc.tokens[stop - k].text;
    if (k > 1 && /^(?:and|&)$/.test(word)) continue;
    // (an office name the tagger took for an organisation stays part of the title: "Rohingya Relief and Repatriation Commissioner")
    const mention = ctx.mentionAt[stop - k] >= 0 ? ctx.doc.mentions[ctx.mentionAt[stop - k]] : null;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || (mention && mention.type !== 'ORG')) break;
    mod = modifierBefore(ctx, stop - k);
  }
  // a body's title is in the body's sector ("TPLF spokesperson"); a military-sounding one of a
  // civilian government body is civilian ("White House Chief of Staff")
  const body = mod?.sector ?? null;
  const sector = body && ((body !== 'GOV' && title.sector === 'GOV') || (body === 'GOV' && title.sector === 'MIL')) ? body : title.sector;
  if (!mod && stop > 0 && /^(?:his|her)$/i.test(ctx.doc.tokens[stop - 1].text)) {
    return { start: stop - 1, end, title, country: possessorCountry(ctx, stop - 1), sector };
  }
  return { start: mod ? mod.start : stop, end, title, country: mod?.country ?? title.home ?? null, sector };
}

/**
 * "secretary-general of Caritas, X", "the President of Ghana, X": a title
 * with "of <country or body>" ending right before `end`; the person is of that country or body.
 */
function titleOfBefore(ctx: Context, end: number): TitlePhrase | null {
  const { doc } = ctx;
  let bodyStart = end;
  const index = end > 0 ? ctx.tokenActor[end - 1] : -1;
  let country: string | null = null;
  let sector: string | null = null;
  if (index >= 0 && ctx.table.actors[index].kind !== 'person') {
    while (bodyStart > 0 && ctx.tokenActor[bodyStart - 1] === index) bodyStart--;
    country = ctx.table.actors[index].country;
    sector = ctx.table.actors[index].kind === 'organization' ? ctx.table.actors[index].sector : null;
  }
  if (bodyStart === end || !country) return null;
  let of = bodyStart - 1;
  if (of > 0 && /^the$/i.test(doc.tokens[of].text)) of--;
  if (of < 1 || doc.tokens[of].text !== 'of') return null;
  const match = ctx.lex.titles.matchEndingAt(doc, of);
  if (!match || match.value.honorific || match.value.plural) return null;
  const start = /^the$/i.test(doc.tokens[match.start - 1]?.text ?? '') ? match.start - 1 : match.start;
  return { start, end, title: match.value, country, sector: sector && sector !== 'GOV' ? sector : match.value.sector };
}

/** "Prime Minister X said ... His deputy prime minister, Y": the country of the titled person named last. */
function possessorCountry(ctx: Context, at: number): string | null {
  for (const index of actorsBefore(ctx, at)) {
    const a = ctx.table.actors[index];
    if (a.kind === 'person' && a.role && a.country) return a.country;
  }
  return null;
}

/** Start of "to (the) <country>" ending at `end` (after an ambassador or envoy title), else null. */
export function destinationBefore(ctx: Context, end: number): number | null {
  const { doc } = ctx;
  for (let s = Math.max(0, end - 5); s < end - 1; s++) {
    if (doc.tokens[s].text !== 'to') continue;
    let i = s + 1;
    if (/^the$/i.test(doc.tokens[i].text)) i++;
    const m = kbMatchAt(doc, ctx.lex.kb, i, end);
    if (m && m.end === end && ['country', 'seat', 'organization'].includes(m.entry.form)) return s;
  }
  return null;
}

/** An appositive title after a name: "X, Iran's foreign minister," / "X, the foreign minister of Iran". */
export function titleAfter(ctx: Context, end: number): TitlePhrase | null {
  const { doc } = ctx;
  if (end >= doc.tokens.length || doc.tokens[end].text !== ',') return null;
  let i = end + 1;
  const indefinite = /^(?:a|an)$/i.test(doc.tokens[i]?.text ?? '');
  // "X, a former finance minister, now prime minister": the office held now
  if (/^(?:now|currently)$/i.test(doc.tokens[i]?.text ?? '')) i++;
  if (i < doc.tokens.length && /^(?:the|a|an)$/i.test(doc.tokens[i].text)) i++;
  let country: string | null = null;
  let sector: string | null = null;
  const lead = kbMatchAt(doc, ctx.lex.kb, i);
  if (lead && ['demonym', 'country', 'seat', 'organization'].includes(lead.entry.form)) {
    country = lead.entry.country;
    if (lead.entry.form === 'organization') sector = lead.entry.sector;
    i = lead.end;
    if (i < doc.tokens.length && /^(?:'s|’s)$/.test(doc.tokens[i].text)) i++;
  }
  i = tenureWordAt(ctx, i) ?? i;
  // "the United Nations Emergency Relief Coordinator": capitalised words between the body and the title
  if (country !== null && !ctx.lex.titles.matchAt(doc, i)) {
    for (let k = i; k < Math.min(doc.tokens.length, i + 3) && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[k].text); k++) {
      if (ctx.lex.titles.matchAt(doc, k + 1)) {
        i = k + 1;
        break;
      }
    }
  }
  // "deputy commander in chief of the Revolutionary Guards": a rank word before a title it does not form one with
  const rank = !ctx.lex.titles.matchAt(doc, i) && RANK_WORDS.test(doc.tokens[i]?.text ?? '') ? doc.tokens[i++].text : null;
  const match = ctx.lex.titles.matchAt(doc, i);
  if (!match || match.value.honorific) return null;
  // "a former deputy secretary-general": the deputy holds no office of the title's own
  if (rank && /^(?:deputy|vice|assistant)$/i.test(rank)) {
    match.value = { ...match.value, id: `${match.value.id}.deputy`, role: `Deputy ${match.value.role}`, office: undefined };
  }
  // "Ruto, Chilean president Gabriel Boric, ...": a title followed by a name starts the next list item
  if (match.end < doc.tokens.length && /^\p{Lu}/u.test(doc.tokens[match.end].text) && doc.tokens[match.end].text !== 'of') return null;
  let stop = match.end;
  if (doc.words({ start: stop, end: stop + 2 }).join(' ') === 'in chief') stop += 2;
  if (country === null && stop + 1 < doc.tokens.length && doc.tokens[stop].text === 'of') {
    const info: { country: string | null; sector?: string | null; end: number } | null = countryAfterOf(ctx, stop) ?? bodyAfterOf(ctx, stop);
    if (info) {
      country = info.country;
      sector = info.sector ?? sector;
      stop = info.end;
    }
  }
  const resolvedSector = sector && sector !== 'GOV' && match.value.sector === 'GOV' ? sector : match.value.sector;
  return { start: end + 1, end: stop, title: match.value, country: country ?? match.value.home ?? null, sector: resolvedSector, ...(indefinite ? { indefinite } : {}) };
}

const RANK_WORDS = /^(?:deputy|vice|senior|assistant|acting|top|chief)$/i;

/** "of the Revolutionary Guards" at token `of`: a body whose country and sector the person shares. */
function bodyAfterOf(ctx: Context, of: number): { country: string | null; sector: string | null; end: number } | null {
  let i = of + 1;
  if (/^the$/i.test(ctx.doc.tokens[i]?.text ?? '')) i++;
  const m = kbMatchAt(ctx.doc, ctx.lex.kb, i);
  if (m && m.entry.form === 'organization' && m.entry.country) return { country: m.entry.country, sector: m.entry.sector, end: m.end };
  // "X, the leader of the rebel group": the body that word stands for, named before
  const group = /^the$/i.test(ctx.doc.tokens[of + 1]?.text ?? '') ? ctx.lex.groups.matchAt(ctx.doc, i) : null;
  if (group?.value.backTo) {
    const backTo = group.value.backTo;
    const body = actorsBefore(ctx, of).map((k) => ctx.table.actors[k])
      .find((a) => a.kind === 'organization' && (backTo.test(a.sector ?? '') || backTo.test(a.name)));
    // (its country may be read only later, from the story)
    if (body) return { country: body.country, sector: body.sector, end: group.end };
  }
  const k = ctx.mentionAt[i];
  const index = ctx.tokenActor[i];
  if (k < 0 || index < 0 || ctx.doc.mentions[k].start !== i) return null;
  const body = ctx.table.actors[index];
  return body.kind === 'organization' && body.country ? { country: body.country, sector: body.sector, end: ctx.doc.mentions[k].end } : null;
}

export function personSeed(ctx: Context, name: string, kbPerson: KbPerson | null, title: TitlePhrase | null): ActorSeed {
  const term = kbPerson ? termOn(kbPerson, ctx.reference) : null;
  const role = title ? title.title.role : term?.role ?? null;
  const country = title?.country ?? term?.country ?? null;
  const sector = title ? title.sector : term ? (term.country.length === 3 ? 'GOV' : 'IGO') : null;
  return {
    id: kbPerson?.id ?? slug(name), name: kbPerson?.name ?? name, kind: 'person', country, sector, role,
    ...(kbPerson ? { kb: kbPerson.id } : {}),
  };
}

export function kbPersonFor(ctx: Context, key: string, multiWord: boolean): KbPerson | null {
  let entries = lookup(ctx.lex.kb, key).filter((e) => e.form === 'person');
  // a bare surname links only when one office-holder has it, or one of them is in office on the article date
  if (!multiWord) entries = [...ctx.lex.kb.byName.get(key) ?? []].filter((e) => e.form === 'person');
  const ids = [...new Set(entries.map((e) => e.id))];
  if (ids.length > 1 && !multiWord) {
    const inOffice = ids.filter((id) => officeHolderOn(ctx, id));
    return inOffice.length === 1 ? ctx.lex.kb.persons.get(inOffice[0]) ?? null : null;
  }
  return ids.length === 1 ? ctx.lex.kb.persons.get(ids[0]) ?? null : null;
}

/** "Sheikh Hamad bin Khalifa al-Thani": the name after an honorific the mention opens with. */
function kbPersonAfterHonorific(ctx: Context, m: Mention): KbPerson | null {
  const honorific = ctx.lex.titles.matchAt(ctx.doc, m.start, m.end);
  if (!honorific?.value.honorific || m.end - honorific.end < 2) return null;
  return kbPersonFor(ctx, tokenKey(ctx.doc, honorific.end, m.end), true);
}

/** Link person mentions: full names first, then short forms to the full name that contains them. */
export function linkPersons(ctx: Context, mentions: Mention[]): void {
  const persons = mentions.filter((m) => m.type === 'PER');
  const full = persons.filter((m) => m.end - m.start >= 2);
  const short = persons.filter((m) => m.end - m.start < 2);
  for (const m of [...full, ...short]) {
    const { doc } = ctx;
    const name = doc.spanText(m);
    const key = tokenKey(doc, m.start, m.end);
    let index: number | undefined;
    if (m.end - m.start < 2) index = sameNameActor(ctx, doc.tokens[m.start].text, m.start);
    const comma = m.start > 0 && doc.tokens[m.start - 1].text === ',';
    let title = titleBefore(ctx, m.start) ?? (comma ? titleBefore(ctx, m.start - 1) : null) ?? titleAfter(ctx, m.end);
    // "AU envoy, former Kenyan president, X": the office held now comes first
    if (title && endedTitle(ctx, title)) title = currentTitleBefore(ctx, title) ?? currentTitleAfter(ctx, title) ?? title;
    const kbPerson = index === undefined ? kbPersonFor(ctx, key, m.end - m.start >= 2) ?? kbPersonAfterHonorific(ctx, m) : null;
    const kbId = index === undefined ? kbPerson?.id : ctx.table.actors[index].kb;
    // "Mr Faki, a Chadian diplomat": a description does not replace the office the article date gives
    if (title?.indefinite && kbId && officeHolderOn(ctx, kbId)) title = null;
    const known = index !== undefined;
    index ??= ctx.table.ensure(personSeed(ctx, name, kbPerson, title));
    const actor = ctx.table.actors[index];
    // "Russian dissident Ilya Yashin": a demonym before descriptive words gives the country
    if (!title && !actor.country) actor.country = descriptorCountry(ctx, m.start);
    // one role per person: an office held before ("Wanjiru, a former trade minister") does not replace the one read already
    if (title && known && actor.role && endedTitle(ctx, title)) title = null;
    if (title) {
      // the title in the text is the better evidence for this document
      actor.role = title.title.role;
      actor.sector = title.sector;
      if (title.country) actor.country = title.country;
      if (title.start < m.start) ctx.table.addSpan(index, { start: title.start, end: m.end });
    }
    // "King Hussein of Jordan": "of <country>" right after a name the title gave no country is the person's
    const ofCountry = !known && !title?.country && doc.tokens[m.end]?.text === 'of' ? countryAfterOf(ctx, m.end) : null;
    if (ofCountry) actor.country = ofCountry.country;
    if (!actor.country && !kbPerson && m.end - m.start === 1) actor.country = sharedNameCountry(ctx, key);
    link(ctx, m, index);
  }
}

/**
 * "President Bush" between the two Bush presidencies: a surname several office-holders share, none
 * of them in office on the article date, still gives the one country all of them served.
 */
function sharedNameCountry(ctx: Context, key: string): string | null {
  const ids = new Set((ctx.lex.kb.byName.get(key) ?? []).filter((e) => e.form === 'person').map((e) => e.id));
  const countries = new Set<string>();
  for (const id of ids) for (const term of ctx.lex.kb.persons.get(id)?.terms ?? []) countries.add(term.country);
  return countries.size === 1 ? [...countries][0] : null;
}

/** A title phrase that says the office has ended ("former Nigerian president"). */
function endedTitle(ctx: Context, title: TitlePhrase): boolean {
  for (let i = Math.max(0, title.start - 1); i < title.end; i++) {
    const end = tenureWordAt(ctx, i);
    if (end !== null && /^(?:former|ex|then)$/i.test(ctx.doc.tokens[i].text)) return true;
  }
  return false;
}

/** A title standing before a former one, separated by a comma: "ECOWAS envoy, former ...". */
function currentTitleBefore(ctx: Context, title: TitlePhrase): TitlePhrase | null {
  let start = title.start;
  if (start > 0 && /^(?:former|ex|then)$/i.test(ctx.doc.tokens[start - 1].text)) start--;
  if (start < 2 || ctx.doc.tokens[start - 1].text !== ',') return null;
  const earlier = titleBefore(ctx, start - 1);
  return earlier && !endedTitle(ctx, earlier) ? { ...earlier, end: title.end } : null;
}

/** ", now <title>" after a former one: "X, a former finance minister, now prime minister of Y". */
function currentTitleAfter(ctx: Context, title: TitlePhrase): TitlePhrase | null {
  if (!/^(?:now|currently)$/i.test(ctx.doc.tokens[title.end + 1]?.text ?? '')) return null;
  const later = titleAfter(ctx, title.end);
  return later && !endedTitle(ctx, later) ? { ...later, start: title.start } : null;
}

/** True when the knowledge base has the person in office on the article date. */
function officeHolderOn(ctx: Context, kbId: string): boolean {
  const person = ctx.lex.kb.persons.get(kbId);
  return person?.terms.some((t) => t.from <= ctx.reference && (t.to === '' || ctx.reference <= t.to)) ?? false;
}

/**
 * No word of a description: a verb (not a participle: "convicted arms dealer"), preposition or
 * other function word by the tagger's part of speech; with no tags, a function word or past form in -ed.
 */
function breaksDescription(doc: Doc, i: number): boolean {
  if (doc.pos.length === doc.tokens.length && doc.pos[i]) return /^(?:VB[DZP]?|MD|IN|TO|DT|CC|WDT|WP|RB)$/.test(doc.pos[i]);
  return /^\p{Ll}+ed$/u.test(doc.tokens[i].text) || RUN_STOP.test(doc.tokens[i].text) || /^(?:since|after|before|until|like|than)$/.test(doc.tokens[i].text);
}

/** A demonym or country up to three lowercase words before a name ("German mercenary", "Russian opposition politician"). */
export function descriptorCountry(ctx: Context, start: number): string | null {
  const { doc } = ctx;
  let j = start;
  for (let k = 0; k < 3 && j > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(doc.tokens[j - 1].text); k++) {
    j--;
    // "Moscow freed Brittney Griner", "in Iran since X": the place is no description of the person
    if (breaksDescription(doc, j)) return null;
    const mod = modifierBefore(ctx, j);
    if (mod?.country && mod.actor === null) return mod.country;
  }
  return null;
}

/**
 * A person actor whose name has this word as first or last name. Of several ("Evan Gershkovich" and
 * his mother "Ella Gershkovich"), the one named last before token `at`.
 */
export function sameNameActor(ctx: Context, word: string, at = Infinity): number | undefined {
  const candidates: number[] = [];
  for (let i = ctx.table.actors.length - 1; i >= 0; i--) {
    const a = ctx.table.actors[i];
    if (a.kind !== 'person') continue;
    const parts = a.name.split(/\s+/);
    if ((parts.length >= 2 && (parts[parts.length - 1] === word || parts[0] === word)) || a.aliases.some((alias) => alias === word)) candidates.push(i);
  }
  if (candidates.length > 1 && at !== Infinity) {
    const lastBefore = (i: number) => Math.max(-1, ...ctx.table.actors[i].spans.filter((s) => s.end <= at).map((s) => s.end));
    const named = candidates.filter((i) => lastBefore(i) >= 0).sort((x, y) => lastBefore(y) - lastBefore(x));
    if (named.length) return named[0];
  }
  if (candidates.length) return candidates[0];
  // knowledge-base aliases ("Zelenskyy" for "Volodymyr Zelensky")
  for (let i = 0; i < ctx.table.actors.length; i++) {
    const a = ctx.table.actors[i];
    const person = a.kb ? ctx.lex.kb.persons.get(a.kb) : undefined;
    if (person?.aliases.includes(word)) return i;
  }
  return undefined;
}

/** Titles standing alone: "the Japanese prime minister", "Iraq's foreign minister", "the president". */
export function linkBareTitles(ctx: Context): void {
  const { doc } = ctx;
  // "former Nigerian president, Goodluck Jonathan": a title already read with a name
  const titled = new Int32Array(doc.tokens.length).fill(-1);
  ctx.table.actors.forEach((a, index) => {
    if (a.kind === 'person') for (const s of a.spans) titled.fill(index, s.start, s.end);
  });
  for (let i = 0; i < doc.tokens.length; i++) {
    if (ctx.tokenActor[i] >= 0) continue;
    const match = ctx.lex.titles.matchAt(doc, i);
    if (!match || match.value.honorific || match.value.plural || inTimex(doc, i)) continue;
    const end = match.end;
    // a title directly before a name was handled with the name
    if (end < doc.tokens.length && ctx.tokenActor[end] >= 0 && ctx.table.actors[ctx.tokenActor[end]].kind === 'person') {
      i = end - 1;
      continue;
    }
    if (end < doc.tokens.length && /^\p{Lu}/u.test(doc.tokens[end].text) && !/^(?:of)$/.test(doc.tokens[end].text)) continue;
    const title = match.value;
    let tenure = tenureWordBefore(ctx, i);
    const mod = modifierBefore(ctx, tenure?.start ?? i);
    // "the former Nigerian president": the tenure word before the country
    if (!tenure && mod) tenure = tenureWordBefore(ctx, mod.start);
    let country = mod?.country ?? null;
    // "Mr Faki sent his envoy": the envoy of the titled person named last
    const possessor = !mod && (tenure?.start ?? i) > 0 && /^(?:his|her)$/i.test(doc.tokens[(tenure?.start ?? i) - 1].text) ? (tenure?.start ?? i) - 1 : -1;
    // ("his counterpart" is someone else's office-holder)
    if (possessor >= 0 && title.office !== 'counterpart') country = possessorCountry(ctx, possessor);
    let phraseEnd = end;
    if (!country && end < doc.tokens.length && doc.tokens[end].text === 'of') {
      const c = countryAfterOf(ctx, end);
      if (c) {
        country = c.country;
        phraseEnd = c.end;
      } else if (/^\p{Lu}/u.test(doc.tokens[/^the$/i.test(doc.tokens[end + 1]?.text ?? '') ? end + 2 : end + 1]?.text ?? '')) {
        // "the president of UNOS", "chairman of the Fed": the head of another body, not a country's office-holder
        i = end - 1;
        continue;
      }
    }
    country ??= title.home ?? null;
    const start = Math.min(mod?.start ?? i, tenure?.start ?? i, possessor >= 0 ? possessor : i);
    // "the removal of a president", "a senior Ukrainian official": someone of the country, never its office-holder
    if (indefiniteBefore(doc, start)) {
      // "Hayashi, a former education minister,": a description of the person just named
      const described = appositionOwner(ctx, start);
      const someone = described ?? countryRoleActor(ctx, title, country ?? storyCountryFor(ctx, phraseEnd));
      if (someone !== null) ctx.table.addSpan(someone, { start, end: phraseEnd });
      i = phraseEnd - 1;
      continue;
    }
    // a title already read with a name is that person's ("her Latvian counterpart, X"),
    // unless it names an office held before ("UN envoy, former Kenyan prime minister, X")
    const index = titled[i] >= 0 ? (tenure ? null : titled[i])
      : tenure?.word.bound === 'ended' ? resolveFormerTitle(ctx, title, country, i) : resolveTitle(ctx, title, country, i);
    if (index !== null) ctx.table.addSpan(index, { start, end: phraseEnd });
    i = phraseEnd - 1;
  }
}

/**
 * The story's country for an unnamed office-holder whose phrase ends at `end`, unless the rest of
 * its sentence gives that country to another title ("A senior minister called Kazakhstan's
 * ambassador": the minister is not the ambassador's countryman).
 */
function storyCountryFor(ctx: Context, end: number): string | null {
  const { doc } = ctx;
  if (!ctx.focus) return null;
  const sentenceEnd = doc.sentences[doc.sentenceOf(Math.max(0, end - 1))].end;
  for (let j = end; j < sentenceEnd; j++) {
    const index = ctx.tokenActor[j];
    if (index < 0 || ctx.tokenActor[j + 1] === index) continue;
    const a = ctx.table.actors[index];
    if (a.kind !== 'country' || a.country !== ctx.focus || !/^(?:'s|’s)$/.test(doc.tokens[j + 1]?.text ?? '')) continue;
    let k = j + 2;
    while (k < sentenceEnd && RANK_WORDS.test(doc.tokens[k].text)) k++;
    const owned = ctx.lex.titles.matchAt(doc, k);
    if (owned && !owned.value.honorific) return null;
  }
  return ctx.focus;
}

/** The person named right before ", a/an ..." at the phrase starting at `start`, else null. */
function appositionOwner(ctx: Context, start: number): number | null {
  let j = start - 1;
  while (j >= 0 && !/^(?:a|an)$/i.test(ctx.doc.tokens[j].text) && start - j <= 3) j--;
  if (j < 2 || ctx.doc.tokens[j - 1].text !== ',') return null;
  const owner = ctx.tokenActor[j - 2];
  return owner >= 0 && ctx.table.actors[owner].kind === 'person' ? owner : null;
}

/** "a", "an" or "another" before a title phrase, across up to two lowercase adjectives ("a new prime minister"). */
function indefiniteBefore(doc: Doc, start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - 3); j--) {
    const word = doc.tokens[j].text;
    if (/^(?:a|an|another|any|every|each)$/i.test(word)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || /^(?:the|his|her|its|their|of|to|and|or)$/.test(word)) return false;
  }
  return false;
}

/**
 * "the former president", "Mali's former prime minister": never today's office-holder. The last
 * person named as a former holder of that office, else one actor for the story country's former
 * holder(s) of it.
 */
export function resolveFormerTitle(ctx: Context, title: TitleEntry, country: string | null, at: number): number | null {
  if (!title.office || title.office === 'counterpart') return null;
  for (const index of actorsBefore(ctx, at)) {
    const a = ctx.table.actors[index];
    if (a.kind === 'person' && a.role && officeOf(a.role) === title.office && (!country || a.country === country) && heldFormerly(ctx, a)) return index;
  }
  const code = country ?? ctx.focus;
  if (!code) return null;
  const info = ctx.lex.kb.countries.get(code);
  const name = `former ${info?.demonym ?? code} ${title.role}`;
  return ctx.table.ensure({ id: slug(name), name, kind: 'person', country: code, sector: title.sector, role: title.role });
}

const HEAD_OFFICES = new Set(['President', 'Prime Minister', 'King', 'Emir', 'Supreme Leader']);

/** Countries whose president (not prime minister) is "the leader". */
export const PRESIDENT_LEADS = new Set(['USA', 'RUS', 'FRA', 'CHN', 'TUR', 'KOR', 'BRA', 'UKR', 'BLR', 'EGY', 'IDN', 'PHL', 'MEX', 'ARG', 'COL', 'VEN', 'NGA', 'ZAF', 'KAZ', 'AZE', 'SRB', 'SYR', 'TWN', 'KEN', 'UGA', 'RWA']);

/** The office to look up for a title: "leader" is the head of state or government by country. */
export function officesFor(title: TitleEntry, country: string): string[] {
  if (title.office !== 'leader') return title.office ? [title.office] : [];
  return ['Supreme Leader', ...(PRESIDENT_LEADS.has(country) ? ['President', 'Prime Minister'] : ['Prime Minister', 'President']), 'King', 'Emir'];
}

/** "his Azerbaijani counterpart": the office of the last titled person named. */
export function counterpartTitle(ctx: Context, title: TitleEntry, at: number): TitleEntry {
  for (const index of actorsBefore(ctx, at)) {
    const a = ctx.table.actors[index];
    if (a.kind === 'person' && a.role) {
      const office = officeOf(a.role);
      return { ...title, role: office, office, sector: a.sector ?? title.sector };
    }
  }
  return { ...title, office: undefined };
}

export function resolveTitle(ctx: Context, title: TitleEntry, country: string | null, at: number): number | null {
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
      if (a.kind !== 'person' || !a.role) continue;
      if (officeOf(a.role) === officeOf(title.role)) return index;
      // "the veteran leader" after "Prime Minister Viktor Orban": the head of state or government named last
      if (title.office === 'leader' && HEAD_OFFICES.has(officeOf(a.role))) return index;
    }
    if (!ctx.focus || !title.office || title.office === 'leader' || title.office === 'counterpart') return null;
    const holder = officeHolder(ctx.lex.kb, ctx.focus, title.office, ctx.reference);
    if (!holder) return null;
    return ctx.table.indexOf(holder.id) ?? ctx.table.ensure({
      id: holder.id, name: holder.name, kind: 'person', country: ctx.focus, sector: title.sector,
      role: termOn(holder, ctx.reference).role, kb: holder.id,
    });
  }
  return countryRoleActor(ctx, title, country);
}

/** One actor for an unnamed holder of a title in a country ("Ukrainian official"); null without a country. */
function countryRoleActor(ctx: Context, title: TitleEntry, country: string | null): number | null {
  if (!country) return null;
  const info = ctx.lex.kb.countries.get(country);
  const name = `${info?.demonym ?? country} ${title.role}`;
  return ctx.table.ensure({ id: slug(name), name, kind: 'person', country, sector: title.sector, role: title.role });
}
