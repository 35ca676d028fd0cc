import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import type { Qkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn, SECOND_KEY_ID, SEEDED_GRANT_TOKEN } from '../../../support/sandbox';
import { b64, call, errorOf, text } from '../support/call';
import { create, encrypted } from '../support/fixtures';

async function createdKey(qkms: Qkms, body: object): Promise<string> {
  const reply = await call(qkms, 'CreateKey', body);
  return (reply.body.KeyMetadata as { KeyId: string }).KeyId;
}

describe('ReEncrypt', () => {
  test('re-encrypts under the destination key without returning plaintext', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'ReEncrypt', {
      CiphertextBlob: await encrypted(qkms),
      SourceKeyId: EXAMPLE_KEY_ID,
      DestinationKeyId: SECOND_KEY_ID,
      SourceEncryptionContext: { Department: 'Finance' },
      DestinationEncryptionContext: { Purpose: 'Test' },
      GrantTokens: [SEEDED_GRANT_TOKEN],
    });
    expect(reply.body).toEqual({
      CiphertextBlob: expect.any(String),
      SourceKeyId: keyArn(EXAMPLE_KEY_ID),
      KeyId: keyArn(SECOND_KEY_ID),
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      SourceKeyMaterialId: expect.stringMatching(/^[0-9a-f]{64}$/),
      DestinationKeyMaterialId: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const decrypted = await call(qkms, 'Decrypt', {
      CiphertextBlob: reply.body.CiphertextBlob,
      EncryptionContext: { Purpose: 'Test' },
    });
    expect(decrypted.body.KeyId).toBe(keyArn(SECOND_KEY_ID));
    expect(text(decrypted.body.Plaintext)).toBe('re-encrypt me');
  });

  test('returns DisabledException when the key in the ciphertext is disabled', async () => {
    const qkms = createQkms();
    const blob = await encrypted(qkms);
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    const reply = await call(qkms, 'ReEncrypt', { CiphertextBlob: blob, SourceEncryptionContext: { Department: 'Finance' }, DestinationKeyId: SECOND_KEY_ID });
    expect(errorOf(reply)).toEqual({ type: 'DisabledException', status: 400, message: `${keyArn(EXAMPLE_KEY_ID)} is disabled.` });
  });

  test('returns DisabledException when the destination key is disabled', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: SECOND_KEY_ID });
    const reply = await call(qkms, 'ReEncrypt', {
      CiphertextBlob: await encrypted(qkms),
      SourceEncryptionContext: { Department: 'Finance' },
      DestinationKeyId: SECOND_KEY_ID,
    });
    expect(errorOf(reply)).toMatchObject({ type: 'DisabledException', message: `${keyArn(SECOND_KEY_ID)} is disabled.` });
  });

  test('returns InvalidCiphertextException when a byte of the ciphertext is flipped', async () => {
    const qkms = createQkms();
    const blob = Buffer.from(await encrypted(qkms), 'base64');
    blob[40] ^= 0x80;
    const reply = await call(qkms, 'ReEncrypt', {
      CiphertextBlob: blob.toString('base64'),
      SourceEncryptionContext: { Department: 'Finance' },
      DestinationKeyId: SECOND_KEY_ID,
    });
    expect(errorOf(reply).type).toBe('InvalidCiphertextException');
  });

  test('returns InvalidCiphertextException given the wrong source encryption context', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'ReEncrypt', {
      CiphertextBlob: await encrypted(qkms),
      SourceEncryptionContext: { Department: 'Sales' },
      DestinationKeyId: SECOND_KEY_ID,
    });
    expect(errorOf(reply).type).toBe('InvalidCiphertextException');
  });

  test('returns InvalidCiphertextException given garbage bytes', async () => {
    const reply = await call(createQkms(), 'ReEncrypt', { CiphertextBlob: b64('x'.repeat(80)), DestinationKeyId: SECOND_KEY_ID });
    expect(errorOf(reply).type).toBe('InvalidCiphertextException');
  });

  test('returns InvalidCiphertextException given a truncated ciphertext', async () => {
    const qkms = createQkms();
    const blob = Buffer.from(await encrypted(qkms), 'base64');
    for (const length of [blob.length - 1, 40, 21, 1]) {
      const reply = await call(qkms, 'ReEncrypt', {
        CiphertextBlob: blob.subarray(0, length).toString('base64'),
        SourceEncryptionContext: { Department: 'Finance' },
        DestinationKeyId: SECOND_KEY_ID,
      });
      expect(errorOf(reply).type).toBe('InvalidCiphertextException');
    }
  });

  test('returns InvalidCiphertextException given an unknown envelope version', async () => {
    const qkms = createQkms();
    const blob = Buffer.from(await encrypted(qkms), 'base64');
    blob[0] = 0x02;
    const reply = await call(qkms, 'ReEncrypt', {
      CiphertextBlob: blob.toString('base64'),
      SourceEncryptionContext: { Department: 'Finance' },
      DestinationKeyId: SECOND_KEY_ID,
    });
    expect(errorOf(reply).type).toBe('InvalidCiphertextException');
  });

  test('returns InvalidGrantTokenException given a malformed grant token', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'ReEncrypt', { CiphertextBlob: await encrypted(qkms), DestinationKeyId: SECOND_KEY_ID, GrantTokens: ['not-a-token'] });
    expect(errorOf(reply)).toMatchObject({ type: 'InvalidGrantTokenException', message: 'The grant token is malformed.' });
  });

  test('returns InvalidGrantTokenException given a well-formed token of no live grant', async () => {
    const qkms = createQkms();
    const unknown = Buffer.from([0x01, 0x0a, 0x40, ...Buffer.from('a'.repeat(64)), 0x01, 0x78]).toString('base64');
    const reply = await call(qkms, 'ReEncrypt', { CiphertextBlob: await encrypted(qkms), DestinationKeyId: SECOND_KEY_ID, GrantTokens: [unknown] });
    expect(errorOf(reply)).toMatchObject({ type: 'InvalidGrantTokenException', message: expect.stringContaining('live grant') });
  });

  test.each([
    ['an HMAC key', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }],
    ['an RSA key', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }],
  ])('returns InvalidKeyUsageException when the destination is %s', async (_kind, spec) => {
    const qkms = createQkms();
    const destination = await createdKey(qkms, spec);
    const reply = await call(qkms, 'ReEncrypt', {
      CiphertextBlob: await encrypted(qkms),
      SourceEncryptionContext: { Department: 'Finance' },
      DestinationKeyId: destination,
    });
    expect(errorOf(reply)).toMatchObject({ type: 'InvalidKeyUsageException', message: expect.stringContaining('SYMMETRIC_DEFAULT') });
  });

  test('returns InvalidKeyUsageException given an asymmetric destination algorithm', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'ReEncrypt', {
      CiphertextBlob: await encrypted(qkms),
      SourceEncryptionContext: { Department: 'Finance' },
      DestinationKeyId: SECOND_KEY_ID,
      DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    });
    expect(errorOf(reply).type).toBe('InvalidKeyUsageException');
  });

  test('returns KMSInvalidStateException when the destination key is pending deletion', async () => {
    const qkms = createQkms();
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: SECOND_KEY_ID });
    const reply = await call(qkms, 'ReEncrypt', {
      CiphertextBlob: await encrypted(qkms),
      SourceEncryptionContext: { Department: 'Finance' },
      DestinationKeyId: SECOND_KEY_ID,
    });
    expect(errorOf(reply)).toEqual({ type: 'KMSInvalidStateException', status: 400, message: `${keyArn(SECOND_KEY_ID)} is pending deletion.` });
  });

  test('returns KMSInvalidStateException when the source key is pending deletion', async () => {
    const qkms = createQkms();
    const blob = await encrypted(qkms);
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID });
    const reply = await call(qkms, 'ReEncrypt', { CiphertextBlob: blob, SourceEncryptionContext: { Department: 'Finance' }, DestinationKeyId: SECOND_KEY_ID });
    expect(errorOf(reply).type).toBe('KMSInvalidStateException');
  });

  test('returns NotFoundException given an unknown destination key', async () => {
    const qkms = createQkms();
    const missing = '99999999-9999-4999-8999-999999999999';
    const reply = await call(qkms, 'ReEncrypt', {
      CiphertextBlob: await encrypted(qkms),
      SourceEncryptionContext: { Department: 'Finance' },
      DestinationKeyId: missing,
    });
    expect(errorOf(reply)).toEqual({ type: 'NotFoundException', status: 400, message: `Key '${keyArn(missing)}' does not exist` });
  });

  test('returns IncorrectKeyException when SourceKeyId is not the key of the ciphertext', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'ReEncrypt', {
      CiphertextBlob: await encrypted(qkms),
      SourceKeyId: SECOND_KEY_ID,
      SourceEncryptionContext: { Department: 'Finance' },
      DestinationKeyId: SECOND_KEY_ID,
    });
    expect(errorOf(reply)).toMatchObject({
      type: 'IncorrectKeyException',
      message: 'The key ID in the request does not identify a KMS key that can perform this operation.',
    });
  });
});

