// Storage of one layer's cached word rows (summed weights of the features that read one word
// only, see Tagger.decodeCached): one Int32Array with a fixed stride per word, so caching a
// word allocates nothing and a token's rows are read from one array. It is allocated at its
// limit's size at once (growing by doubling copied the rows and touched fresh memory twice:
// cold pass ~6% slower, separate processes). When it would pass its limit the arena is
// emptied: its epoch changes, which invalidates every word's entry.

/** Epochs are unique across arenas, so a word's entry never matches another arena's epoch. */
let lastEpoch = 0;

/** Stops a long run over ever-new words from growing without bound (4 bytes an entry). */
const ARENA_LIMIT = 1 << 22;

export class RowArena {
  data: Int32Array;
  epoch = ++lastEpoch;
  private used = 0;
  /** start of the rows for positions outside the sentence, valid in boundaryEpoch */
  boundary = 0;
  boundaryEpoch = 0;

  constructor(
    /** the weights the rows are summed with (the arena is valid only for them) */
    readonly weights: unknown,
    /** entries per word */
    readonly stride: number,
  ) {
    // the whole limit at once: untouched pages of a large typed array cost no memory (the
    // system maps them on first write), and the arena never copies itself as it grows
    this.data = new Int32Array(Math.max(ARENA_LIMIT, stride));
  }

  /** Make room for `words` more words without emptying the arena in between. */
  reserve(words: number): void {
    const needed = this.used + words * this.stride;
    if (needed > Math.max(ARENA_LIMIT, words * this.stride)) {
      this.used = 0;
      this.epoch = ++lastEpoch;
    }
    if (this.used + words * this.stride > this.data.length) {
      let size = this.data.length;
      while (size < this.used + words * this.stride) size *= 2;
      size = Math.min(size, Math.max(ARENA_LIMIT, this.used + words * this.stride));
      const grown = new Int32Array(size);
      grown.set(this.data.subarray(0, this.used));
      this.data = grown;
    }
  }

  /** Start of a new word's rows (call reserve first). */
  allocate(): number {
    const start = this.used;
    this.used += this.stride;
    return start;
  }
}
