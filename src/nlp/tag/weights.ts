// Weight storage for the averaged perceptron: an open-addressing table from a 32-bit feature key
// to a dense row of per-label weights. Training grows rows only for features that took part in
// an update, so the table stays far smaller than the feature space.

export class FeatureIndex {
  keys: Int32Array;
  rows: Int32Array;
  size = 0;
  private mask: number;

  constructor(capacity = 1 << 16) {
    let slots = 16;
    while (slots < capacity * 2) slots <<= 1;
    this.keys = new Int32Array(slots);
    this.rows = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
  }

  /** Row of a key, or -1 when the key is unknown. */
  find(key: number): number {
    const mask = this.mask;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const row = this.rows[slot];
      if (row < 0 || this.keys[slot] === key) return row;
      slot = (slot + 1) & mask;
    }
  }

  /** Row of a key, adding it with the next free row number when unknown. */
  findOrAdd(key: number): number {
    if (this.size * 2 >= this.keys.length) this.grow();
    const mask = this.mask;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const row = this.rows[slot];
      if (row < 0) {
        this.keys[slot] = key;
        this.rows[slot] = this.size;
        return this.size++;
      }
      if (this.keys[slot] === key) return row;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      if (oldRows[s] < 0) continue;
      let slot = Math.imul(oldKeys[s], 0x9e3779b1) >>> 0 & this.mask;
      while (this.rows[slot] >= 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = oldKeys[s];
      this.rows[slot] = oldRows[s];
    }
  }
}

/** Something that scores a feature vector against every label. */
export interface Scorer {
  readonly labelCount: number;
  score(features: Int32Array, count: number, scores: Float64Array): void;
}

const SLOT_WORDS = 4;
const INLINE_PAIRS = SLOT_WORDS - 2;
const WEIGHT_STEPS = (1 << 23) - 1;
const PRESENT_BITS_PER_KEY = 8;
const PRESENT_MULTIPLIER = 0x85ebca6b;
const LOAD_FACTOR = 0.7;

/**
 * Home slot of a key in a table of `slots` slots: the high bits of a multiplicative hash scaled
 * to the table size (any size, so the table can be filled to a chosen load, not to the next
 * power of two).
 */
function slotOf(key: number, slots: number): number {
  return ((Math.imul(key, 0x9e3779b1) >>> 0) * slots) / 4294967296 | 0;
}

/**
 * Trained, read-only weights of one layer. A feature has non-zero weights for two labels or
 * more (a perceptron update moves two), two in about two thirds of features, so each slot of an
 * open-addressing table (4 int32, 16 bytes) holds the key, the pair count and two (label,
 * weight) pairs packed as label << 24 | 24-bit weight; further pairs continue in a small
 * overflow array. Lookups are bound by cache misses, so the table is kept compact: dense label
 * rows, or separate key and entry arrays, measured several times slower; 32-byte slots with six
 * inline pairs were no faster at twice the memory. Key 0 marks an empty slot (stored as 1).
 */
export class LayerWeights implements Scorer {
  private readonly table: Int32Array;
  private readonly overflow: Int32Array;
  private readonly slots: number;
  private readonly scale: number;
  private readonly firstSlots = new Int32Array(256);
  private readonly sums: Int32Array;
  /** sink for the prefetching loads, so they are not optimised away */
  touched = 0;
  /**
   * One bit per hashed key, set for the keys in the table: most context features met in new
   * text (word pairs, word × tag) are not in the model, and this bitset (small enough to stay in
   * cache) answers that without a miss in the big table.
   */
  private readonly present: Int32Array;
  private readonly presentShift: number;

