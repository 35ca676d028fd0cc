import { constants, createPublicKey, publicEncrypt } from 'node:crypto';
import { EXAMPLE_RSA_PUBLIC_KEY } from '../../../../mock-server/sandbox/exampleRsaKey';
import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, RSA_KEY_ID, SECOND_KEY_ID, keyArn } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

describe('Decrypt', () => {
  test('returns KMSInvalidStateException when decrypting under a key pending deletion', async () => {
    const qkms = createQkms();
    const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') });
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob });
    expect(errorOf(reply)).toEqual({
      type: 'KMSInvalidStateException',
      status: 400,
      message: `${keyArn(EXAMPLE_KEY_ID)} is pending deletion.`,
    });
  });

  test('returns IncorrectKeyException when Decrypt names another key than the ciphertext', async () => {
    const qkms = createQkms();
    const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') });
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob, KeyId: SECOND_KEY_ID });
    expect(errorOf(reply)).toMatchObject({
      type: 'IncorrectKeyException',
      message: 'The key ID in the request does not identify a KMS key that can perform this operation.',
    });
  });

  test('decrypts when Decrypt names the ciphertext key by alias', async () => {
    const qkms = createQkms();
    const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') });
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob, KeyId: 'alias/ExampleAlias' });
    expect(reply.status).toBe(200);
  });

  test('returns InvalidCiphertextException given garbage bytes', async () => {
    const reply = await call(createQkms(), 'Decrypt', { CiphertextBlob: b64('garbage garbage garbage garbage garbage garbage garbage') });
    expect(errorOf(reply).type).toBe('InvalidCiphertextException');
  });

  test('returns InvalidCiphertextException for an envelope naming a key that does not exist', async () => {
    const qkms = createQkms();
    const encrypted = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') });
    const blob = Buffer.from(String(encrypted.body.CiphertextBlob), 'base64');
    Buffer.from('ffffffffffff4fff8fffffffffffffff', 'hex').copy(blob, 1);
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob: blob.toString('base64') });
    expect(errorOf(reply).type).toBe('InvalidCiphertextException');
  });
});

describe('Recipient is refused, never ignored', () => {
  const Recipient = { KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256', AttestationDocument: b64('attestation') };

  test('refuses Decrypt with a Recipient and returns no plaintext', async () => {
    const qkms = createQkms();
    const sealed = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('secret') });
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob: sealed.body.CiphertextBlob, Recipient });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('attested recipients') });
    expect(reply.body.Plaintext).toBeUndefined();
  });
});

describe('naming the wrong key for a ciphertext', () => {
  test('answers IncorrectKeyException when Decrypt names an HMAC key', async () => {
    const qkms = createQkms();
    const hmac = (await create(qkms, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyId;
    const sealed = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') });
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob: sealed.body.CiphertextBlob, KeyId: hmac });
    expect(errorOf(reply).type).toBe('IncorrectKeyException');
  });
});

describe('RSA ciphertexts made outside QKMS', () => {
  test.each([
    ['RSA_2048', 'RSAES_OAEP_SHA_1', 'sha1'],
    ['RSA_3072', 'RSAES_OAEP_SHA_256', 'sha256'],
  ] as const)(
    'decrypts what node:crypto encrypted for a %s key with GetPublicKey’s public key and %s',
    async (KeySpec, EncryptionAlgorithm, oaepHash) => {
      const qkms = createQkms();
      const { KeyId } = await create(qkms, { KeySpec, KeyUsage: 'ENCRYPT_DECRYPT' });
      const spki = Buffer.from(String((await call(qkms, 'GetPublicKey', { KeyId })).body.PublicKey), 'base64');
      const publicKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });
      const sealed = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash }, Buffer.from('made outside'));
      const opened = await call(qkms, 'Decrypt', { CiphertextBlob: sealed.toString('base64'), KeyId, EncryptionAlgorithm });
      expect(opened.status, JSON.stringify(opened.body)).toBe(200);
      expect(Buffer.from(String(opened.body.Plaintext), 'base64').toString()).toBe('made outside');
    },
  );
});

describe('the seeded RSA example key', () => {
  test('answers GetPublicKey with the published public key, and decrypts what node:crypto encrypted with it', async () => {
    const qkms = createQkms();
    const published = Buffer.from(EXAMPLE_RSA_PUBLIC_KEY, 'base64');
    expect(Buffer.from(String((await call(qkms, 'GetPublicKey', { KeyId: RSA_KEY_ID })).body.PublicKey), 'base64').equals(published)).toBe(true);
    const publicKey = createPublicKey({ key: published, format: 'der', type: 'spki' });
    const sealed = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from('outside'));
    const opened = await call(qkms, 'Decrypt', { CiphertextBlob: sealed.toString('base64'), KeyId: RSA_KEY_ID, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
    expect(Buffer.from(String(opened.body.Plaintext), 'base64').toString()).toBe('outside');
  });
});
