import { describe, expect, it } from 'vitest';
import { encodeValue, type Encoded } from '../../../mock-server/node/dataDir/encodeValue';
import { ValueDecoder } from '../../../mock-server/node/dataDir/ValueDecoder';

/** Through JSON text, as the value goes to disk and back. */
async function roundTrip(value: unknown): Promise<unknown> {
  const text = JSON.stringify(encodeValue(value));
  const parsed: Encoded = JSON.parse(text);
  return new ValueDecoder().decode(parsed);
}

const aesGcm = { name: 'AES-GCM', length: 256 };
const rsaParams = (name: string, hash: string) => ({ name, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash });

describe('the data directory value encoding', () => {
  it('keeps plain data, bytes, dates and numbers JSON cannot hold', async () => {
    const value = {
      text: 'line\nbreak',
      list: [1, true, null, 'x'],
      nested: { deeper: { bytes: new Uint8Array([0, 1, 254, 255]) } },
      when: new Date('2024-05-01T00:00:00Z'),
      odd: [Number.NaN, Infinity, -Infinity, -0],
      missing: undefined,
      big: 2n ** 70n,
    };
    const read = await roundTrip(value);
    expect(read).toEqual(value);
    expect(Object.hasOwn(read as object, 'missing')).toBe(true);
    expect(Object.is((read as { odd: number[] }).odd[3], -0)).toBe(true);
    expect((read as typeof value).nested.deeper.bytes).toBeInstanceOf(Uint8Array);
  });

  it('keeps a member named like its tag, and an own __proto__ member, as members', async () => {
    const context = JSON.parse('{"__proto__":"x","$t":"bytes","v":"AAAA"}') as Record<string, string>;
    const read = (await roundTrip({ context })) as { context: Record<string, string> };
    expect(Object.getPrototypeOf(read.context)).toBe(Object.prototype);
    expect(Object.entries(read.context)).toEqual([
      ['__proto__', 'x'],
      ['$t', 'bytes'],
      ['v', 'AAAA'],
    ]);
  });

  it('encodes a view on part of a buffer as only its own bytes', async () => {
    const buffer = new Uint8Array([9, 9, 1, 2, 3, 9]);
    expect(await roundTrip(buffer.subarray(2, 5))).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('refuses what it could not read back, as structured clone words it', () => {
    expect(() => encodeValue({ run: () => undefined })).toThrow(/could not be cloned/);
    expect(() => encodeValue(new Map())).toThrow(/type Map could not be cloned/);
  });

  it.each([
    { label: 'AES-GCM secret', make: () => crypto.subtle.generateKey(aesGcm, false, ['encrypt', 'decrypt']) },
    { label: 'AES-KW secret', make: () => crypto.subtle.generateKey({ name: 'AES-KW', length: 256 }, false, ['wrapKey', 'unwrapKey']) },
    { label: 'HMAC SHA-384 secret', make: () => crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, false, ['sign', 'verify']) },
  ])('re-imports a non-extractable $label with the same algorithm and usages, still non-extractable', async ({ make }) => {
    const key = (await make()) as CryptoKey;
    const read = (await roundTrip({ key })) as { key: CryptoKey };
    expect(read.key).toBeInstanceOf(CryptoKey);
    expect(read.key).not.toBe(key);
    expect({ type: read.key.type, algorithm: read.key.algorithm, usages: read.key.usages, extractable: read.key.extractable }).toEqual({
      type: key.type,
      algorithm: key.algorithm,
      usages: key.usages,
      extractable: false,
    });
    await expect(crypto.subtle.exportKey('raw', read.key)).rejects.toThrow();
  });

  it('decrypts after the round trip what AES-GCM and RSA-OAEP keys encrypted before it', async () => {
    const aes = await crypto.subtle.generateKey(aesGcm, false, ['encrypt', 'decrypt']);
    const rsa = await crypto.subtle.generateKey(rsaParams('RSA-OAEP', 'SHA-256'), false, ['encrypt', 'decrypt']);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const message = new TextEncoder().encode('kept across a restart');
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, message);
    const wrapped = await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, rsa.publicKey, message);
    const read = (await roundTrip({ aes, rsa: rsa.privateKey, rsaPublic: rsa.publicKey })) as Record<string, CryptoKey>;
    expect(new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, read.aes, sealed))).toEqual(message);
    expect(new Uint8Array(await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, read.rsa, wrapped))).toEqual(message);
    expect(read.rsa.extractable).toBe(false);
    expect(read.rsaPublic.extractable).toBe(true);
    expect(read.rsa.algorithm).toEqual(rsa.privateKey.algorithm);
  });

  it.each([
    { label: 'RSA-PSS', params: rsaParams('RSA-PSS', 'SHA-384'), sign: { name: 'RSA-PSS', saltLength: 48 } },
    { label: 'RSASSA-PKCS1-v1_5', params: rsaParams('RSASSA-PKCS1-v1_5', 'SHA-512'), sign: { name: 'RSASSA-PKCS1-v1_5' } },
    { label: 'ECDSA P-256', params: { name: 'ECDSA', namedCurve: 'P-256' }, sign: { name: 'ECDSA', hash: 'SHA-256' } },
    { label: 'ECDSA P-384', params: { name: 'ECDSA', namedCurve: 'P-384' }, sign: { name: 'ECDSA', hash: 'SHA-384' } },
    { label: 'ECDSA P-521', params: { name: 'ECDSA', namedCurve: 'P-521' }, sign: { name: 'ECDSA', hash: 'SHA-512' } },
    { label: 'Ed25519', params: { name: 'Ed25519' }, sign: { name: 'Ed25519' } },
  ])('verifies after the round trip a $label signature made before it, and signs again', async ({ params, sign }) => {
    const pair = (await crypto.subtle.generateKey(params, false, ['sign', 'verify'])) as CryptoKeyPair;
    const message = new TextEncoder().encode('signed before the restart');
    const signature = await crypto.subtle.sign(sign, pair.privateKey, message);
    const read = (await roundTrip(pair)) as CryptoKeyPair;
    expect(await crypto.subtle.verify(sign, read.publicKey, signature, message)).toBe(true);
    const again = await crypto.subtle.sign(sign, read.privateKey, message);
    expect(await crypto.subtle.verify(sign, pair.publicKey, again, message)).toBe(true);
    expect(read.privateKey.extractable).toBe(false);
    expect(read.privateKey.usages).toEqual(['sign']);
    expect(read.privateKey.algorithm).toEqual(pair.privateKey.algorithm);
  });

  it('derives after the round trip the same ECDH secret as before it', async () => {
    const params = { name: 'ECDH', namedCurve: 'P-384' };
    const ours = await crypto.subtle.generateKey(params, false, ['deriveBits']);
    const theirs = await crypto.subtle.generateKey(params, true, ['deriveBits']);
    const before = await crypto.subtle.deriveBits({ name: 'ECDH', public: theirs.publicKey }, ours.privateKey, 384);
    const read = (await roundTrip(ours.privateKey)) as CryptoKey;
    const after = await crypto.subtle.deriveBits({ name: 'ECDH', public: theirs.publicKey }, read, 384);
    expect(new Uint8Array(after)).toEqual(new Uint8Array(before));
  });

  it('imports a key that appears in many records once', async () => {
    const key = await crypto.subtle.generateKey(aesGcm, false, ['encrypt']);
    const encoded: Encoded = JSON.parse(JSON.stringify(encodeValue([{ key }, { key }])));
    const [first, second] = (await new ValueDecoder().decode(encoded)) as { key: CryptoKey }[];
    expect(first.key).toBe(second.key);
  });
});
