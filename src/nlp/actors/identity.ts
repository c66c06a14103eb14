// In-document identity beyond names: "the two officials", "both governments", "the three
// countries", "the warring parties" and "they" refer back to the parties just named (or, failing
// a coordination, the story's main parties); the span is recorded on each actor referred to.
import { PAIR_NOUNS, PLURAL_TITLES, type TitleEntry } from './locales/en/roles.js';
import { countryActor, type Context } from './context.js';
import { officeOf } from './kb.js';
import { PhraseTable } from './phrases.js';

/** "the two officials", "both governments", "they" after "A and B": spans on each of the pair. */
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, both: 2 };

export function linkPairs(ctx: Context): void {
  const { doc } = ctx;
  for (let i = 0; i < doc.tokens.length; i++) {
    const w = doc.tokens[i].text.toLowerCase();
    let end = -1;
    let want: 'person' | 'country' | 'any' = 'any';
    let count = 2;
    const afterThe = /^the$/i.test(doc.tokens[i - 1]?.text ?? '');
    if ((afterThe && COUNTS[w] && w !== 'both') || w === 'both' || (afterThe && w === 'warring')) {
      // "the two sides", "the three other states", "the four Arab states"
      for (let k = i + 1; k <= i + 3 && k < doc.tokens.length; k++) {
        const noun = doc.tokens[k].text.toLowerCase();
        if (PAIR_NOUNS[noun]) {
          want = PAIR_NOUNS[noun];
          end = k + 1;
          count = COUNTS[w] ?? 2;
          break;
        }
        if (!/^(?:other|\p{Lu}\p{Ll}+|main|warring|rival|neighbouring|neighboring)$/u.test(doc.tokens[k].text)) break;
      }
    } else if (w === 'they') {
      end = i + 1;
    }
    if (end < 0) continue;
    const start = afterThe ? i - 1 : i;
    let parties: number[] | null = count === 2 ? lastPair(ctx, start, want, w === 'they') : lastList(ctx, start, want, count);
    // "relations between the two countries, Nepal's minister said": the only ones its sentence names
    if (!parties && w !== 'they' && want === 'country') parties = sentenceParties(ctx, start, end, count);
    // "the two sides", "the three countries" with no coordination near: the story's main parties
    if (!parties && w !== 'they') parties = mainParties(ctx, start, want, count);
    if (!parties) continue;
    for (const index of parties) ctx.table.addSpan(index, { start, end });
    for (let k = start; k < end; k++) ctx.tokenActor[k] = parties[0];
  }
}

/** The countries a sentence names around [start, end) (persons count as their country), when there are exactly `count`. */
export function sentenceParties(ctx: Context, start: number, end: number, count: number): number[] | null {
  const sentence = ctx.doc.sentences[ctx.doc.sentenceOf(start)];
  const found: number[] = [];
  for (let j = sentence.start; j < sentence.end; j++) {
    const a = ctx.tokenActor[j];
    if (a < 0 || (j >= start && j < end)) continue;
    const index = countryOfPerson(ctx, a);
    if (ctx.table.actors[index].kind === 'country' && !found.includes(index)) found.push(index);
  }
  return found.length === count ? found : null;
}

/** "It called on the South": in a story naming South Korea (or South Sudan), "the South" is that country. */
export function linkCompassShortForms(ctx: Context): void {
  const { doc } = ctx;
  const byWord = new Map<string, number>();
  ctx.table.actors.forEach((a, index) => {
    const word = /^(North|South)\s/.exec(a.name)?.[1];
    if (a.kind === 'country' && word && a.spans.length) byWord.set(word, byWord.has(word) ? -1 : index);
  });
  for (let i = 1; i < doc.tokens.length; i++) {
    const index = byWord.get(doc.tokens[i].text);
    if (index === undefined || index < 0 || ctx.tokenActor[i] >= 0 || !/^the$/i.test(doc.tokens[i - 1].text)) continue;
    if (/^\p{Lu}/u.test(doc.tokens[i + 1]?.text ?? '') || /^-/.test(doc.tokens[i + 1]?.text ?? '')) continue;
    ctx.table.addSpan(index, { start: i - 1, end: i + 1 });
    ctx.tokenActor[i] = index;
  }
}

