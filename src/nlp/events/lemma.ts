// A small English lemmatiser for trigger lookup. Instead of a full morphology it proposes the
// candidate base forms of a word (irregular table, then regular suffix rules); the caller keeps
// the first candidate its lexicon knows, so "agreed" → agree, "talks" → talk, "met" → meet.
import { IRREGULAR_FORMS } from './locales/en/inflections.js';

const VOWELS = /[aeiou]/;

const memo = new Map<string, string[]>();
const MEMO_LIMIT = 50_000;

/** Candidate lemmas of a word, most likely first; the lowercased word itself is always first. */
export function lemmaCandidates(word: string): string[] {
  const known = memo.get(word);
  if (known) return known;
  const out = computeCandidates(word);
  // a bounded cache: words repeat across articles, the candidate rules are pure
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, out);
  return out;
}

function computeCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/’/g, "'");
  const out = [w];
  const irregular = IRREGULAR_FORMS[w];
  // (an irregular entry is the word's whole analysis: "aides" is an aide, never aid)
  if (irregular) return irregular === w ? out : [...out, irregular];
  const add = (stem: string) => {
    if (stem.length >= 2 && VOWELS.test(stem) && !out.includes(stem)) out.push(stem);
  };
  if (w.endsWith('ies') || w.endsWith('ied')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('ing')) suffixStems(w.slice(0, -3), add);
  if (w.endsWith('ed')) suffixStems(w.slice(0, -2), add);
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  // British spellings: "criticised" → criticize, "apologising" → apologize
  if (/is(e|ed|es|ing)$/.test(w)) for (const c of computeCandidates(w.replace(/is(e|ed|es|ing)$/, 'iz$1'))) add(c);
  // "mobilisation", "normalisations" → mobilization
  if (/isations?$/.test(w)) for (const c of computeCandidates(w.replace(/isation(s?)$/, 'ization$1'))) add(c);
  return out;
}

/** Stems after removing -ed / -ing: "talk", "agre"+"e", "stopp" → "stop". */
function suffixStems(stem: string, add: (s: string) => void): void {
  add(stem);
  add(stem + 'e');
  const n = stem.length;
  if (n >= 3 && stem[n - 1] === stem[n - 2] && !/[aeiou]/.test(stem[n - 1])) add(stem.slice(0, -1));
}

/** The first candidate lemma accepted by `known`, or null. */
export function lemmatise(word: string, known: (lemma: string) => boolean): string | null {
  for (const c of lemmaCandidates(word)) if (known(c)) return c;
  return null;
}
