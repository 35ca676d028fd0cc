import { describe, expect, test } from 'vitest';
import { createMemoryStore, createQkms } from '../../../mock-server';
import { create } from './support/fixtures';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID } from '../../support/sandbox';
import { b64, call } from './support/call';
import { keySpecs } from '../../../mock-server/model/keys/keySpecs';
import type { KeySpec, KeyUsageType } from '../../../mock-server/spec';

/* What CreateKey stores: secret material never extractable, public keys extractable. */

describe('key material', () => {
  test.each([
    ['SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT'],
    ['RSA_2048', 'ENCRYPT_DECRYPT'],
    ['RSA_2048', 'SIGN_VERIFY'],
    ['ECC_NIST_P256', 'KEY_AGREEMENT'],
    ['HMAC_256', 'GENERATE_VERIFY_MAC'],
  ])('keeps %s %s secret material non-extractable and public keys extractable', async (KeySpec, KeyUsage) => {
    const store = createMemoryStore();
    const metadata = await create(createQkms({ store }), { KeySpec, KeyUsage });
    const record = await store.get('keys', metadata.KeyId);
    const material = record?.materials[0];
    const secrets = Object.values(material?.keys ?? {});
    expect(secrets.length).toBeGreaterThan(0);
    for (const key of secrets) expect(key.extractable).toBe(false);
    if (KeySpec.startsWith('SYMMETRIC') || KeySpec.startsWith('HMAC')) expect(material?.publicKey).toBeUndefined();
    else expect(material?.publicKey?.extractable).toBe(true);
  });
});

describe('key material ids', () => {
  test('reports the material that encrypted, decrypted and re-encrypted, and changes it on rotation', async () => {
    const qkms = createQkms();
    const describe = async (keyId: string) => (await call(qkms, 'DescribeKey', { KeyId: keyId })).body.KeyMetadata as Record<string, unknown>;
    const first = (await describe(EXAMPLE_KEY_ID)).CurrentKeyMaterialId;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    const before = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('old') });
    expect(before.body.KeyMaterialId).toBe(first);
    await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID });
    const second = (await describe(EXAMPLE_KEY_ID)).CurrentKeyMaterialId;
    expect(second).toMatch(/^[0-9a-f]{64}$/);
    expect(second).not.toBe(first);
    expect((await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('new') })).body.KeyMaterialId).toBe(second);
    expect((await call(qkms, 'Decrypt', { CiphertextBlob: before.body.CiphertextBlob })).body.KeyMaterialId).toBe(first);
    const moved = await call(qkms, 'ReEncrypt', { CiphertextBlob: before.body.CiphertextBlob, DestinationKeyId: SECOND_KEY_ID });
    expect(moved.body).toMatchObject({
      SourceKeyMaterialId: first,
      DestinationKeyMaterialId: (await describe(SECOND_KEY_ID)).CurrentKeyMaterialId,
    });
    const data = await call(qkms, 'GenerateDataKey', { KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_256' });
    expect(data.body.KeyMaterialId).toBe(second);
  });
});

/** Every CryptoKey anywhere in a record, with where it was found. */
function cryptoKeysIn(value: unknown, path: string, found: { path: string; key: CryptoKey }[] = []): { path: string; key: CryptoKey }[] {
  if (value instanceof CryptoKey) found.push({ path, key: value });
  else if (value instanceof Uint8Array || value === null || typeof value !== 'object') return found;
  else for (const [name, inner] of Object.entries(value)) cryptoKeysIn(inner, `${path}.${name}`, found);
  return found;
}

/*
 * Specs whose private or secret material QKMS must hold as bytes, because WebCrypto cannot do what
 * KMS does with them: NIST-curve keys sign a DIGEST as given (WebCrypto always hashes first);
 * secp256k1, Ed25519ph, ML-DSA and HMAC-SHA-224 are not in WebCrypto at all.
 */
const SECRET_BYTES_BECAUSE_WEBCRYPTO_CANNOT = [
  'ECC_NIST_P256 SIGN_VERIFY',
  'ECC_NIST_P384 SIGN_VERIFY',
  'ECC_NIST_P521 SIGN_VERIFY',
  'ECC_SECG_P256K1 SIGN_VERIFY',
  'ECC_NIST_EDWARDS25519 SIGN_VERIFY',
  'ML_DSA_44 SIGN_VERIFY',
  'ML_DSA_65 SIGN_VERIFY',
  'ML_DSA_87 SIGN_VERIFY',
  'HMAC_224 GENERATE_VERIFY_MAC',
];

describe('non-extractable key material', () => {
  test('every private and secret CryptoKey of a fresh sandbox (its seeded keys and import parameters) is non-extractable', async () => {
    const store = createMemoryStore();
    await call(createQkms({ store }), 'ListKeys', {});
    const keys = [...cryptoKeysIn(await store.list('keys'), 'keys'), ...cryptoKeysIn(await store.list('customKeyStores'), 'customKeyStores')];
    expect(keys.length).toBeGreaterThan(10);
    for (const { path, key } of keys) {
      if (key.type === 'public') continue;
      expect(key.extractable, `${path} (${key.type} ${key.algorithm.name})`).toBe(false);
    }
    expect(keys.some(({ key }) => key.type === 'private')).toBe(true);
    expect(keys.some(({ key }) => key.type === 'secret')).toBe(true);
  });

  const creatable = (Object.keys(keySpecs) as KeySpec[]).flatMap((spec) =>
    keySpecs[spec].implementation.by === undefined ? [] : (Object.keys(keySpecs[spec].usages) as KeyUsageType[]).map((usage) => [spec, usage] as const),
  );
  test.each(creatable)(
    'a new %s %s key holds its secret in non-extractable CryptoKeys, and as bytes only where WebCrypto lacks the algorithm',
    async (KeySpec, KeyUsage) => {
      const store = createMemoryStore();
      const { KeyId } = await create(createQkms({ store }), { KeySpec, KeyUsage });
      const record = await store.get('keys', KeyId);
      for (const { path, key } of cryptoKeysIn(record, KeyId)) {
        if (key.type !== 'public') expect(key.extractable, path).toBe(false);
      }
      const holdsBytes = record?.materials.some((material) => material.secret !== undefined);
      expect(holdsBytes).toBe(SECRET_BYTES_BECAUSE_WEBCRYPTO_CANNOT.includes(`${KeySpec} ${KeyUsage}`));
    },
    60_000,
  );
});