describe('ReEncrypt takes symmetric keys only, source and destination alike', () => {
  test('refuses an RSA source key named with its RSA algorithm, as it refuses an RSA destination', async () => {
    const qkms = createQkms();
    const rsa = (await create(qkms, { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyId;
    const sealed = await call(qkms, 'Encrypt', { KeyId: rsa, Plaintext: b64('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
    expect(sealed.status).toBe(200);
    const source = await call(qkms, 'ReEncrypt', {
      CiphertextBlob: sealed.body.CiphertextBlob,
      SourceKeyId: rsa,
      SourceEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      DestinationKeyId: SECOND_KEY_ID,
    });
    expect(errorOf(source)).toMatchObject({ type: 'InvalidKeyUsageException', message: expect.stringContaining('symmetric') });
    const symmetric = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') });
    const destination = await call(qkms, 'ReEncrypt', { CiphertextBlob: symmetric.body.CiphertextBlob, DestinationKeyId: rsa });
    expect(errorOf(destination).type).toBe('InvalidKeyUsageException');
    const rsaSourceKey = await call(qkms, 'ReEncrypt', { CiphertextBlob: symmetric.body.CiphertextBlob, SourceKeyId: rsa, DestinationKeyId: SECOND_KEY_ID });
    expect(errorOf(rsaSourceKey).type).toBe('InvalidKeyUsageException');
  });
});

describe('naming the wrong key for a ciphertext', () => {
  test('answers IncorrectKeyException when ReEncrypt names an HMAC key as its source', async () => {
    const qkms = createQkms();
    const hmac = (await create(qkms, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyId;
    const sealed = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') });
    const reply = await call(qkms, 'ReEncrypt', { CiphertextBlob: sealed.body.CiphertextBlob, SourceKeyId: hmac, DestinationKeyId: SECOND_KEY_ID });
    expect(errorOf(reply).type).toBe('IncorrectKeyException');
  });
});
