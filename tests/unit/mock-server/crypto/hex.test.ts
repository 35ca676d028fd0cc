import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../../mock-server/crypto/hex';
import { bytesToUuid, uuidToBytes } from '../../../../mock-server/crypto/uuidBytes';

const nodeHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('toHex', () => {
  it('writes every byte value as two lower-case digits', () => {
    const everyByte = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    expect(toHex(everyByte)).toBe(nodeHex(everyByte));
    expect(toHex(new Uint8Array([0, 9, 10, 255]))).toBe('00090aff');
    expect(toHex(new Uint8Array(0))).toBe('');
  });

  it("matches Node's hex for any bytes and any range of them", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(), fc.nat(), (bytes, a, b) => {
        const from = bytes.length === 0 ? 0 : a % (bytes.length + 1);
        const to = from + (b % (bytes.length - from + 1));
        expect(toHex(bytes, from, to)).toBe(nodeHex(bytes.subarray(from, to)));
      }),
      { seed: 20261202, numRuns: 500 },
    );
  });

  it('gives UUIDs that read back as the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        expect(uuidToBytes(bytesToUuid(bytes))).toEqual(bytes);
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });
});
