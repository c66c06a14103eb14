// MinHash signatures over shingle hashes, and the LSH band keys that find near-duplicate
// candidates without comparing a new article with every stored one.
//
// Sizes: 120 hash functions (the Jaccard estimate reads all of them); the first 60 are cut into
// 20 bands of 3 rows for LSH. Two articles become candidates when any band agrees; the
// probability is 1 - (1 - J^3)^20 for shingle Jaccard J:
//   J = 0.01 (unrelated news sharing stock phrases) → 0.00002 (≈ 4 false candidates in 200,000)
//   J = 0.30 → 0.42,  J = 0.40 → 0.73,  J = 0.50 → 0.93,  J = 0.60 → 0.99,  J = 0.70 → 1.0
// Bands are only one of the three lookups: reports of the same days share key terms (index.ts),
// so copies within the story window are found whatever their Jaccard. Bands matter for reprints
// published later (up to NEAR_DUPLICATE_WINDOW_DAYS), which are near-verbatim in practice. 20
// bands rather than 40 halve the index rows written and probed per article (the largest part of
// clustering's cost) for recall lost only on partial copies printed days apart.
// The dev set's one wire pair copied with different truncation and a sub-heading (Reuters on
// Kherson) has J ≈ 0.37 and is same-day; verbatim copies with a new headline or boilerplate are
// above 0.6. Candidates are then checked with the signature estimate (see link.ts for thresholds).

export const NUM_HASHES = 120;
export const BANDS = 20;
export const ROWS_PER_BAND = 3;

/** murmur3's 32-bit finaliser: a bijection on 32-bit integers with good avalanche. */
function fmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Fixed seeds (derived, not random) so signatures are identical across runs and machines. */
const SEEDS = Uint32Array.from({ length: NUM_HASHES }, (_, i) => fmix32(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

/** The MinHash signature of a set of 32-bit shingle hashes (all 0xffffffff for an empty set). */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(NUM_HASHES);
  // one hash function at a time over all shingles: the running minimum stays in a register
  for (let i = 0; i < NUM_HASHES; i++) {
    const seed = SEEDS[i];
    let min = 0xffffffff;
    for (let s = 0; s < shingles.length; s++) {
      const h = fmix32(shingles[s] ^ seed);
      if (h < min) min = h;
    }
    signature[i] = min;
  }
  return signature;
}

/** Estimated Jaccard similarity: the share of positions where the signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / NUM_HASHES;
}

/**
 * One integer key per band: band number in the high bits, a 32-bit hash of the band's rows in
 * the low bits (< 2^38, so a safe JavaScript integer and a SQLite INTEGER).
 */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = fmix32(Math.imul(h, 0x01000193) ^ signature[band * ROWS_PER_BAND + r]);
    if (signature[band * ROWS_PER_BAND] === 0xffffffff) continue; // empty text: no band
    keys.push(band * 0x100000000 + h);
  }
  return keys;
}

/** Signature as bytes (for storage) and back. */
export function signatureToBuffer(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureFromBuffer(buffer: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buffer); // aligned copy
  return new Uint32Array(copy.buffer, 0, NUM_HASHES);
}
