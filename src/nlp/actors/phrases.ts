// Longest-match lookup of multi-word phrases over Doc tokens.
import type { Doc } from '../doc.js';
import { normalise, phraseKey } from './kb.js';

/** A table of phrases (matched case-insensitively, token by token) with a value each. */
export class PhraseTable<T> {
  private readonly entries = new Map<string, T>();
  private maxTokens = 1;

  constructor(items: Iterable<[string, T]>) {
    for (const [phrase, value] of items) {
      const key = phraseKey(phrase).toLowerCase();
      if (!this.entries.has(key)) this.entries.set(key, value);
      this.maxTokens = Math.max(this.maxTokens, key.split(' ').length);
    }
  }

  /** The longest phrase starting at token `start` and ending at or before `limit`. */
  matchAt(doc: Doc, start: number, limit = doc.tokens.length): { value: T; end: number } | null {
    const max = Math.min(limit, start + this.maxTokens);
    for (let end = max; end > start; end--) {
      const value = this.entries.get(tokenKey(doc, start, end).toLowerCase());
      if (value !== undefined) return { value, end };
    }
    return null;
  }

  /** The longest phrase ending exactly at token `end` (exclusive) and starting at or after `floor`. */
  matchEndingAt(doc: Doc, end: number, floor = 0): { value: T; start: number } | null {
    const min = Math.max(floor, end - this.maxTokens);
    for (let start = min; start < end; start++) {
      const value = this.entries.get(tokenKey(doc, start, end).toLowerCase());
      if (value !== undefined) return { value, start };
    }
    return null;
  }

  has(phrase: string): boolean {
    return this.entries.has(phraseKey(phrase).toLowerCase());
  }
}

const normalisedTokens = new WeakMap<Doc, { tokens: unknown; texts: string[] }>();

/** Normalised token texts of a Doc, computed once per token list. */
function normalisedTexts(doc: Doc): string[] {
  const cached = normalisedTokens.get(doc);
  if (cached && cached.tokens === doc.tokens) return cached.texts;
  const texts = doc.tokens.map((t) => normalise(t.text));
  normalisedTokens.set(doc, { tokens: doc.tokens, texts });
  return texts;
}

/** The lookup key of tokens [start, end): normalised token texts joined by spaces. */
export function tokenKey(doc: Doc, start: number, end: number): string {
  const texts = normalisedTexts(doc);
  if (end - start === 1) return texts[start] ?? '';
  return texts.slice(start, end).join(' ');
}
