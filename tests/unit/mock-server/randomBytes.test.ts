import { describe, expect, test } from 'vitest';
import { createPooledRandom } from '../../../mock-server/crypto/pooledRandom';
import { toHex } from '../../../mock-server/crypto/hex';

describe('the default random source', () => {
  test('hands out each byte once: 2,000 IV-sized draws across several refills of its pool are all different', () => {
    const random = createPooledRandom();
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) seen.add(toHex(random(12)));
    expect(seen.size).toBe(2000);
  });

  test('gives every draw an array of its own, of the length asked, short or long', () => {
    const random = createPooledRandom();
    const first = random(16);
    const copy = first.slice();
    const second = random(16);
    second.fill(0);
    expect(first).toEqual(copy);
    expect(first.buffer).not.toBe(second.buffer);
    expect(first.byteLength).toBe(first.buffer.byteLength);
    for (const length of [0, 1, 32, 256, 257, 1024, 5000]) expect(random(length)).toHaveLength(length);
  });

  test('long draws are not all zero (filled from the CSPRNG, not left empty)', () => {
    const random = createPooledRandom();
    expect(random(1024).some((byte) => byte !== 0)).toBe(true);
    expect(random(100).some((byte) => byte !== 0)).toBe(true);
  });
});
