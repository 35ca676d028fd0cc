import type { Bytes } from '../spec/Bytes';

/*
 * The little DER that signatures and public keys need: KMS returns ECDSA signatures as
 * SEQUENCE { INTEGER r, INTEGER s } and public keys as SubjectPublicKeyInfo, while WebCrypto
 * and the libraries work with fixed-width r||s and raw public keys. Formatting only, no arithmetic.
 */

function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

export function derElement(tag: number, content: Uint8Array): Bytes {
  const head = [tag, ...derLength(content.length)];
  const out = new Uint8Array(head.length + content.length);
  out.set(head);
  out.set(content, head.length);
  return out;
}

const concat = (...parts: Uint8Array[]): Bytes => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** An unsigned big-endian integer as a minimal DER INTEGER. */
function derInteger(unsigned: Uint8Array): Bytes {
  let start = 0;
  while (start < unsigned.length - 1 && unsigned[start] === 0) start++;
  const trimmed = unsigned.subarray(start);
  return derElement(0x02, trimmed[0] & 0x80 ? concat(new Uint8Array([0]), trimmed) : trimmed);
}

/** WebCrypto's r||s (IEEE P1363) as the DER signature KMS returns. */
export function p1363ToDer(signature: Uint8Array): Bytes {
  const half = signature.length / 2;
  return derElement(0x30, concat(derInteger(signature.subarray(0, half)), derInteger(signature.subarray(half))));
}

/** Reads one element at `at`, strictly (minimal lengths only); undefined when malformed. */
function readElement(bytes: Uint8Array, at: number, tag: number): { content: Uint8Array; end: number } | undefined {
  if (bytes[at] !== tag || at + 1 >= bytes.length) return undefined;
  let length = bytes[at + 1];
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 2 || start + count > bytes.length) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = (length << 8) | bytes[start + i];
    if (length < 0x80 || (count === 2 && length < 0x100)) return undefined;
    start += count;
  }
  const end = start + length;
  return end > bytes.length ? undefined : { content: bytes.subarray(start, end), end };
}

/** A DER ECDSA signature as r||s of `size`-byte halves; undefined when it is not a well-formed one. */
export function derToP1363(signature: Uint8Array, size: number): Bytes | undefined {
  const sequence = readElement(signature, 0, 0x30);
  if (!sequence || sequence.end !== signature.length) return undefined;
  const out = new Uint8Array(2 * size);
  let at = 0;
  for (const half of [0, 1]) {
    const integer = readElement(sequence.content, at, 0x02);
    if (!integer || integer.content.length === 0) return undefined;
    const value = integer.content;
    // Negative, or a needless leading zero: not DER.
    if (value[0] & 0x80 || (value.length > 1 && value[0] === 0 && !(value[1] & 0x80))) return undefined;
    const digits = value[0] === 0 ? value.subarray(1) : value;
    if (digits.length > size) return undefined;
    out.set(digits, half * size + size - digits.length);
    at = integer.end;
  }
  return at === sequence.content.length ? out : undefined;
}

/** SubjectPublicKeyInfo around a raw public key, for an algorithm identifier given as DER bytes. */
export function spki(algorithmIdentifier: Uint8Array, publicKey: Uint8Array): Bytes {
  const bitString = derElement(0x03, concat(new Uint8Array([0]), publicKey));
  return derElement(0x30, concat(derElement(0x30, algorithmIdentifier), bitString));
}

/** An OBJECT IDENTIFIER from its DER content bytes. */
export const oid = (content: number[]): Bytes => derElement(0x06, new Uint8Array(content));

export { concat as concatBytes };
