import { KeyObject } from 'node:crypto';

/**
 * A record as JSON, whatever collection it belongs to and whatever fields it has: plain objects,
 * arrays, strings, booleans, null and finite numbers are themselves; everything else a record may
 * hold becomes a tagged object `{ "$t": <tag>, "v": <value> }`. The encoding knows value types,
 * never record shapes, so collections and fields added later persist without changes here.
 */
export type Encoded = null | boolean | number | string | readonly Encoded[] | { readonly [name: string]: Encoded };

/** The member that marks a tagged value; a plain object that has one is itself wrapped ('object'). */
export const TAG = '$t';

/**
 * A CryptoKey's material is exported through Node's KeyObject (which also reads non-extractable
 * keys) and re-imported by decodeValue with the same algorithm, usages and extractable flag.
 */
export interface EncodedCryptoKey {
  readonly type: KeyType;
  readonly extractable: boolean;
  readonly algorithm: Encoded;
  readonly usages: readonly string[];
  /** 'raw' for secret keys, 'pkcs8' for private keys, 'spki' for public keys. */
  readonly format: 'raw' | 'pkcs8' | 'spki';
  /** The material in that format, base64. */
  readonly material: string;
}

// CryptoKey objects are immutable handles and the same one is put again with every change to its
// record (a tag, a state change), so each is exported once.
const exported = new WeakMap<CryptoKey, Encoded>();

/** Encodes a record, refusing (TypeError) any value it could not read back. */
export function encodeValue(value: unknown): Encoded {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (value === undefined) return { [TAG]: 'undefined', v: null };
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? value : { [TAG]: 'number', v: Object.is(value, -0) ? '-0' : String(value) };
  if (typeof value === 'bigint') return { [TAG]: 'bigint', v: value.toString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value instanceof Uint8Array) return { [TAG]: 'bytes', v: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (value instanceof Date) return { [TAG]: 'date', v: value.getTime() };
  if (value instanceof CryptoKey) return encodeCryptoKey(value);
  if (typeof value === 'object' && isPlain(value)) {
    // fromEntries defines properties, so an own "__proto__" member (an encryption context key) stays a member.
    const members: { [name: string]: Encoded } = Object.fromEntries(
      Object.entries(value).map(([name, member]) => [name, encodeValue(member)]),
    );
    return Object.hasOwn(members, TAG) ? { [TAG]: 'object', v: members } : members;
  }
  // Worded as structured clone words it, since the memory and IndexedDB stores refuse the same values that way.
  throw new TypeError(
    `A record value of type ${describeType(value)} could not be cloned into the data directory; records hold plain data, Uint8Array, Date and CryptoKey only.`,
  );
}

/** Records what a key read back from disk was encoded as, so putting it again does not export it again. */
export function rememberEncoding(key: CryptoKey, encoded: Encoded): void {
  exported.set(key, encoded);
}

function encodeCryptoKey(key: CryptoKey): Encoded {
  const known = exported.get(key);
  if (known !== undefined) return known;
  const keyObject = KeyObject.from(key);
  const format = key.type === 'secret' ? 'raw' : key.type === 'private' ? 'pkcs8' : 'spki';
  const material = key.type === 'secret' ? keyObject.export() : keyObject.export({ type: format === 'pkcs8' ? 'pkcs8' : 'spki', format: 'der' });
  const encoded: EncodedCryptoKey = {
    type: key.type,
    extractable: key.extractable,
    algorithm: encodeValue(structuredClone(key.algorithm)),
    usages: [...key.usages],
    format,
    material: material.toString('base64'),
  };
  const tagged: Encoded = { [TAG]: 'cryptokey', v: { ...encoded } };
  exported.set(key, tagged);
  return tagged;
}

function describeType(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.getPrototypeOf(value)?.constructor?.name ?? 'object without prototype';
}

/** A plain object; one without a prototype (a CryptoKeyPair from Node's WebCrypto) reads back as a plain one, as structured clone does. */
function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
