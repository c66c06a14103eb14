// The lexicon index: patterns grouped by head lemma in a Map, so the coder checks each token once.
import { LEXICON } from './locales/en/lexicon.js';
import { PLOVER_CATEGORIES, type EventPattern } from './lexicon-types.js';
import { lemmaCandidates } from './lemma.js';

export interface LexiconIndex {
  byLemma: Map<string, EventPattern[]>;
  patterns: EventPattern[];
}

export function buildLexicon(patterns: EventPattern[] = LEXICON): LexiconIndex {
  const problems = validateLexicon(patterns);
  if (problems.length) throw new Error(`events lexicon: ${problems.join('; ')}`);
  const byLemma = new Map<string, EventPattern[]>();
  for (const p of patterns) {
    const list = byLemma.get(p.lemma) ?? [];
    list.push(p);
    byLemma.set(p.lemma, list);
  }
  return { byLemma, patterns };
}

/** Problems with a pattern list: duplicate ids, unknown categories, empty heads. */
export function validateLexicon(patterns: EventPattern[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  const categories = new Set<string>(PLOVER_CATEGORIES);
  for (const p of patterns) {
    if (seen.has(p.id)) problems.push(`duplicate id ${p.id}`);
    seen.add(p.id);
    if (!categories.has(p.category)) problems.push(`${p.id}: unknown category ${p.category}`);
    if (!p.lemma || p.lemma !== p.lemma.toLowerCase()) problems.push(`${p.id}: head must be a lowercase lemma`);
  }
  return problems;
}

/** Patterns whose head matches a word, with the lemma that matched (candidates in order). */
export function headPatterns(index: LexiconIndex, word: string): EventPattern[] {
  const out: EventPattern[] = [];
  for (const c of lemmaCandidates(word)) {
    const list = index.byLemma.get(c);
    if (list) out.push(...list);
  }
  return out;
}

/** True when some candidate lemma of `word` is one of `lemmas`. */
export function lemmaIn(word: string, lemmas: readonly string[]): boolean {
  const cands = lemmaCandidates(word);
  return cands.some((c) => lemmas.includes(c));
}
