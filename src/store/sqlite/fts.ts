// Turn what a user typed into a safe FTS5 MATCH expression: every word and "quoted phrase" becomes
// a quoted FTS5 string (so operators and punctuation in the input are never syntax), ANDed;
// a trailing * keeps its prefix meaning.

const PIECE = /"([^"]*)"?|(\S+)/g;
const HAS_WORD = /[\p{L}\p{N}]/u;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The MATCH expression for a user query, or null when it has no searchable words. */
export function ftsQuery(input: string): string | null {
  const parts: string[] = [];
  for (const m of input.matchAll(PIECE)) {
    const phrase = m[1];
    if (phrase !== undefined) {
      if (HAS_WORD.test(phrase)) parts.push(quote(phrase));
      continue;
    }
    const word = m[2];
    const prefix = word.endsWith('*');
    const bare = word.replace(/\*+$/, '');
    if (!HAS_WORD.test(bare)) continue;
    parts.push(prefix ? `${quote(bare)}*` : quote(bare));
  }
  return parts.length ? parts.join(' AND ') : null;
}
