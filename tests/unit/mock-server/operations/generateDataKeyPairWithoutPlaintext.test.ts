import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';

const bytes = (value: unknown) => Buffer.from(String(value), 'base64');

describe('GenerateDataKeyPairWithoutPlaintext', () => {
  test('returns the public key and the encrypted private key, never the plaintext private key', async () => {
    const reply = await call(createQkms(), 'GenerateDataKeyPairWithoutPlaintext', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'RSA_2048' });
    expect(Object.keys(reply.body).sort()).toEqual(['KeyId', 'KeyMaterialId', 'KeyPairSpec', 'PrivateKeyCiphertextBlob', 'PublicKey']);
    expect(reply.body).toMatchObject({ KeyId: keyArn(EXAMPLE_KEY_ID), KeyPairSpec: 'RSA_2048' });
  });

  test('the private key Decrypt recovers signs what the returned public key verifies', async () => {
    const qkms = createQkms();
    const context = { Owner: 'Bob' };
    const reply = await call(qkms, 'GenerateDataKeyPairWithoutPlaintext', {
      KeyId: EXAMPLE_KEY_ID,
      KeyPairSpec: 'ECC_NIST_P521',
      EncryptionContext: context,
    });
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: reply.body.PrivateKeyCiphertextBlob, EncryptionContext: context });
    const privateKey = createPrivateKey({ key: bytes(decrypted.body.Plaintext), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey({ key: bytes(reply.body.PublicKey), format: 'der', type: 'spki' });
    const signature = sign('sha512', Buffer.from('signed later'), privateKey);
    expect(verify('sha512', Buffer.from('signed later'), publicKey, signature)).toBe(true);
  });

  test('returns UnsupportedOperationException for SM2, which exists only in the AWS China Regions', async () => {
    const reply = await call(createQkms(), 'GenerateDataKeyPairWithoutPlaintext', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'SM2' });
    expect(errorOf(reply).type).toBe('UnsupportedOperationException');
  });

  test('answers DryRunOperationException when DryRun is set', async () => {
    const reply = await call(createQkms(), 'GenerateDataKeyPairWithoutPlaintext', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'RSA_2048', DryRun: true });
    expect(errorOf(reply).type).toBe('DryRunOperationException');
  });
});
