import { decodeBase64, encodeBase64 } from '../../spec/base64';
import { toHex } from '../../crypto/hex';

/*
 * Grant token layout (opaque to callers; shaped like the token in the docs' examples):
 *   0x01 0x0a 0x40 || 64 ASCII lower-case hex characters || 0x01 0x78, base64-encoded.
 * Only the token stored with a live grant is honoured; the shape check just lets a
 * malformed token get its own message.
 */
const PREFIX = [0x01, 0x0a, 0x40];
const SUFFIX = [0x01, 0x78];
const HEX = /^[0-9a-f]{64}$/;

export function newGrantToken(random: (length: number) => Uint8Array): string {
  const hex = new TextEncoder().encode(toHex(random(32)));
  return encodeBase64(Uint8Array.from([...PREFIX, ...hex, ...SUFFIX]));
}

export function isWellFormedGrantToken(token: string): boolean {
  const bytes = decodeBase64(token);
  if (!bytes || bytes.length !== PREFIX.length + 64 + SUFFIX.length) return false;
  const head = PREFIX.every((b, i) => bytes[i] === b);
  const tail = SUFFIX.every((b, i) => bytes[PREFIX.length + 64 + i] === b);
  const middle = new TextDecoder().decode(bytes.subarray(PREFIX.length, PREFIX.length + 64));
  return head && tail && HEX.test(middle);
}