  constructor(readonly labels: readonly string[], layer: SparseLayer) {
    const size = Math.max(16, Math.ceil(layer.keys.length / LOAD_FACTOR));
    this.slots = size;
    this.sums = new Int32Array(labels.length);
    this.table = new Int32Array(size * SLOT_WORDS);
    let maxAbs = 0;
    for (const v of layer.values) maxAbs = Math.max(maxAbs, Math.abs(v));
    this.scale = maxAbs === 0 ? 1 : maxAbs / WEIGHT_STEPS;
    let overflowSize = 0;
    for (const count of layer.counts) if (count > INLINE_PAIRS) overflowSize += count - INLINE_PAIRS;
    this.overflow = new Int32Array(overflowSize);
    let presentBits = 1 << 10;
    while (presentBits < layer.keys.length * PRESENT_BITS_PER_KEY) presentBits <<= 1;
    this.present = new Int32Array(presentBits >>> 5);
    this.presentShift = 32 - Math.log2(presentBits);
    let at = 0;
    let overflowAt = 0;
    for (let f = 0; f < layer.keys.length; f++) {
      const key = layer.keys[f] === 0 ? 1 : layer.keys[f];
      let slot = slotOf(key, size);
      while (this.table[slot * SLOT_WORDS] !== 0) slot = slot + 1 === size ? 0 : slot + 1;
      const base = slot * SLOT_WORDS;
      const bit = Math.imul(key, PRESENT_MULTIPLIER) >>> this.presentShift;
      this.present[bit >>> 5] |= 1 << (bit & 31);
      const count = layer.counts[f];
      this.table[base] = key;
      this.table[base + 1] = count | (overflowAt << 8);
      for (let k = 0; k < count; k++, at++) {
        const pair = (layer.labelIds[at] << 24) | (Math.round(layer.values[at] / this.scale) & 0xffffff);
        if (k < INLINE_PAIRS) this.table[base + 2 + k] = pair;
        else this.overflow[overflowAt++] = pair;
      }
    }
  }

  get labelCount(): number {
    return this.labels.length;
  }

  score(features: Int32Array, count: number, scores: Float64Array): void {
    const sums = this.sums;
    sums.fill(0);
    this.accumulate(features, count, sums);
    for (let l = 0; l < sums.length; l++) scores[l] = sums[l] * this.scale;
  }

  /**
   * Add the features' weights, in integer steps, to sums (one per label). Decoding compares
   * these integer sums directly: all of a layer's weights share one scale, so the best label is
   * the same and no multiply is needed.
   */
  accumulate(features: Int32Array, count: number, sums: Int32Array): void {
    const table = this.table;
    const overflow = this.overflow;
    const bases = this.locate(features, count);
    for (let f = 0; f < count; f++) {
      const base = bases[f];
      if (base < 0) continue;
      const info = table[base + 1];
      const pairs = info & 0xff;
      const inline = base + 2 + (pairs < INLINE_PAIRS ? pairs : INLINE_PAIRS);
      for (let p = base + 2; p < inline; p++) {
        const pair = table[p];
        sums[pair >>> 24] += (pair << 8) >> 8;
      }
      if (pairs > INLINE_PAIRS) {
        const start = info >>> 8;
        const end = start + pairs - INLINE_PAIRS;
        for (let p = start; p < end; p++) {
          const pair = overflow[p];
          sums[pair >>> 24] += (pair << 8) >> 8;
        }
      }
    }
  }

  /** Like accumulate, but feature f adds to out[rowStarts[f] + label]: several rows in one call. */
  accumulateInto(features: Int32Array, count: number, out: Int32Array, rowStarts: Int32Array): void {
    const table = this.table;
    const overflow = this.overflow;
    const bases = this.locate(features, count);
    for (let f = 0; f < count; f++) {
      const base = bases[f];
      if (base < 0) continue;
      const row = rowStarts[f];
      const info = table[base + 1];
      const pairs = info & 0xff;
      const inline = base + 2 + (pairs < INLINE_PAIRS ? pairs : INLINE_PAIRS);
      for (let p = base + 2; p < inline; p++) {
        const pair = table[p];
        out[row + (pair >>> 24)] += (pair << 8) >> 8;
      }
      if (pairs > INLINE_PAIRS) {
        const start = info >>> 8;
        const end = start + pairs - INLINE_PAIRS;
        for (let p = start; p < end; p++) {
          const pair = overflow[p];
          out[row + (pair >>> 24)] += (pair << 8) >> 8;
        }
      }
    }
  }

