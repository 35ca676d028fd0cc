import fc from 'fast-check';

/** Plaintexts as Encrypt takes them (1 to 4,096 bytes), plus the two lengths just outside. */
export const plaintextBytes = fc.uint8Array({ minLength: 0, maxLength: 4097 });

/**
 * Any UTF-16 text: mostly well-formed Unicode (astral planes, combining marks), sometimes a lone
 * surrogate, which JSON carries (as \udxxx) but UTF-8 cannot.
 */
export const contextText = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((code) => String.fromCharCode(code)), maxLength: 4 }) },
);

/** Encryption contexts: none, empty, or up to 6 random pairs. */
export const encryptionContext = fc.option(fc.dictionary(contextText, contextText, { maxKeys: 6, noNullPrototype: true }), {
  nil: undefined,
  freq: 6,
});

/** A lone surrogate: in a `u` regular expression, a surrogate half matches only when it is unpaired. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** Whether every key and value is well-formed Unicode, as KMS requires of an encryption context. */
export const isWellFormedContext = (context: Readonly<Record<string, string>> | undefined): boolean =>
  Object.entries(context ?? {}).every(([key, value]) => !LONE_SURROGATE.test(key) && !LONE_SURROGATE.test(value));

export const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
export const bytesOf = (value: unknown): Uint8Array => new Uint8Array(Buffer.from(String(value), 'base64'));

/** The bytes with one bit flipped (bit `bit` counted over the whole array). */
export function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[Math.floor(bit / 8) % copy.length] ^= 1 << bit % 8;
  return copy;
}
