import type { Doc } from '../doc.js';

/** A token's text, lowercased, with typographic apostrophes made plain. */
export const lower = (doc: Doc, k: number): string => doc.tokens[k].text.toLowerCase().replace(/’/g, "'");
