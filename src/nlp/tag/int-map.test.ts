import { describe, expect, it } from 'vitest';
import { IntMap } from './int-map.js';

describe('IntMap', () => {
  it('maps full 32-bit keys, grows, overwrites and reports absent keys', () => {
    const map = new IntMap(2);
    const keys = [0, 1, -1, 0x7fffffff, -0x80000000, 123456789, -987654321];
    keys.forEach((key, n) => map.set(key, n * 10 - 20));
    for (let k = 0; k < 1000; k++) map.set(k * 7919 + 17, k);
    keys.forEach((key, n) => expect(map.get(key, 99)).toBe(n * 10 - 20));
    expect(map.get(3 * 7919 + 17, -5)).toBe(3);
    expect(map.get(42, -5)).toBe(-5);
    map.set(-1, 7);
    expect(map.get(-1, 0)).toBe(7);
    expect(map.size).toBe(keys.length + 1000);
  });

  it('is built from a Map with the same entries', () => {
    const source = new Map([[5, 1], [-6, 2], [1 << 30, 3]]);
    const map = IntMap.from(source);
    for (const [key, value] of source) expect(map.get(key, 0)).toBe(value);
    expect(map.size).toBe(3);
  });
});
