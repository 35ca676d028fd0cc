import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn, SECOND_KEY_ID } from '../../../support/sandbox';
import { b64, call, errorOf, text } from '../support/call';

describe('Encrypt and Decrypt', () => {
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

  test.each([
    ['key ARN', keyArn(EXAMPLE_KEY_ID)],
    ['alias name', 'alias/ExampleAlias'],
    ['alias ARN', 'arn:verenc:111122223333:alias/ExampleAlias'],
  ])('resolves a %s to its key', async (_kind, keyId) => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: keyId, Plaintext: b64('x') });
    expect(reply.body.KeyId).toBe(keyArn(EXAMPLE_KEY_ID));
  });

  test('returns NotFoundException in AWS wording given an unknown key id', async () => {
    const id = '11111111-2222-4333-8444-555555555555';
    const reply = await call(createQkms(), 'Encrypt', { KeyId: id, Plaintext: b64('x') });
    expect(errorOf(reply)).toEqual({ type: 'NotFoundException', status: 400, message: `Key '${keyArn(id)}' does not exist` });
  });

  test('returns NotFoundException given an unknown alias', async () => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: 'alias/nope', Plaintext: b64('x') });
    expect(errorOf(reply)).toMatchObject({ type: 'NotFoundException', message: 'Alias arn:verenc:111122223333:alias/nope is not found.' });
  });

  test('returns NotFoundException given a malformed ARN where the operation has no InvalidArnException', async () => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: 'arn:aws:kms:us-east-1:1:key/x', Plaintext: b64('x') });
    expect(errorOf(reply).type).toBe('NotFoundException');
  });

  test('returns InvalidArnException given a malformed ARN where the operation has it', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: 'arn:verenc:nope:key/x' });
    expect(errorOf(reply).type).toBe('InvalidArnException');
  });

  test('returns DisabledException when encrypting with a disabled key', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    const reply = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') });
    expect(errorOf(reply)).toEqual({ type: 'DisabledException', status: 400, message: `${keyArn(EXAMPLE_KEY_ID)} is disabled.` });
  });

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

  test('returns InvalidKeyUsageException when encrypting with an HMAC key', async () => {
    const qkms = createQkms();
    const created = await call(qkms, 'CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const keyId = (created.body.KeyMetadata as { KeyId: string }).KeyId;
    const reply = await call(qkms, 'Encrypt', { KeyId: keyId, Plaintext: b64('x') });
    expect(errorOf(reply)).toMatchObject({ type: 'InvalidKeyUsageException', message: expect.stringContaining('GENERATE_VERIFY_MAC') });
  });

  test('returns InvalidKeyUsageException when a symmetric key is asked for RSAES_OAEP_SHA_256', async () => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
    expect(errorOf(reply).type).toBe('InvalidKeyUsageException');
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

  test('encrypts with the hash asked for each time when one RSA key alternates SHA-1 and SHA-256', async () => {
    const qkms = createQkms();
    const created = await call(qkms, 'CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    const keyId = (created.body.KeyMetadata as { KeyId: string }).KeyId;
    for (const algorithm of ['RSAES_OAEP_SHA_256', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'RSAES_OAEP_SHA_1']) {
      const encrypted = await call(qkms, 'Encrypt', { KeyId: keyId, Plaintext: b64(algorithm), EncryptionAlgorithm: algorithm });
      const other = algorithm === 'RSAES_OAEP_SHA_1' ? 'RSAES_OAEP_SHA_256' : 'RSAES_OAEP_SHA_1';
      const body = { CiphertextBlob: encrypted.body.CiphertextBlob, KeyId: keyId };
      expect(text((await call(qkms, 'Decrypt', { ...body, EncryptionAlgorithm: algorithm })).body.Plaintext)).toBe(algorithm);
      expect(errorOf(await call(qkms, 'Decrypt', { ...body, EncryptionAlgorithm: other })).type).toBe('InvalidCiphertextException');
    }
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

  test('decrypts in a fresh sandbox what another sandbox encrypted under a seeded key', async () => {
    const encrypted = await call(createQkms(), 'Encrypt', { KeyId: SECOND_KEY_ID, Plaintext: b64('portable'), EncryptionContext: { k: 'v' } });
    const decrypted = await call(createQkms(), 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob, EncryptionContext: { k: 'v' } });
    expect(text(decrypted.body.Plaintext)).toBe('portable');
  });

  test('fails with DryRunOperationException after the checks pass when DryRun is set', async () => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x'), DryRun: true });
    expect(errorOf(reply)).toMatchObject({ type: 'DryRunOperationException', status: 412 });
  });
});

describe('GenerateDataKey', () => {
  test('returns a plaintext data key of KeySpec length and its ciphertext, which Decrypt opens', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'GenerateDataKey', { KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_256', EncryptionContext: { a: '1' } });
    expect(reply.body.KeyId).toBe(keyArn(EXAMPLE_KEY_ID));
    const plaintext = Buffer.from(String(reply.body.Plaintext), 'base64');
    expect(plaintext.length).toBe(32);
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: reply.body.CiphertextBlob, EncryptionContext: { a: '1' } });
    expect(decrypted.body.Plaintext).toBe(reply.body.Plaintext);
  });

  test('returns NumberOfBytes bytes', async () => {
    const reply = await call(createQkms(), 'GenerateDataKey', { KeyId: EXAMPLE_KEY_ID, NumberOfBytes: 7 });
    expect(Buffer.from(String(reply.body.Plaintext), 'base64').length).toBe(7);
  });

  test.each([
    ['neither KeySpec nor NumberOfBytes', {}],
    ['both KeySpec and NumberOfBytes', { KeySpec: 'AES_128', NumberOfBytes: 16 }],
  ])('returns ValidationException given %s', async (_case, extra) => {
    const reply = await call(createQkms(), 'GenerateDataKey', { KeyId: EXAMPLE_KEY_ID, ...extra });
    expect(errorOf(reply).type).toBe('ValidationException');
  });

  test('returns ValidationException given NumberOfBytes over 1024', async () => {
    const reply = await call(createQkms(), 'GenerateDataKey', { KeyId: EXAMPLE_KEY_ID, NumberOfBytes: 1025 });
    expect(errorOf(reply).message).toContain("Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024");
  });

  test('GenerateDataKeyWithoutPlaintext returns only the encrypted data key', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'GenerateDataKeyWithoutPlaintext', { KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_128' });
    expect(Object.keys(reply.body).sort()).toEqual(['CiphertextBlob', 'KeyId']);
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: reply.body.CiphertextBlob });
    expect(Buffer.from(String(decrypted.body.Plaintext), 'base64').length).toBe(16);
  });
});
