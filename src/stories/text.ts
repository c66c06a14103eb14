// Word-level views of an article's text shared by the near-duplicate index and the story
// similarity: lower-cased letter/digit runs, so punctuation, quotes and line breaks never matter.

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words of the text (letters and digits; everything else separates). */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/**
 * Light plural folding ("sanctions" → "sanction", "talks" → "talk") so independently written
 * reports that say "sanction"/"sanctions" share a term. Deliberately crude: applied the same way to
 * the document-frequency table, so it only has to be consistent, not linguistically right.
 */
export function foldTerm(word: string): string {
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  }
  return word;
}

/** Terms for the TF-IDF vector: folded words of two or more characters, numbers of 3+ digits. */
export function terms(text: string | string[]): string[] {
  const out: string[] = [];
  for (const w of typeof text === 'string' ? words(text) : text) {
    if (/^\d+$/.test(w) ? w.length >= 3 : w.length >= 2) out.push(foldTerm(w));
  }
  return out;
}

/** 32-bit FNV-1a of a string: a fast, stable hash for shingles and band keys. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mix a word hash into a running shingle hash (murmur3-style; order matters). */
function mixWord(h: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) >>> 0;
}

/**
 * Hashes of the distinct k-word shingles of the text or its words (k = 5 unless told), in
 * ascending order. Each word is hashed once and a shingle's hash mixes its k word hashes in
 * order, so no shingle string is ever built; duplicates go by sorting (typed arrays, no boxing).
 */
export function shingleHashes(text: string | string[], k = 5): Uint32Array {
  const w = typeof text === 'string' ? words(text) : text;
  const wordHashes = new Uint32Array(w.length);
  for (let i = 0; i < w.length; i++) wordHashes[i] = fnv1a(w[i]);
  const count = Math.max(w.length - k + 1, w.length ? 1 : 0);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = k;
    for (let j = i; j < Math.min(i + k, w.length); j++) h = mixWord(h, wordHashes[j]);
    hashes[i] = h;
  }
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i];
  return hashes.slice(0, distinct);
}
