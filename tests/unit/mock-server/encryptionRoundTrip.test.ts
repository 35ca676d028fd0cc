import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../support/sandbox';
import { b64, call, errorOf, text } from './support/call';

/* Encrypt then Decrypt: what one operation produces, the other opens. */

describe('encryption round trip', () => {
  test('encrypts and decrypts with a seeded key, answering key ARNs and the algorithm', async () => {
    const qkms = createQkms();
    const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('hello'), EncryptionContext: { Department: 'Finance' } });
    expect(encrypted.body).toMatchObject({ KeyId: keyArn(EXAMPLE_KEY_ID), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    const decrypted = await call(qkms, 'Decrypt', {
      CiphertextBlob: encrypted.body.CiphertextBlob,
      EncryptionContext: { Department: 'Finance' },
    });
    expect(decrypted.body).toMatchObject({ KeyId: keyArn(EXAMPLE_KEY_ID), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    expect(text(decrypted.body.Plaintext)).toBe('hello');
  });

  test('encrypts with raw RSA-OAEP under an RSA key and decrypts given the key id', async () => {
    const qkms = createQkms();
    const created = await call(qkms, 'CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    const keyId = (created.body.KeyMetadata as { KeyId: string }).KeyId;
    const encrypted = await call(qkms, 'Encrypt', { KeyId: keyId, Plaintext: b64('rsa'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_1' });
    expect(Buffer.from(String(encrypted.body.CiphertextBlob), 'base64').length).toBe(256);
    const decrypted = await call(qkms, 'Decrypt', {
      CiphertextBlob: encrypted.body.CiphertextBlob,
      KeyId: keyId,
      EncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
    });
    expect(text(decrypted.body.Plaintext)).toBe('rsa');
    const wrongHash = await call(qkms, 'Decrypt', {
      CiphertextBlob: encrypted.body.CiphertextBlob,
      KeyId: keyId,
      EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    });
    expect(errorOf(wrongHash).type).toBe('InvalidCiphertextException');
  });
});
