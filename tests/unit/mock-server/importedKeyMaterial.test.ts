import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createQkms, type Qkms } from '../../../mock-server';
import { EXAMPLE_ENCRYPTED_KEY_MATERIAL, EXAMPLE_IMPORT_TOKEN } from '../../../mock-server/sandbox/exampleImport';
import { IMPORT_KEY_ID, keyArn } from '../../support/sandbox';
import { wrapKeyMaterial, type WrappingAlgorithm } from '../../support/wrapKeyMaterial';
import { b64, call, errorOf, text } from './support/call';
import { create } from './support/fixtures';

async function importWrapped(qkms: Qkms, KeyId: string, material: Uint8Array, algorithm: WrappingAlgorithm) {
  const parameters = await call(qkms, 'GetParametersForImport', { KeyId, WrappingAlgorithm: algorithm, WrappingKeySpec: 'RSA_3072' });
  const publicKey = Buffer.from(String(parameters.body.PublicKey), 'base64');
  const reply = await call(qkms, 'ImportKeyMaterial', {
    KeyId,
    ImportToken: parameters.body.ImportToken,
    EncryptedKeyMaterial: wrapKeyMaterial(publicKey, algorithm, material).toString('base64'),
  });
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
  return reply.body;
}

describe('imported key material', () => {
  test.each<WrappingAlgorithm>(['RSAES_OAEP_SHA_256', 'RSA_AES_KEY_WRAP_SHA_1'])(
    'encrypts and decrypts with material wrapped by node:crypto with %s',
    async (algorithm) => {
      const qkms = createQkms();
      const { KeyId } = await create(qkms, { Origin: 'EXTERNAL', Description: 'BYOK' });
      await importWrapped(qkms, KeyId, randomBytes(32), algorithm);
      const encrypted = await call(qkms, 'Encrypt', { KeyId, Plaintext: b64('bring your own key'), EncryptionContext: { dept: 'IT' } });
      expect(encrypted.status).toBe(200);
      const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob, EncryptionContext: { dept: 'IT' } });
      expect(decrypted.body).toMatchObject({ KeyId: keyArn(KeyId), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
      expect(text(decrypted.body.Plaintext)).toBe('bring your own key');
    },
  );

  test('decrypts a ciphertext made before DeleteImportedKeyMaterial once the same material is imported again', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { Origin: 'EXTERNAL' });
    const material = randomBytes(32);
    await importWrapped(qkms, KeyId, material, 'RSA_AES_KEY_WRAP_SHA_256');
    const { CiphertextBlob } = (await call(qkms, 'Encrypt', { KeyId, Plaintext: b64('kept') })).body;
    await call(qkms, 'DeleteImportedKeyMaterial', { KeyId });
    expect(errorOf(await call(qkms, 'Decrypt', { CiphertextBlob }))).toEqual({
      type: 'KMSInvalidStateException',
      status: 400,
      message: `${keyArn(KeyId)} is pending import.`,
    });
    await importWrapped(qkms, KeyId, material, 'RSAES_OAEP_SHA_1');
    expect(text((await call(qkms, 'Decrypt', { CiphertextBlob })).body.Plaintext)).toBe('kept');
  });

  test('binds two keys given the same material to their own ciphertexts: one cannot decrypt the other’s', async () => {
    const qkms = createQkms();
    const material = randomBytes(32);
    const first = (await create(qkms, { Origin: 'EXTERNAL' })).KeyId;
    const second = (await create(qkms, { Origin: 'EXTERNAL' })).KeyId;
    const a = await importWrapped(qkms, first, material, 'RSAES_OAEP_SHA_256');
    const b = await importWrapped(qkms, second, material, 'RSAES_OAEP_SHA_256');
    // KMS derives the id from the key and the material, so the same material has a different id in each key.
    expect(a.KeyMaterialId).not.toBe(b.KeyMaterialId);
    const { CiphertextBlob } = (await call(qkms, 'Encrypt', { KeyId: first, Plaintext: b64('x') })).body;
    expect(errorOf(await call(qkms, 'Decrypt', { CiphertextBlob, KeyId: second })).type).toBe('IncorrectKeyException');
  });

  test('imports the published example material into the seeded key with the seeded import parameters', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'ImportKeyMaterial', { KeyId: IMPORT_KEY_ID, ImportToken: EXAMPLE_IMPORT_TOKEN, EncryptedKeyMaterial: EXAMPLE_ENCRYPTED_KEY_MATERIAL });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const encrypted = await call(qkms, 'Encrypt', { KeyId: IMPORT_KEY_ID, Plaintext: b64('hi') });
    expect(text((await call(qkms, 'Decrypt', { CiphertextBlob: encrypted.body.CiphertextBlob })).body.Plaintext)).toBe('hi');
  });

  test('answers ExpiredImportTokenException for the seeded import token a day after the sandbox was seeded', async () => {
    let now = Date.UTC(2026, 5, 1);
    const qkms = createQkms({ clock: () => new Date(now) });
    await call(qkms, 'DescribeKey', { KeyId: IMPORT_KEY_ID });
    now += 24 * 60 * 60 * 1000;
    const reply = await call(qkms, 'ImportKeyMaterial', { KeyId: IMPORT_KEY_ID, ImportToken: EXAMPLE_IMPORT_TOKEN, EncryptedKeyMaterial: EXAMPLE_ENCRYPTED_KEY_MATERIAL });
    expect(errorOf(reply).type).toBe('ExpiredImportTokenException');
    await qkms.reset();
    expect((await call(qkms, 'ImportKeyMaterial', { KeyId: IMPORT_KEY_ID, ImportToken: EXAMPLE_IMPORT_TOKEN, EncryptedKeyMaterial: EXAMPLE_ENCRYPTED_KEY_MATERIAL })).status).toBe(200);
  });

  test.each([
    ['HMAC_224', 'sha224', 28],
    ['HMAC_256', 'sha256', 32],
    ['HMAC_384', 'sha384', 48],
    ['HMAC_512', 'sha512', 64],
  ] as const)('computes with imported %s material the HMAC node:crypto computes with the same key', async (KeySpec, hash, length) => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { Origin: 'EXTERNAL', KeySpec, KeyUsage: 'GENERATE_VERIFY_MAC' });
    const material = randomBytes(length);
    await importWrapped(qkms, KeyId, material, 'RSA_AES_KEY_WRAP_SHA_256');
    const MacAlgorithm = `HMAC_SHA_${KeySpec.slice(5)}`;
    const reply = await call(qkms, 'GenerateMac', { KeyId, Message: b64('message'), MacAlgorithm });
    expect(reply.body.Mac).toBe(createHmac(hash, material).update('message').digest('base64'));
    const verified = await call(qkms, 'VerifyMac', { KeyId, Message: b64('message'), MacAlgorithm, Mac: reply.body.Mac });
    expect(verified.body.MacValid).toBe(true);
  });

  test('returns IncorrectKeyMaterialException for HMAC material of another length than the key spec’s', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { Origin: 'EXTERNAL', KeySpec: 'HMAC_512', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const parameters = await call(qkms, 'GetParametersForImport', { KeyId, WrappingAlgorithm: 'RSA_AES_KEY_WRAP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    const reply = await call(qkms, 'ImportKeyMaterial', {
      KeyId,
      ImportToken: parameters.body.ImportToken,
      EncryptedKeyMaterial: wrapKeyMaterial(Buffer.from(String(parameters.body.PublicKey), 'base64'), 'RSA_AES_KEY_WRAP_SHA_256', randomBytes(32)).toString('base64'),
    });
    expect(errorOf(reply)).toEqual({ type: 'IncorrectKeyMaterialException', status: 400, message: 'The key material is 32 bytes; a HMAC_512 key takes 64-byte key material.' });
  });

  test('returns ValidationException for ImportType on an HMAC key, which AWS KMS takes for symmetric encryption keys only', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { Origin: 'EXTERNAL', KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const reply = await call(qkms, 'ImportKeyMaterial', { KeyId, ImportToken: b64('x'), EncryptedKeyMaterial: b64('y'), ImportType: 'NEW_KEY_MATERIAL' });
    expect(errorOf(reply)).toEqual({
      type: 'ValidationException',
      status: 400,
      message: `ImportType: only for SYMMETRIC_DEFAULT keys, as in AWS KMS; ${keyArn(KeyId)} is a HMAC_256 key.`,
    });
  });
});
