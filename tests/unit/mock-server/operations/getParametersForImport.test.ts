import { createPublicKey } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, IMPORT_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { scheduleDeletion } from '../support/aliases';

describe('GetParametersForImport', () => {
  test.each([
    ['RSA_2048', 2048],
    ['RSA_3072', 3072],
    ['RSA_4096', 4096],
  ] as const)('returns a %s public key as DER SubjectPublicKeyInfo, and a token valid for 24 hours', async (spec, bits) => {
    const now = Date.UTC(2026, 0, 1, 12);
    const qkms = createQkms({ clock: () => new Date(now) });
    const reply = await call(qkms, 'GetParametersForImport', { KeyId: IMPORT_KEY_ID, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: spec });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body).toEqual({
      KeyId: keyArn(IMPORT_KEY_ID),
      ImportToken: expect.any(String),
      PublicKey: expect.any(String),
      ParametersValidTo: now / 1000 + 86400,
    });
    const publicKey = createPublicKey({ key: Buffer.from(String(reply.body.PublicKey), 'base64'), format: 'der', type: 'spki' });
    expect(publicKey.asymmetricKeyType).toBe('rsa');
    expect(publicKey.asymmetricKeyDetails?.modulusLength).toBe(bits);
  });

  test('gives a new public key and token on every call', async () => {
    const qkms = createQkms();
    const body = { KeyId: IMPORT_KEY_ID, WrappingAlgorithm: 'RSA_AES_KEY_WRAP_SHA_256', WrappingKeySpec: 'RSA_2048' };
    const [first, second] = [await call(qkms, 'GetParametersForImport', body), await call(qkms, 'GetParametersForImport', body)];
    expect(first.body.PublicKey).not.toBe(second.body.PublicKey);
    expect(first.body.ImportToken).not.toBe(second.body.ImportToken);
  });

  test.each([
    ['SM2PKE', 'RSA_2048', 'SM2PKE is offered only in the AWS China Regions.'],
    ['RSAES_PKCS1_V1_5', 'RSA_2048', 'AWS KMS no longer supports RSAES_PKCS1_V1_5'],
    ['RSAES_OAEP_SHA_256', 'SM2', 'SM2 wrapping keys are offered only in the AWS China Regions.'],
  ])('returns UnsupportedOperationException for WrappingAlgorithm %s with WrappingKeySpec %s', async (WrappingAlgorithm, WrappingKeySpec, says) => {
    const reply = await call(createQkms(), 'GetParametersForImport', { KeyId: IMPORT_KEY_ID, WrappingAlgorithm, WrappingKeySpec });
    expect(errorOf(reply)).toMatchObject({ type: 'UnsupportedOperationException', message: expect.stringContaining(says) });
  });

  test('returns UnsupportedOperationException for a key QKMS made the material of', async () => {
    const reply = await call(createQkms(), 'GetParametersForImport', { KeyId: EXAMPLE_KEY_ID, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    expect(errorOf(reply)).toEqual({
      type: 'UnsupportedOperationException',
      status: 400,
      message: `${keyArn(EXAMPLE_KEY_ID)} has Origin AWS_KMS; GetParametersForImport works only on keys created with Origin EXTERNAL.`,
    });
  });

  test('returns KMSInvalidStateException for a key pending deletion', async () => {
    const qkms = createQkms();
    await scheduleDeletion(qkms, IMPORT_KEY_ID);
    const reply = await call(qkms, 'GetParametersForImport', { KeyId: IMPORT_KEY_ID, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    expect(errorOf(reply)).toEqual({ type: 'KMSInvalidStateException', status: 400, message: `${keyArn(IMPORT_KEY_ID)} is pending deletion.` });
  });

  test('returns NotFoundException for a key that does not exist', async () => {
    const reply = await call(createQkms(), 'GetParametersForImport', {
      KeyId: '00000000-0000-4000-8000-000000000000',
      WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
      WrappingKeySpec: 'RSA_2048',
    });
    expect(errorOf(reply).type).toBe('NotFoundException');
  });
});
