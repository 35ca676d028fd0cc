import type { Bytes } from '../spec/Bytes';
import type { EncryptionContext } from '../spec';

const utf8 = new TextEncoder();

/**
 * Canonical, unambiguous bytes of an encryption context, bound into the AES-GCM AAD:
 *
 *   u32be pairCount
 *   repeated pairCount times, pairs sorted by the UTF-8 bytes of their key:
 *     u32be keyLength   || key   (UTF-8)
 *     u32be valueLength || value (UTF-8)
 *
 * Length prefixes keep {"ab":"c"} and {"a":"bc"} apart; an absent context and {} both
 * encode as four zero bytes, as KMS treats them alike.
 */
export function canonicalContext(context: EncryptionContext | undefined): Bytes {
  const pairs = Object.entries(context ?? {})
    .map(([key, value]) => [utf8.encode(key), utf8.encode(value)] as const)
    .sort(([a], [b]) => compareBytes(a, b));
  const size = pairs.reduce((total, [key, value]) => total + 8 + key.length + value.length, 4);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, pairs.length);
  let offset = 4;
  for (const [key, value] of pairs) {
    for (const part of [key, value]) {
      view.setUint32(offset, part.length);
      out.set(part, offset + 4);
      offset += 4 + part.length;
    }
  }
  return out;
}

function compareBytes(a: Bytes, b: Bytes): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}
