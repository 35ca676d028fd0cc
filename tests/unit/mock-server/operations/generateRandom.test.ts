import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { b64, call, errorOf } from '../support/call';

describe('GenerateRandom', () => {
  test.each([1, 32, 1024])('returns %i bytes', async (count) => {
    const reply = await call(createQkms(), 'GenerateRandom', { NumberOfBytes: count });
    expect(Buffer.from(String(reply.body.Plaintext), 'base64').length).toBe(count);
    expect(Object.keys(reply.body)).toEqual(['Plaintext']);
  });

  test('takes its bytes from the injected random source', async () => {
    const random = (array: Uint8Array) => array.fill(7);
    const reply = await call(createQkms({ random }), 'GenerateRandom', { NumberOfBytes: 4 });
    expect(reply.body.Plaintext).toBe(Buffer.from([7, 7, 7, 7]).toString('base64'));
  });

  test.each([0, 1025])('returns ValidationException given NumberOfBytes %i', async (count) => {
    const reply = await call(createQkms(), 'GenerateRandom', { NumberOfBytes: count });
    expect(errorOf(reply).type).toBe('ValidationException');
  });

  test('returns ValidationException without NumberOfBytes', async () => {
    const reply = await call(createQkms(), 'GenerateRandom', {});
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('NumberOfBytes is required') });
  });

  test('returns CustomKeyStoreNotFoundException for a CustomKeyStoreId that names no key store of the account', async () => {
    const reply = await call(createQkms(), 'GenerateRandom', { NumberOfBytes: 16, CustomKeyStoreId: 'cks-1234567890abcdef0' });
    expect(errorOf(reply)).toMatchObject({ type: 'CustomKeyStoreNotFoundException', status: 400 });
    expect(reply.body.Plaintext).toBeUndefined();
  });

  test('refuses a Recipient instead of returning the bytes in the clear', async () => {
    const Recipient = { KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256', AttestationDocument: b64('attestation') };
    const reply = await call(createQkms(), 'GenerateRandom', { NumberOfBytes: 16, Recipient });
    expect(errorOf(reply).type).toBe('ValidationException');
    expect(reply.body.Plaintext).toBeUndefined();
  });
});
