import type { Bytes } from '../spec/Bytes';

const POOL_BYTES = 4096;
/** Longer draws (GenerateRandom's, large data keys) are filled directly: they would empty the pool at once. */
const MAX_POOLED_DRAW = 256;

/**
 * `length` bytes from crypto.getRandomValues, drawn from a buffer filled 4 KiB at a time. A call costs
 * about the same for 12 bytes as for 4 KiB (in Node a synchronous job of 5-15 µs, as much as the AES-GCM
 * of a request), and most requests draw one IV. Every byte still comes from the CSPRNG and is handed out
 * once, in a fresh array of its own.
 */
export function createPooledRandom(): (length: number) => Bytes {
  let pool = new Uint8Array(0);
  let offset = 0;
  return (length) => {
    if (length > MAX_POOLED_DRAW) return crypto.getRandomValues(new Uint8Array(length));
    if (offset + length > pool.length) {
      pool = crypto.getRandomValues(new Uint8Array(POOL_BYTES));
      offset = 0;
    }
    offset += length;
    return pool.slice(offset - length, offset);
  };
}
