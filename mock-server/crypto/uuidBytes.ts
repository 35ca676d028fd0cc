import type { Bytes } from '../spec/Bytes';
import { toHex } from './hex';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isUuid = (text: string) => UUID.test(text);

/** The 16 bytes of a lower-case hyphenated UUID. */
export function uuidToBytes(uuid: string): Bytes {
  if (!isUuid(uuid)) throw new TypeError(`not a UUID: ${uuid}`);
  const bytes = new Uint8Array(16);
  let at = 0;
  for (let i = 0; i < uuid.length; i += 2) {
    if (uuid.charCodeAt(i) === 0x2d) i += 1;
    bytes[at++] = (nibble(uuid.charCodeAt(i)) << 4) | nibble(uuid.charCodeAt(i + 1));
  }
  return bytes;
}

/** The value of a lower-case hex digit (isUuid has checked it is one). */
const nibble = (code: number) => (code <= 0x39 ? code - 0x30 : code - 0x57);

export function bytesToUuid(bytes: Bytes): string {
  return `${toHex(bytes, 0, 4)}-${toHex(bytes, 4, 6)}-${toHex(bytes, 6, 8)}-${toHex(bytes, 8, 10)}-${toHex(bytes, 10, 16)}`;
}

/** A version 4 UUID from 16 random bytes. */
export function uuidFromRandom(random: Bytes): string {
  const bytes = Uint8Array.from(random.subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return bytesToUuid(bytes);
}
