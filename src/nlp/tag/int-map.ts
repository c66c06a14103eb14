// A hash map from int32 keys to int32 values in typed arrays. Feature, word and phrase hashes
// are full 32-bit integers, which a JS Map stores as heap numbers (an allocation per lookup of
// a key outside the small-integer range); this keeps them unboxed.

export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  private used: Uint8Array;
  private mask: number;
  size = 0;

  constructor(capacity = 16) {
    let slots = 16;
    while (slots < capacity * 2) slots <<= 1;
    this.keys = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.used = new Uint8Array(slots);
    this.mask = slots - 1;
  }

  static from(map: ReadonlyMap<number, number>): IntMap {
    const out = new IntMap(map.size);
    map.forEach((value, key) => out.set(key, value));
    return out;
  }

  /** The value of key, or `absent`. */
  get(key: number, absent: number): number {
    let slot = IntMap.home(key) & this.mask;
    while (this.used[slot] === 1) {
      if (this.keys[slot] === key) return this.values[slot];
      slot = (slot + 1) & this.mask;
    }
    return absent;
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let slot = IntMap.home(key) & this.mask;
    while (this.used[slot] === 1) {
      if (this.keys[slot] === key) {
        this.values[slot] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.used[slot] = 1;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.size++;
  }

  private grow(): void {
    const { keys, values, used } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.used = new Uint8Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let s = 0; s < keys.length; s++) if (used[s] === 1) this.set(keys[s], values[s]);
  }

  private static home(key: number): number {
    const h = Math.imul(key, 0x9e3779b1);
    return h ^ (h >>> 16);
  }
}
