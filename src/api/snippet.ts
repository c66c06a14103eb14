// Search snippets travel as plain text plus highlight offsets, so no client has to trust markup
// that came out of an article.

/** Control characters no article text carries (ingest normalises text), used as FTS5 markers. */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

export interface Snippet {
  text: string;
  /** [start, end) character offsets of matched words in `text` */
  highlights: [number, number][];
}

/** Strip the markers from an FTS5 snippet and record where they were. */
export function parseSnippet(marked: string): Snippet {
  const highlights: [number, number][] = [];
  let text = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === MARK_OPEN) open = text.length;
    else if (ch === MARK_CLOSE) {
      if (open >= 0 && text.length > open) highlights.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, highlights };
}
