import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createQkms, type Qkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, IMPORT_KEY_ID, keyArn } from '../../../support/sandbox';
import { wrapKeyMaterial, type WrappingAlgorithm } from '../../../support/wrapKeyMaterial';
import { call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A backend whose clock the test moves. */
function clocked(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  const qkms = createQkms({ clock: () => new Date(now) });
  return { qkms, advance: (ms: number) => (now += ms), now: () => now };
}

async function parameters(qkms: Qkms, KeyId: string, WrappingAlgorithm: WrappingAlgorithm = 'RSA_AES_KEY_WRAP_SHA_256') {
  const reply = await call(qkms, 'GetParametersForImport', { KeyId, WrappingAlgorithm, WrappingKeySpec: 'RSA_2048' });
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
  return { token: String(reply.body.ImportToken), publicKey: Buffer.from(String(reply.body.PublicKey), 'base64') };
}

async function importRequest(qkms: Qkms, KeyId: string, material: Uint8Array, algorithm: WrappingAlgorithm = 'RSA_AES_KEY_WRAP_SHA_256', extra: object = {}) {
  const { token, publicKey } = await parameters(qkms, KeyId, algorithm);
  return call(qkms, 'ImportKeyMaterial', {
    KeyId,
    ImportToken: token,
    EncryptedKeyMaterial: wrapKeyMaterial(publicKey, algorithm, material).toString('base64'),
    ...extra,
  });
}

async function externalKey(qkms: Qkms): Promise<string> {
  return (await create(qkms, { Origin: 'EXTERNAL' })).KeyId;
}

describe('ImportKeyMaterial', () => {
  test.each<WrappingAlgorithm>(['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'RSA_AES_KEY_WRAP_SHA_1', 'RSA_AES_KEY_WRAP_SHA_256'])(
    'imports 256-bit material wrapped outside QKMS with %s and enables the key',
    async (algorithm) => {
      const qkms = createQkms();
      const keyId = await externalKey(qkms);
      const reply = await importRequest(qkms, keyId, randomBytes(32), algorithm);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expect(reply.body).toEqual({ KeyId: keyArn(keyId), KeyMaterialId: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const described = await call(qkms, 'DescribeKey', { KeyId: keyId });
      expect(described.body.KeyMetadata).toMatchObject({
        KeyState: 'Enabled',
        Origin: 'EXTERNAL',
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
        CurrentKeyMaterialId: reply.body.KeyMaterialId,
      });
    },
  );

  test('gives the same KeyMaterialId when the same material is imported again, and accepts it', async () => {
    const qkms = createQkms();
    const keyId = await externalKey(qkms);
    const material = randomBytes(32);
    const first = await importRequest(qkms, keyId, material);
    const again = await importRequest(qkms, keyId, material, 'RSAES_OAEP_SHA_256', { KeyMaterialId: first.body.KeyMaterialId });
    expect(again.status).toBe(200);
    expect(again.body.KeyMaterialId).toBe(first.body.KeyMaterialId);
  });

  test('returns IncorrectKeyMaterialException for material other than the material first imported into the key', async () => {
    const qkms = createQkms();
    const keyId = await externalKey(qkms);
    const first = await importRequest(qkms, keyId, randomBytes(32));
    const reply = await importRequest(qkms, keyId, randomBytes(32));
    expect(errorOf(reply)).toEqual({
      type: 'IncorrectKeyMaterialException',
      status: 400,
      message: `The key material is not the key material of ${keyArn(keyId)} (KeyMaterialId ${first.body.KeyMaterialId}); a key takes only the material first imported into it.`,
    });
  });

  test('returns IncorrectKeyMaterialException for material that is not 32 bytes', async () => {
    const qkms = createQkms();
    const keyId = await externalKey(qkms);
    const reply = await importRequest(qkms, keyId, randomBytes(16));
    expect(errorOf(reply)).toEqual({
      type: 'IncorrectKeyMaterialException',
      status: 400,
      message: 'The key material is 16 bytes; a SYMMETRIC_DEFAULT key takes 32-byte key material.',
    });
  });

  test('returns InvalidCiphertextException when the material was wrapped with another algorithm than the token’s', async () => {
    const qkms = createQkms();
    const keyId = await externalKey(qkms);
    const { token, publicKey } = await parameters(qkms, keyId, 'RSAES_OAEP_SHA_256');
    const reply = await call(qkms, 'ImportKeyMaterial', {
      KeyId: keyId,
      ImportToken: token,
      EncryptedKeyMaterial: wrapKeyMaterial(publicKey, 'RSAES_OAEP_SHA_1', randomBytes(32)).toString('base64'),
    });
    expect(errorOf(reply)).toMatchObject({ type: 'InvalidCiphertextException', message: expect.stringContaining('RSAES_OAEP_SHA_256') });
  });

  test('returns InvalidCiphertextException when the material was wrapped with another public key', async () => {
    const qkms = createQkms();
    const keyId = await externalKey(qkms);
    const { token } = await parameters(qkms, keyId);
    const other = await parameters(qkms, keyId);
    const reply = await call(qkms, 'ImportKeyMaterial', {
      KeyId: keyId,
      ImportToken: token,
      EncryptedKeyMaterial: wrapKeyMaterial(other.publicKey, 'RSA_AES_KEY_WRAP_SHA_256', randomBytes(32)).toString('base64'),
    });
    expect(errorOf(reply).type).toBe('InvalidCiphertextException');
  });

  test('returns InvalidImportTokenException for a token issued for another key', async () => {
    const qkms = createQkms();
    const keyId = await externalKey(qkms);
    const { token, publicKey } = await parameters(qkms, IMPORT_KEY_ID);
    const reply = await call(qkms, 'ImportKeyMaterial', {
      KeyId: keyId,
      ImportToken: token,
      EncryptedKeyMaterial: wrapKeyMaterial(publicKey, 'RSA_AES_KEY_WRAP_SHA_256', randomBytes(32)).toString('base64'),
    });
    expect(errorOf(reply)).toEqual({
      type: 'InvalidImportTokenException',
      status: 400,
      message: `The import token is not one GetParametersForImport issued for ${keyArn(keyId)}.`,
    });
  });

  test('returns InvalidImportTokenException for bytes that are not an import token', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'ImportKeyMaterial', {
      KeyId: IMPORT_KEY_ID,
      ImportToken: randomBytes(49).toString('base64'),
      EncryptedKeyMaterial: randomBytes(296).toString('base64'),
    });
    expect(errorOf(reply).type).toBe('InvalidImportTokenException');
  });

  test('returns ExpiredImportTokenException 24 hours after GetParametersForImport, on the sandbox clock', async () => {
    const { qkms, advance } = clocked();
    const keyId = await externalKey(qkms);
    const { token, publicKey } = await parameters(qkms, keyId);
    advance(DAY_MS);
    const reply = await call(qkms, 'ImportKeyMaterial', {
      KeyId: keyId,
      ImportToken: token,
      EncryptedKeyMaterial: wrapKeyMaterial(publicKey, 'RSA_AES_KEY_WRAP_SHA_256', randomBytes(32)).toString('base64'),
    });
    expect(errorOf(reply)).toEqual({
      type: 'ExpiredImportTokenException',
      status: 400,
      message: 'The import token expired at 2026-01-02T00:00:00.000Z. Call GetParametersForImport for a new public key and import token.',
    });
  });

  test('makes material with KEY_MATERIAL_EXPIRES expire at ValidTo: the key falls to PendingImport and cannot encrypt', async () => {
    const { qkms, advance, now } = clocked();
    const keyId = await externalKey(qkms);
    const material = randomBytes(32);
    const validTo = now() / 1000 + 3600;
    const reply = await importRequest(qkms, keyId, material, 'RSA_AES_KEY_WRAP_SHA_256', { ExpirationModel: 'KEY_MATERIAL_EXPIRES', ValidTo: validTo });
    expect(reply.status).toBe(200);
    expect((await call(qkms, 'DescribeKey', { KeyId: keyId })).body.KeyMetadata).toMatchObject({ ValidTo: validTo, ExpirationModel: 'KEY_MATERIAL_EXPIRES' });
    expect((await call(qkms, 'Encrypt', { KeyId: keyId, Plaintext: 'aGk=' })).status).toBe(200);
    advance(3600 * 1000);
    expect((await call(qkms, 'DescribeKey', { KeyId: keyId })).body.KeyMetadata).toMatchObject({ KeyState: 'PendingImport' });
    expect(errorOf(await call(qkms, 'Encrypt', { KeyId: keyId, Plaintext: 'aGk=' }))).toEqual({
      type: 'KMSInvalidStateException',
      status: 400,
      message: `${keyArn(keyId)} is pending import.`,
    });
    expect((await importRequest(qkms, keyId, material)).status).toBe(200);
    expect((await call(qkms, 'Encrypt', { KeyId: keyId, Plaintext: 'aGk=' })).status).toBe(200);
  });

  test('returns ValidationException for KEY_MATERIAL_EXPIRES without ValidTo, ValidTo without it, and a ValidTo in the past', async () => {
    const { qkms, now } = clocked();
    const keyId = await externalKey(qkms);
    const material = randomBytes(32);
    const cases = [
      { ExpirationModel: 'KEY_MATERIAL_EXPIRES' },
      { ValidTo: now() / 1000 + 60 },
      { ExpirationModel: 'KEY_MATERIAL_EXPIRES', ValidTo: now() / 1000 - 60 },
      { ExpirationModel: 'KEY_MATERIAL_EXPIRES', ValidTo: now() / 1000 + 366 * 86400 },
    ];
    for (const extra of cases) {
      expect(errorOf(await importRequest(qkms, keyId, material, 'RSA_AES_KEY_WRAP_SHA_256', extra)).type, JSON.stringify(extra)).toBe('ValidationException');
    }
  });

  test('refuses NEW_KEY_MATERIAL once the key has material, since QKMS does not rotate imported material', async () => {
    const qkms = createQkms();
    const keyId = await externalKey(qkms);
    await importRequest(qkms, keyId, randomBytes(32));
    const reply = await importRequest(qkms, keyId, randomBytes(32), 'RSA_AES_KEY_WRAP_SHA_256', { ImportType: 'NEW_KEY_MATERIAL' });
    expect(errorOf(reply)).toMatchObject({ type: 'UnsupportedOperationException', message: expect.stringContaining('does not rotate imported key material') });
  });

  test('returns ValidationException for EXISTING_KEY_MATERIAL into a key that never had material, and for a KeyMaterialId with NEW_KEY_MATERIAL', async () => {
    const qkms = createQkms();
    const keyId = await externalKey(qkms);
    expect(errorOf(await importRequest(qkms, keyId, randomBytes(32), 'RSA_AES_KEY_WRAP_SHA_256', { ImportType: 'EXISTING_KEY_MATERIAL' })).type).toBe('ValidationException');
    const reply = await importRequest(qkms, keyId, randomBytes(32), 'RSA_AES_KEY_WRAP_SHA_256', { ImportType: 'NEW_KEY_MATERIAL', KeyMaterialId: 'a'.repeat(64) });
    expect(errorOf(reply).type).toBe('ValidationException');
  });

  test('returns UnsupportedOperationException for a key whose Origin is AWS_KMS', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'ImportKeyMaterial', {
      KeyId: EXAMPLE_KEY_ID,
      ImportToken: randomBytes(49).toString('base64'),
      EncryptedKeyMaterial: randomBytes(296).toString('base64'),
    });
    expect(errorOf(reply)).toEqual({
      type: 'UnsupportedOperationException',
      status: 400,
      message: `${keyArn(EXAMPLE_KEY_ID)} has Origin AWS_KMS; ImportKeyMaterial works only on keys created with Origin EXTERNAL.`,
    });
  });

  test('keeps the KeyMaterialDescription of an earlier import when a re-import gives none, and ListKeyRotations shows it', async () => {
    const qkms = createQkms();
    const keyId = await externalKey(qkms);
    const material = randomBytes(32);
    await importRequest(qkms, keyId, material, 'RSA_AES_KEY_WRAP_SHA_256', { KeyMaterialDescription: 'HSM export 2026-01' });
    await importRequest(qkms, keyId, material);
    const rotations = await call(qkms, 'ListKeyRotations', { KeyId: keyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' });
    expect(rotations.body.Rotations).toEqual([
      expect.objectContaining({ KeyMaterialDescription: 'HSM export 2026-01', ImportState: 'IMPORTED', KeyMaterialState: 'CURRENT', ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' }),
    ]);
  });
});
