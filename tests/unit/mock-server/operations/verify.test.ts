import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { keyArn, SIGNING_KEY_ID } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

async function signed(qkms: ReturnType<typeof createQkms>, body: Record<string, unknown>): Promise<string> {
  const reply = await call(qkms, 'Sign', body);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return String(reply.body.Signature);
}

describe('Verify', () => {
  test('answers SignatureValid true for a signature Sign made, in a fresh sandbox too (seeded material)', async () => {
    const body = { KeyId: SIGNING_KEY_ID, Message: b64('hello'), SigningAlgorithm: 'ECDSA_SHA_256' };
    const Signature = await signed(createQkms(), body);
    const reply = await call(createQkms(), 'Verify', { ...body, Signature });
    expect(reply.body).toEqual({ KeyId: keyArn(SIGNING_KEY_ID), SignatureValid: true, SigningAlgorithm: 'ECDSA_SHA_256' });
  });

  test('verifies a DIGEST signature against the message the digest is of, both ways', async () => {
    const qkms = createQkms();
    const digest = createHash('sha256').update('hello').digest().toString('base64');
    const ofDigest = await signed(qkms, { KeyId: SIGNING_KEY_ID, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' });
    const raw = await call(qkms, 'Verify', { KeyId: SIGNING_KEY_ID, Message: b64('hello'), Signature: ofDigest, SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(raw.body.SignatureValid).toBe(true);
  });

  test('returns KMSInvalidSignatureException for a changed message, and for bytes that are not a signature', async () => {
    const qkms = createQkms();
    const Signature = await signed(qkms, { KeyId: SIGNING_KEY_ID, Message: b64('hello'), SigningAlgorithm: 'ECDSA_SHA_256' });
    const changed = await call(qkms, 'Verify', { KeyId: SIGNING_KEY_ID, Message: b64('hellO'), Signature, SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(errorOf(changed)).toMatchObject({ type: 'KMSInvalidSignatureException', status: 400 });
    const garbage = await call(qkms, 'Verify', { KeyId: SIGNING_KEY_ID, Message: b64('hello'), Signature: b64('nope'), SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(errorOf(garbage).type).toBe('KMSInvalidSignatureException');
  });

  test.each([
    ['RSA_2048', 'RSASSA_PKCS1_V1_5_SHA_256'],
    ['ECC_SECG_P256K1', 'ECDSA_SHA_256'],
    ['ECC_NIST_EDWARDS25519', 'ED25519_SHA_512'],
    ['ML_DSA_44', 'ML_DSA_SHAKE_256'],
  ])('rejects a %s signature checked with another key of the same spec', async (KeySpec, SigningAlgorithm) => {
    const qkms = createQkms();
    const one = await create(qkms, { KeySpec, KeyUsage: 'SIGN_VERIFY' });
    const other = await create(qkms, { KeySpec, KeyUsage: 'SIGN_VERIFY' });
    const Signature = await signed(qkms, { KeyId: one.KeyId, Message: b64('m'), SigningAlgorithm });
    expect((await call(qkms, 'Verify', { KeyId: one.KeyId, Message: b64('m'), Signature, SigningAlgorithm })).body.SignatureValid).toBe(true);
    expect(errorOf(await call(qkms, 'Verify', { KeyId: other.KeyId, Message: b64('m'), Signature, SigningAlgorithm })).type).toBe(
      'KMSInvalidSignatureException',
    );
  });

  test('returns ValidationException given an EXTERNAL_MU that is not 64 bytes', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { KeySpec: 'ML_DSA_65', KeyUsage: 'SIGN_VERIFY' });
    const reply = await call(qkms, 'Verify', { KeyId, Message: b64('short'), MessageType: 'EXTERNAL_MU', Signature: b64('x'), SigningAlgorithm: 'ML_DSA_SHAKE_256' });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: 'Message is 5 bytes; an EXTERNAL_MU (mu) for ML_DSA_SHAKE_256 must be exactly 64 bytes.' });
  });
});