/** The `count` actors of the wanted kind named most often before token `before` (ties: first named). */
export function mainParties(ctx: Context, before: number, want: 'person' | 'country' | 'any', count: number): number[] | null {
  const tally = new Map<number, { n: number; first: number }>();
  for (let j = 0; j < before; j++) {
    const a = ctx.tokenActor[j];
    if (a < 0 || (j > 0 && ctx.tokenActor[j - 1] === a)) continue;
    const index = want === 'country' ? countryOfPerson(ctx, a) : a;
    if (!fits(ctx, index, want === 'any' ? 'country' : want)) continue;
    const t = tally.get(index) ?? { n: 0, first: j };
    t.n++;
    tally.set(index, t);
  }
  if (tally.size < count) return null;
  const ranked = [...tally.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first);
  // only when the main parties stand out from the rest
  if (ranked.length > count && ranked[count][1].n === ranked[count - 1][1].n) return null;
  return ranked.slice(0, count).map(([index]) => index).sort((x, y) => tally.get(x)!.first - tally.get(y)!.first);
}

/** The two actors of the last "A and B" coordination in this or the two sentences before. */
export function lastPair(ctx: Context, before: number, want: 'person' | 'country' | 'any', subjectOnly = false): [number, number] | null {
  const { doc } = ctx;
  const s = doc.sentenceOf(before);
  const floor = s > 1 ? doc.sentences[s - 2].start : 0;
  for (let j = before - 1; j > floor; j--) {
    if (doc.tokens[j].text !== 'and') continue;
    // "they" refers back to a pair that was a subject: "A and B" opening its sentence
    if (subjectOnly && !opensSentence(ctx, j - 1)) continue;
    let left = ctx.tokenActor[j - 1];
    // "Peru and the Dominican Republic"
    let right = ctx.tokenActor[/^the$/i.test(doc.tokens[j + 1]?.text ?? '') ? j + 2 : j + 1];
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

/** "Chile, Peru, Bolivia and Ecuador ... The four Andean neighbours": the last list of `count` parties in this or the two sentences before. */
export function lastList(ctx: Context, before: number, want: 'person' | 'country' | 'any', count: number): number[] | null {
  const { doc } = ctx;
  const s = doc.sentenceOf(before);
  const floor = s > 1 ? doc.sentences[s - 2].start : 0;
  for (let j = before - 1; j > floor; j--) {
    if (doc.tokens[j].text !== 'and') continue;
    const right = ctx.tokenActor[/^the$/i.test(doc.tokens[j + 1]?.text ?? '') ? j + 2 : j + 1];
    if (right < 0) continue;
    const items = [right];
    let i = j - 1;
    while (i >= floor && ctx.tokenActor[i] >= 0) {
      const a = ctx.tokenActor[i];
      items.unshift(a);
      while (i > floor && ctx.tokenActor[i - 1] === a) i--;
      i--;
      if (i >= floor && /^the$/i.test(doc.tokens[i].text)) i--;
      if (i < floor || doc.tokens[i].text !== ',') break;
      i--;
    }
    const parties = items.map((a) => (want === 'country' ? countryOfPerson(ctx, a) : a));
    if (new Set(parties).size === count && parties.length === count && parties.every((a) => fits(ctx, a, want))) return parties;
  }
  return null;
}

/** Does the actor name ending at token `last` start within the first words of its sentence? */
export function opensSentence(ctx: Context, last: number): boolean {
  const { doc } = ctx;
  const actor = ctx.tokenActor[last];
  let start = last;
  while (start > 0 && ctx.tokenActor[start - 1] === actor) start--;
  const s = doc.sentenceOf(start);
  if (s < 0) return false;
  if (start - doc.sentences[s].start <= 2) return true;
  // "Two large lenders, Japan and Korea, are ...": no verb before the pair
  if (doc.pos.length !== doc.tokens.length) return false;
  for (let k = doc.sentences[s].start; k < start; k++) if (/^(?:VB|MD)/.test(doc.pos[k])) return false;
  return true;
}

export function countryOfPerson(ctx: Context, index: number): number {
  const a = ctx.table.actors[index];
  if (a.kind !== 'person' || !a.country) return index;
  const info = ctx.lex.kb.countries.get(a.country);
  return info ? countryActor(ctx, info) : index;
}

export function fits(ctx: Context, index: number, want: 'person' | 'country' | 'any'): boolean {
  const kind = ctx.table.actors[index].kind;
  if (want === 'any') return kind === 'person' || kind === 'country' || kind === 'organization';
  if (want === 'country') return kind === 'country' || kind === 'organization';
  return kind === 'person';
}

const ARMED_PAIR_NOUNS = /^(?:forces|factions|militias|fighters|camps)$/i;
const ARMED_SECTORS = new Set(['MIL', 'REB']);

/**
 * "X fought the army again ... the shooting between the two forces must end": the
 * last two armed bodies named in this or the two sentences before (run after the group nouns).
 */
export function linkArmedPairs(ctx: Context): void {
  const { doc } = ctx;
  for (let i = 1; i + 1 < doc.tokens.length; i++) {
    const w = doc.tokens[i].text.toLowerCase();
    if (!((w === 'two' && /^the$/i.test(doc.tokens[i - 1].text)) || w === 'both')) continue;
    const end = ARMED_PAIR_NOUNS.test(doc.tokens[i + 1].text) ? i + 2 : -1;
    if (end < 0 || ctx.tokenActor[i + 1] >= 0) continue;
    const start = w === 'two' ? i - 1 : i;
    const parties = lastArmed(ctx, start);
    if (!parties) continue;
    for (const index of parties) ctx.table.addSpan(index, { start, end });
    for (let k = start; k < end; k++) ctx.tokenActor[k] = parties[0];
  }
}

/** The two armed actors (military or rebel) whose spans end last before `before`, within three sentences. */
function lastArmed(ctx: Context, before: number): number[] | null {
  const { doc } = ctx;
  const s = doc.sentenceOf(before);
  const floor = doc.sentences[Math.max(0, s - 2)].start;
  const found: { index: number; end: number }[] = [];
  ctx.table.actors.forEach((a, index) => {
    if (!ARMED_SECTORS.has(a.sector ?? '') || a.kind === 'person') return;
    const ends = a.spans.filter((sp) => sp.start >= floor && sp.end <= before).map((sp) => sp.end);
    if (ends.length) found.push({ index, end: Math.max(...ends) });
  });
  if (found.length < 2) return null;
  return found.sort((x, y) => y.end - x.end).slice(0, 2).map((f) => f.index).sort((x, y) => x - y);
}

const pluralTitles = new PhraseTable<TitleEntry>(PLURAL_TITLES.map((t) => [t.words, t]));

/**
 * "The chief of staff of Peru phoned the chief of staff of Chile ... The chiefs of staff meet again": "the" (or
 * "both", "the two") and a plural title refer back to every person named before with that office,
 * when there are two or more (run after the bare titles).
 */
export function linkPluralTitles(ctx: Context): void {
  const { doc } = ctx;
  for (let i = 1; i < doc.tokens.length; i++) {
    if (ctx.tokenActor[i] >= 0) continue;
    const match = pluralTitles.matchAt(doc, i);
    if (!match) continue;
    let start = i - 1;
    const count = COUNTS[doc.tokens[start].text.toLowerCase()];
    if (count && start > 0 && /^the$/i.test(doc.tokens[start - 1].text)) start--;
    if (!count && !/^the$/i.test(doc.tokens[start].text)) continue;
    // "the foreign ministers of Chile and Peru": the parties follow; the list is read elsewhere
    if (doc.tokens[match.end]?.text === 'of') continue;
    const office = officeOf(match.value.role);
    const holders = ctx.table.actors
      .map((a, index) => ({ a, index, end: Math.max(-1, ...a.spans.filter((sp) => sp.end <= start).map((sp) => sp.end)) }))
      .filter((x) => x.end >= 0 && x.a.kind === 'person' && x.a.role !== null && officeOf(x.a.role) === office)
      .sort((x, y) => y.end - x.end)
      .slice(0, count ?? Infinity)
      .map((x) => x.index);
    if (holders.length < 2 || (count && holders.length !== count)) continue;
    for (const index of holders.sort((x, y) => x - y)) ctx.table.addSpan(index, { start, end: match.end });
    for (let k = start; k < match.end; k++) ctx.tokenActor[k] = holders[0];
    i = match.end - 1;
  }
}

/**
 * "Wickremesinghe was not at home, his office said, and he had offered to step down": "he" or
 * "she" opening a clause joined by "and" / "but" is the person named before it when that sentence
 * and the one before name only one person (never the group or body the clause between names; the
 * events stage resolves the other pronouns itself).
 */
export function linkPersonPronouns(ctx: Context): void {
  const { doc } = ctx;
  for (let i = 1; i < doc.tokens.length; i++) {
    if (!/^(?:he|she)$/i.test(doc.tokens[i].text) || ctx.tokenActor[i] >= 0) continue;
    if (!/^(?:and|but)$/i.test(doc.tokens[i - 1].text)) continue;
    const s = doc.sentenceOf(i);
    const from = doc.sentences[Math.max(0, s - 1)].start;
    const persons = ctx.table.actors.flatMap((a, index) =>
      a.kind === 'person' && a.spans.some((sp) => sp.start >= from && sp.end <= i) ? [index] : []);
    if (persons.length !== 1) continue;
    const [person] = persons;
    ctx.table.addSpan(person, { start: i, end: i + 1 });
    ctx.tokenActor[i] = person;
  }
}
