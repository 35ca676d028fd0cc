import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { b64, call, errorOf, text } from '../support/call';

describe('Encrypt', () => {
  test('returns NotFoundException in AWS wording given an unknown key id', async () => {
    const id = '11111111-2222-4333-8444-555555555555';
    const reply = await call(createQkms(), 'Encrypt', { KeyId: id, Plaintext: b64('x') });
    expect(errorOf(reply)).toEqual({ type: 'NotFoundException', status: 400, message: `Key '${keyArn(id)}' does not exist` });
  });

  test('returns DisabledException when encrypting with a disabled key', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    const reply = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x') });
    expect(errorOf(reply)).toEqual({ type: 'DisabledException', status: 400, message: `${keyArn(EXAMPLE_KEY_ID)} is disabled.` });
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

  test('fails with DryRunOperationException after the checks pass when DryRun is set', async () => {
    const reply = await call(createQkms(), 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x'), DryRun: true });
    expect(errorOf(reply)).toMatchObject({ type: 'DryRunOperationException', status: 412 });
  });
});

describe('encryption contexts must be well-formed Unicode', () => {
  test('refuses a lone surrogate in an encryption context with ValidationException', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x'), EncryptionContext: { k: '\ud800' } });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('surrogate') });
    const key = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x'), EncryptionContext: { '\udc00': 'v' } });
    expect(errorOf(key).type).toBe('ValidationException');
  });

  test('accepts a context with a well-formed astral character and needs the same to decrypt', async () => {
    const qkms = createQkms();
    const sealed = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('x'), EncryptionContext: { k: '😀' } });
    expect(sealed.status).toBe(200);
    const opened = await call(qkms, 'Decrypt', { CiphertextBlob: sealed.body.CiphertextBlob, EncryptionContext: { k: '😀' } });
    expect(opened.status).toBe(200);
  });
});
