import { describe, expect, test } from 'vitest';
import { createMemoryStore, createQkms } from '../../../mock-server';
import { create } from './support/fixtures';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID } from '../../support/sandbox';
import { b64, call } from './support/call';

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
