import { uuidFromRandom } from '../crypto/uuidBytes';

// A request id only has to be unique, not secret: draw 64 of them per call into the random source.
const POOL_BYTES = 16 * 64;
let pool = new Uint8Array(0);
let offset = 0;

/** A fresh version 4 UUID for x-amzn-RequestId. getRandomValues, unlike randomUUID, also exists outside secure contexts. */
export function newRequestId(): string {
  if (offset + 16 > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL_BYTES));
    offset = 0;
  }
  offset += 16;
  return uuidFromRandom(pool.subarray(offset - 16, offset));
}
