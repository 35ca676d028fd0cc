import { createHash } from 'node:crypto';

/**
 * A reproducible byte stream for the backend's `random` option: SHA-256(seed || 0x00 || counter)
 * blocks, one after another. Not secret and not meant to be — it only makes the docs' example
 * ciphertexts (their IVs and data keys) the same on every run.
 */
export function deterministicRandom(seed: string): (bytes: Uint8Array) => Uint8Array {
  let counter = 0;
  let block = new Uint8Array(0);
  let used = 0;
  return (bytes) => {
    for (let i = 0; i < bytes.length; i += 1) {
      if (used === block.length) {
        block = createHash('sha256').update(`${seed}\u0000${counter}`).digest();
        counter += 1;
        used = 0;
      }
      bytes[i] = block[used];
      used += 1;
    }
    return bytes;
  };
}
