import { createPublicKey } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn, MAC_KEY_ID, SIGNING_KEY_ID } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

describe('GetPublicKey', () => {
  test('answers the seeded signing key’s P-256 SPKI, spec, usage and algorithms, the same in every sandbox', async () => {
    const reply = await call(createQkms(), 'GetPublicKey', { KeyId: SIGNING_KEY_ID });
    expect(reply.body).toMatchObject({
      KeyId: keyArn(SIGNING_KEY_ID),
      KeySpec: 'ECC_NIST_P256',
      CustomerMasterKeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
      SigningAlgorithms: ['ECDSA_SHA_256'],
    });
    const key = createPublicKey({ key: Buffer.from(String(reply.body.PublicKey), 'base64'), format: 'der', type: 'spki' });
    expect(key.asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
    expect((await call(createQkms(), 'GetPublicKey', { KeyId: SIGNING_KEY_ID })).body.PublicKey).toBe(reply.body.PublicKey);
  });

  test('answers an RSA encryption key’s SPKI and encryption algorithms', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    const reply = await call(qkms, 'GetPublicKey', { KeyId });
    expect(reply.body).toMatchObject({ KeyUsage: 'ENCRYPT_DECRYPT', EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] });
    const key = createPublicKey({ key: Buffer.from(String(reply.body.PublicKey), 'base64'), format: 'der', type: 'spki' });
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  test('answers a key agreement key’s SPKI and ECDH', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { KeySpec: 'ECC_NIST_P384', KeyUsage: 'KEY_AGREEMENT' });
    const reply = await call(qkms, 'GetPublicKey', { KeyId });
    expect(reply.body).toMatchObject({ KeyUsage: 'KEY_AGREEMENT', KeyAgreementAlgorithms: ['ECDH'] });
  });

  test('leaves out CustomerMasterKeySpec for ML-DSA, which the deprecated member cannot name', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { KeySpec: 'ML_DSA_87', KeyUsage: 'SIGN_VERIFY' });
    const reply = await call(qkms, 'GetPublicKey', { KeyId });
    expect(reply.body.KeySpec).toBe('ML_DSA_87');
    expect(reply.body).not.toHaveProperty('CustomerMasterKeySpec');
  });

  test.each([EXAMPLE_KEY_ID, MAC_KEY_ID])('returns UnsupportedOperationException for %s, which has no public key', async (KeyId) => {
    expect(errorOf(await call(createQkms(), 'GetPublicKey', { KeyId })).type).toBe('UnsupportedOperationException');
  });

  test('returns DisabledException for a disabled key', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: SIGNING_KEY_ID });
    expect(errorOf(await call(qkms, 'GetPublicKey', { KeyId: SIGNING_KEY_ID })).type).toBe('DisabledException');
  });
});
