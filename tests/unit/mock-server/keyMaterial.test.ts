import { describe, expect, test } from 'vitest';
import { createMemoryStore, createQkms } from '../../../mock-server';
import type { KeyRecord } from '../../../mock-server/model/KeyRecord';
import { create } from './support/fixtures';

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
    const record = await store.get<KeyRecord>('keys', metadata.KeyId);
    const material = record?.materials[0];
    const secrets = Object.values(material?.keys ?? {});
    expect(secrets.length).toBeGreaterThan(0);
    for (const key of secrets) expect(key.extractable).toBe(false);
    if (KeySpec.startsWith('SYMMETRIC') || KeySpec.startsWith('HMAC')) expect(material?.publicKey).toBeUndefined();
    else expect(material?.publicKey?.extractable).toBe(true);
  });
});
