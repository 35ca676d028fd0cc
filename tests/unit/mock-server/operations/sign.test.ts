import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn, SIGNING_KEY_ID } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

const sha = (bits: number, text: string) => createHash(`sha${bits}`).update(text).digest().toString('base64');

describe('Sign', () => {
  test('signs with the seeded P-256 key and answers its ARN and the algorithm', async () => {
    const reply = await call(createQkms(), 'Sign', { KeyId: SIGNING_KEY_ID, Message: b64('hello'), SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ KeyId: keyArn(SIGNING_KEY_ID), SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(Buffer.from(String(reply.body.Signature), 'base64')[0]).toBe(0x30);
  });

  test('returns ValidationException naming the lengths given a DIGEST of the wrong length', async () => {
    const reply = await call(createQkms(), 'Sign', { KeyId: SIGNING_KEY_ID, Message: sha(384, 'x'), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(errorOf(reply)).toMatchObject({
      type: 'ValidationException',
      message: 'Message is 48 bytes; a SHA-256 digest for ECDSA_SHA_256 must be exactly 32 bytes.',
    });
  });

  test('returns InvalidKeyUsageException given an algorithm the key does not support', async () => {
    const reply = await call(createQkms(), 'Sign', { KeyId: SIGNING_KEY_ID, Message: b64('x'), SigningAlgorithm: 'ECDSA_SHA_384' });
    expect(errorOf(reply).type).toBe('InvalidKeyUsageException');
  });

  test('returns InvalidKeyUsageException given an encryption key', async () => {
    const reply = await call(createQkms(), 'Sign', { KeyId: EXAMPLE_KEY_ID, Message: b64('x'), SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(errorOf(reply).type).toBe('InvalidKeyUsageException');
  });

  test('returns ValidationException given EXTERNAL_MU with an algorithm other than ML-DSA', async () => {
    const reply = await call(createQkms(), 'Sign', { KeyId: SIGNING_KEY_ID, Message: b64('x'), MessageType: 'EXTERNAL_MU', SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('only valid with ML_DSA_SHAKE_256') });
  });

  test('returns ValidationException given an RSA DIGEST, which WebCrypto cannot sign as given', async () => {
    const reply = await call(createQkms(), 'Sign', { KeyId: SIGNING_KEY_ID, Message: sha(256, 'x'), MessageType: 'DIGEST', SigningAlgorithm: 'RSASSA_PSS_SHA_256' });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('cannot sign or verify a DIGEST') });
  });

  test('requires RAW for ED25519_SHA_512 and DIGEST for ED25519_PH_SHA_512', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { KeySpec: 'ECC_NIST_EDWARDS25519', KeyUsage: 'SIGN_VERIFY' });
    const pure = await call(qkms, 'Sign', { KeyId, Message: sha(512, 'x'), MessageType: 'DIGEST', SigningAlgorithm: 'ED25519_SHA_512' });
    expect(errorOf(pure)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('MessageType must be RAW') });
    const prehashed = await call(qkms, 'Sign', { KeyId, Message: b64('x'), SigningAlgorithm: 'ED25519_PH_SHA_512' });
    expect(errorOf(prehashed)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('MessageType must be DIGEST') });
    const ok = await call(qkms, 'Sign', { KeyId, Message: sha(512, 'x'), MessageType: 'DIGEST', SigningAlgorithm: 'ED25519_PH_SHA_512' });
    expect(Buffer.from(String(ok.body.Signature), 'base64')).toHaveLength(64);
  });

  test('returns ValidationException given a 4097-byte message', async () => {
    const reply = await call(createQkms(), 'Sign', { KeyId: SIGNING_KEY_ID, Message: Buffer.alloc(4097).toString('base64'), SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(errorOf(reply).type).toBe('ValidationException');
  });

  test('returns DisabledException for a disabled key and DryRunOperationException for a dry run', async () => {
    const qkms = createQkms();
    const body = { KeyId: SIGNING_KEY_ID, Message: b64('x'), SigningAlgorithm: 'ECDSA_SHA_256' };
    expect(errorOf(await call(qkms, 'Sign', { ...body, DryRun: true })).type).toBe('DryRunOperationException');
    await call(qkms, 'DisableKey', { KeyId: SIGNING_KEY_ID });
    expect(errorOf(await call(qkms, 'Sign', body)).type).toBe('DisabledException');
  });
});
