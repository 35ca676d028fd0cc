import { constants, createPrivateKey, createPublicKey, privateDecrypt, publicEncrypt, sign, verify } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

const bytes = (value: unknown) => Buffer.from(String(value), 'base64');
const context = { Project: 'Alpha' };

describe('GenerateDataKeyPair', () => {
  test.each([
    ['RSA_2048', 'rsa', 2048],
    ['RSA_3072', 'rsa', 3072],
    ['RSA_4096', 'rsa', 4096],
  ] as const)('returns a %s pair whose halves parse with node:crypto and encrypt/decrypt for each other', async (spec, type, bits) => {
    const qkms = createQkms();
    const reply = await call(qkms, 'GenerateDataKeyPair', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: spec, EncryptionContext: context });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const privateKey = createPrivateKey({ key: bytes(reply.body.PrivateKeyPlaintext), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey({ key: bytes(reply.body.PublicKey), format: 'der', type: 'spki' });
    expect(privateKey.asymmetricKeyType).toBe(type);
    expect(publicKey.asymmetricKeyDetails?.modulusLength).toBe(bits);
    const sealed = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from('data key pair'));
    const opened = privateDecrypt({ key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, sealed);
    expect(opened.toString()).toBe('data key pair');
    expect(reply.body).toMatchObject({ KeyId: keyArn(EXAMPLE_KEY_ID), KeyPairSpec: spec });
    expect(reply.body.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each([
    ['ECC_NIST_P256', 'prime256v1'],
    ['ECC_NIST_P384', 'secp384r1'],
    ['ECC_NIST_P521', 'secp521r1'],
  ] as const)('returns a %s pair whose private half signs what the public half verifies', async (spec, curve) => {
    const reply = await call(createQkms(), 'GenerateDataKeyPair', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: spec });
    const privateKey = createPrivateKey({ key: bytes(reply.body.PrivateKeyPlaintext), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey({ key: bytes(reply.body.PublicKey), format: 'der', type: 'spki' });
    expect(privateKey.asymmetricKeyDetails?.namedCurve).toBe(curve);
    const signature = sign('sha256', Buffer.from('message'), privateKey);
    expect(verify('sha256', Buffer.from('message'), publicKey, signature)).toBe(true);
    expect(verify('sha256', Buffer.from('another message'), publicKey, signature)).toBe(false);
  });

  test('encrypts the private key under the KMS key, so Decrypt with the same context returns its exact bytes', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'GenerateDataKeyPair', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'ECC_NIST_P384', EncryptionContext: context });
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: reply.body.PrivateKeyCiphertextBlob, EncryptionContext: context });
    expect(decrypted.body.Plaintext).toBe(reply.body.PrivateKeyPlaintext);
    expect(decrypted.body.KeyMaterialId).toBe(reply.body.KeyMaterialId);
    const wrongContext = await call(qkms, 'Decrypt', { CiphertextBlob: reply.body.PrivateKeyCiphertextBlob, EncryptionContext: { Project: 'Beta' } });
    expect(errorOf(wrongContext).type).toBe('InvalidCiphertextException');
  });

  test('returns a different pair every call', async () => {
    const qkms = createQkms();
    const first = await call(qkms, 'GenerateDataKeyPair', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'ECC_NIST_P256' });
    const second = await call(qkms, 'GenerateDataKeyPair', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'ECC_NIST_P256' });
    expect(first.body.PublicKey).not.toBe(second.body.PublicKey);
  });

  test('returns an ECC_SECG_P256K1 pair that node:crypto reads, whose private half signs what the public half verifies', async () => {
    const reply = await call(createQkms(), 'GenerateDataKeyPair', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'ECC_SECG_P256K1' });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const privateKey = createPrivateKey({ key: bytes(reply.body.PrivateKeyPlaintext), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey({ key: bytes(reply.body.PublicKey), format: 'der', type: 'spki' });
    expect(privateKey.asymmetricKeyDetails?.namedCurve).toBe('secp256k1');
    expect(createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).equals(bytes(reply.body.PublicKey))).toBe(true);
    const signature = sign('sha256', Buffer.from('message'), privateKey);
    expect(verify('sha256', Buffer.from('message'), publicKey, signature)).toBe(true);
    expect(verify('sha256', Buffer.from('another message'), publicKey, signature)).toBe(false);
  });

  test('returns an ECC_NIST_EDWARDS25519 pair that node:crypto reads, whose private half signs what the public half verifies', async () => {
    const reply = await call(createQkms(), 'GenerateDataKeyPair', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'ECC_NIST_EDWARDS25519' });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const privateKey = createPrivateKey({ key: bytes(reply.body.PrivateKeyPlaintext), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey({ key: bytes(reply.body.PublicKey), format: 'der', type: 'spki' });
    expect(privateKey.asymmetricKeyType).toBe('ed25519');
    const signature = sign(null, Buffer.from('message'), privateKey);
    expect(verify(null, Buffer.from('message'), publicKey, signature)).toBe(true);
    expect(verify(null, Buffer.from('another message'), publicKey, signature)).toBe(false);
  });

  test('returns UnsupportedOperationException for SM2, which exists only in the AWS China Regions', async () => {
    const reply = await call(createQkms(), 'GenerateDataKeyPair', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'SM2' });
    expect(errorOf(reply)).toMatchObject({ type: 'UnsupportedOperationException', message: expect.stringContaining('AWS China Regions') });
  });

  test('returns InvalidKeyUsageException for an asymmetric KMS key', async () => {
    const qkms = createQkms();
    const rsa = await create(qkms, { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    const reply = await call(qkms, 'GenerateDataKeyPair', { KeyId: rsa.KeyId, KeyPairSpec: 'ECC_NIST_P256' });
    expect(errorOf(reply).type).toBe('InvalidKeyUsageException');
  });

  test('returns DisabledException for a disabled key', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    const reply = await call(qkms, 'GenerateDataKeyPair', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'ECC_NIST_P256' });
    expect(errorOf(reply).type).toBe('DisabledException');
  });

  test('answers DryRunOperationException without a key pair when DryRun is set', async () => {
    const reply = await call(createQkms(), 'GenerateDataKeyPair', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'RSA_2048', DryRun: true });
    expect(errorOf(reply)).toMatchObject({ type: 'DryRunOperationException', status: 412 });
  });

  test('refuses a Recipient and returns no private key', async () => {
    const Recipient = { KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256', AttestationDocument: b64('attestation') };
    const reply = await call(createQkms(), 'GenerateDataKeyPair', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'ECC_NIST_P256', Recipient });
    expect(errorOf(reply).type).toBe('ValidationException');
    expect(reply.body.PrivateKeyPlaintext).toBeUndefined();
  });
});