  /**
   * The table slot of each feature (-1: not in the model), in two passes, so the cache misses of
   * different features overlap instead of queueing behind each other: touch every feature's
   * slot (when the bitset says it may be there); then find each feature's slot and touch its
   * overflow pairs (most features seen in context have more than the two inline pairs).
   */
  private locate(features: Int32Array, count: number): Int32Array {
    const table = this.table;
    const overflow = this.overflow;
    const slots = this.slots;
    const end = slots * SLOT_WORDS;
    const bases = this.firstSlots;
    const present = this.present;
    const presentShift = this.presentShift;
    let touched = 0;
    for (let f = 0; f < count; f++) {
      const key = features[f] === 0 ? 1 : features[f];
      const bit = Math.imul(key, PRESENT_MULTIPLIER) >>> presentShift;
      if ((present[bit >>> 5] & (1 << (bit & 31))) === 0) {
        bases[f] = -1;
        continue;
      }
      const base = slotOf(key, slots) * SLOT_WORDS;
      bases[f] = base;
      touched |= table[base];
    }
    for (let f = 0; f < count; f++) {
      let base = bases[f];
      if (base < 0) continue;
      const key = features[f] === 0 ? 1 : features[f];
      let stored = table[base];
      while (stored !== key && stored !== 0) {
        base += SLOT_WORDS;
        if (base === end) base = 0;
        stored = table[base];
      }
      if (stored === 0) {
        bases[f] = -1;
        continue;
      }
      bases[f] = base;
      const info = table[base + 1];
      if ((info & 0xff) > INLINE_PAIRS) touched |= overflow[info >>> 8];
    }
    this.touched = touched;
    return bases;
  }
}

/** Sparse, pruned weights as stored on disk: per feature, its non-zero (label, weight) pairs. */
export interface SparseLayer {
  labels: string[];
  keys: Int32Array;
  /** number of non-zero labels of each feature */
  counts: Uint8Array;
  labelIds: Uint8Array;
  values: Float32Array;
}

export function layerWeights(layer: SparseLayer): LayerWeights {
  return new LayerWeights(layer.labels, layer);
}

/**
 * Averaged perceptron (Collins 2002) with the w − u/c averaging trick (Daumé 2006): updates at
 * step c add c·Δ to u, and the average of all weight vectors over training is w − u/c.
 */
export class PerceptronTrainer implements Scorer {
  readonly index = new FeatureIndex(1 << 18);
  private w = new Float64Array(0);
  private u = new Float64Array(0);
  private step = 1;

  constructor(readonly labels: readonly string[]) {}

  get labelCount(): number {
    return this.labels.length;
  }

  score(features: Int32Array, count: number, scores: Float64Array): void {
    const n = this.labels.length;
    scores.fill(0, 0, n);
    for (let f = 0; f < count; f++) {
      const row = this.index.find(features[f]);
      if (row < 0) continue;
      const base = row * n;
      for (let l = 0; l < n; l++) scores[l] += this.w[base + l];
    }
  }

  /** Count one training instance; on a mistake move weights toward gold and away from the guess. */
  learn(features: Int32Array, count: number, gold: number, guess: number): void {
    if (gold !== guess) {
      const n = this.labels.length;
      for (let f = 0; f < count; f++) {
        const row = this.index.findOrAdd(features[f]);
        this.ensureRows(row + 1);
        const base = row * n;
        this.w[base + gold] += 1;
        this.u[base + gold] += this.step;
        this.w[base + guess] -= 1;
        this.u[base + guess] -= this.step;
      }
    }
    this.step++;
  }

  private ensureRows(rows: number): void {
    const needed = rows * this.labels.length;
    if (needed <= this.w.length) return;
    const size = Math.max(needed, this.w.length * 2, 1024 * this.labels.length);
    const w = new Float64Array(size);
    const u = new Float64Array(size);
    w.set(this.w);
    u.set(this.u);
    this.w = w;
    this.u = u;
  }

  /** Averaged weights, dropping |w| < minWeight and rounding to `digits` significant digits. */
  averaged(minWeight: number, digits = 3): SparseLayer {
    const n = this.labels.length;
    const keys: number[] = [];
    const counts: number[] = [];
    const labelIds: number[] = [];
    const values: number[] = [];
    const rowKeys = new Int32Array(this.index.size);
    for (let s = 0; s < this.index.keys.length; s++) {
      const row = this.index.rows[s];
      if (row >= 0) rowKeys[row] = this.index.keys[s];
    }
    for (let row = 0; row < this.index.size; row++) {
      let kept = 0;
      for (let l = 0; l < n; l++) {
        const average = this.w[row * n + l] - this.u[row * n + l] / this.step;
        if (Math.abs(average) < minWeight) continue;
        labelIds.push(l);
        values.push(Number(average.toPrecision(digits)));
        kept++;
      }
      if (kept === 0) continue;
      keys.push(rowKeys[row]);
      counts.push(kept);
    }
    return {
      labels: [...this.labels],
      keys: Int32Array.from(keys),
      counts: Uint8Array.from(counts),
      labelIds: Uint8Array.from(labelIds),
      values: Float32Array.from(values),
    };
  }
}
