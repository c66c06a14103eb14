import type { TokenRange } from '../doc.js';

export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/**
 * Spans from BIO (or IOB1) tags within a token range, with conlleval semantics: a span starts
 * at B-X, or at I-X after O or after a different type; it continues over I-X of the same type.
 */
export function entitySpans(tags: readonly string[], range: TokenRange = { start: 0, end: tags.length }): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let open: TypedSpan | null = null;
  for (let i = range.start; i < range.end; i++) {
    const tag = tags[i] ?? 'O';
    const prefix = tag[0];
    const type = tag.length > 2 && tag[1] === '-' ? tag.slice(2) : '';
    const continues = open !== null && prefix === 'I' && type === open.type;
    if (continues) continue;
    if (open) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if ((prefix === 'B' || prefix === 'I') && type) open = { start: i, end: i + 1, type };
  }
  if (open) {
    open.end = range.end;
    spans.push(open);
  }
  return spans;
}
