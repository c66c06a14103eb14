// In-document identity beyond names: "the two officials", "both governments" and "they" refer
// back to the pair just named; the span is recorded on each actor of the pair.
import { PAIR_NOUNS } from './locales/en/roles.js';
import { countryActor, type Context } from './context.js';

/** "the two officials", "both governments", "they" after "A and B": spans on each of the pair. */
export function linkPairs(ctx: Context): void {
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
export function lastPair(ctx: Context, before: number, want: 'person' | 'country' | 'any', subjectOnly = false): [number, number] | null {
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
export function opensSentence(ctx: Context, last: number): boolean {
  const { doc } = ctx;
  const actor = ctx.tokenActor[last];
  let start = last;
  while (start > 0 && ctx.tokenActor[start - 1] === actor) start--;
  const s = doc.sentenceOf(start);
  return s >= 0 && start - doc.sentences[s].start <= 2;
}

export function countryOfPerson(ctx: Context, index: number): number {
  const a = ctx.table.actors[index];
  if (a.kind !== 'person' || !a.country) return index;
  const info = ctx.lex.kb.countries.get(a.country);
  return info ? countryActor(ctx, info) : index;
}

export function fits(ctx: Context, index: number, want: 'person' | 'country' | 'any'): boolean {
  const kind = ctx.table.actors[index].kind;
  if (want === 'any') return kind === 'person' || kind === 'country' || kind === 'organisation';
  if (want === 'country') return kind === 'country' || kind === 'organisation';
  return kind === 'person';
}
