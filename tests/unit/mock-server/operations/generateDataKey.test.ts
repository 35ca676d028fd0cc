import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';

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
});

describe('Recipient is refused, never ignored', () => {
  const Recipient = { KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256', AttestationDocument: b64('attestation') };

  test('refuses GenerateDataKey with a Recipient and returns no plaintext', async () => {
    const reply = await call(createQkms(), 'GenerateDataKey', { KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_256', Recipient });
    expect(errorOf(reply).type).toBe('ValidationException');
    expect(reply.body.Plaintext).toBeUndefined();
  });
});
