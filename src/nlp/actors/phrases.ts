// Longest-match lookup of multi-word phrases over Doc tokens.
import type { Doc } from '../doc.js';
import { lookup, normalise, phraseKey, type KbEntry, type KnowledgeBase } from './kb.js';

/** A table of phrases (matched case-insensitively, token by token) with a value each. */
export class PhraseTable<T> {
  private readonly entries = new Map<string, T>();
  // first and last words of the phrases: most tokens begin or end none, and are refused before
  // any key is built (the lookups run at every token of every article)
  private readonly firstWords = new Set<string>();
  private readonly lastWords = new Set<string>();
  private maxTokens = 1;

  constructor(items: Iterable<[string, T]>) {
    for (const [phrase, value] of items) {
      const key = phraseKey(phrase).toLowerCase();
      if (!this.entries.has(key)) this.entries.set(key, value);
      const words = key.split(' ');
      this.firstWords.add(words[0]);
      this.lastWords.add(words[words.length - 1]);
      this.maxTokens = Math.max(this.maxTokens, words.length);
    }
  }

  /** The longest phrase starting at token `start` and ending at or before `limit`. */
  matchAt(doc: Doc, start: number, limit = doc.tokens.length): { value: T; end: number } | null {
    const lowered = loweredTexts(doc);
    if (!this.firstWords.has(lowered[start])) return null;
    const max = Math.min(limit, start + this.maxTokens);
    for (let end = max; end > start; end--) {
      const value = this.entries.get(end - start === 1 ? lowered[start] : lowered.slice(start, end).join(' '));
      if (value !== undefined) return { value, end };
    }
    return null;
  }

  /** The longest phrase ending exactly at token `end` (exclusive) and starting at or after `floor`. */
  matchEndingAt(doc: Doc, end: number, floor = 0): { value: T; start: number } | null {
    const lowered = loweredTexts(doc);
    if (!this.lastWords.has(lowered[end - 1])) return null;
    const min = Math.max(floor, end - this.maxTokens);
    for (let start = min; start < end; start++) {
      const value = this.entries.get(end - start === 1 ? lowered[start] : lowered.slice(start, end).join(' '));
      if (value !== undefined) return { value, start };
    }
    return null;
  }

  has(phrase: string): boolean {
    return this.entries.has(phraseKey(phrase).toLowerCase());
  }
}

/** What phrase lookups derive from a Doc's tokens, computed once per token list. */
interface TokenWords {
  tokens: unknown;
  /** normalised token texts (as knowledge-base keys are written) */
  texts: string[];
  /** the same, lower-cased (as phrase tables are keyed) */
  lowered: string[];
  /** knowledge-base entries by token range, per knowledge base */
  entries: Map<KnowledgeBase, Map<number, KbEntry[]>>;
}

const wordsOfDoc = new WeakMap<Doc, TokenWords>();

function tokenWords(doc: Doc): TokenWords {
  const cached = wordsOfDoc.get(doc);
  if (cached && cached.tokens === doc.tokens) return cached;
  const texts = doc.tokens.map((t) => normalise(t.text));
  const words = { tokens: doc.tokens, texts, lowered: texts.map((t) => t.toLowerCase()), entries: new Map() };
  wordsOfDoc.set(doc, words);
  return words;
}

function loweredTexts(doc: Doc): string[] {
  return tokenWords(doc).lowered;
}

/** The lookup key of tokens [start, end): normalised token texts joined by spaces. */
export function tokenKey(doc: Doc, start: number, end: number): string {
  const texts = tokenWords(doc).texts;
  if (end - start === 1) return texts[start] ?? '';
  return texts.slice(start, end).join(' ');
}

const NO_ENTRIES = Object.freeze([]) as unknown as KbEntry[];

/**
 * Knowledge-base entries for the tokens [start, end), memoised per Doc: the actors stages ask
 * about the same spans many times (every window around every token, then each mention again).
 */
export function lookupRange(kb: KnowledgeBase, doc: Doc, start: number, end: number): KbEntry[] {
  const words = tokenWords(doc);
  if (!kb.firstWords.has(words.lowered[start]) || !kb.lastWords.has(words.lowered[end - 1])) return NO_ENTRIES;
  let byRange = words.entries.get(kb);
  if (!byRange) words.entries.set(kb, (byRange = new Map()));
  const slot = start * 4096 + (end - start);
  let entries = byRange.get(slot);
  if (!entries) {
    entries = lookup(kb, tokenKey(doc, start, end));
    byRange.set(slot, entries);
  }
  return entries;
}
