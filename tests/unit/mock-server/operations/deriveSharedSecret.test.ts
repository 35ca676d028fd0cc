import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createMemoryStore, createQkms } from '../../../../mock-server';
import { DOCUMENTED_SHARED_SECRET, PEER_PRIVATE_KEY, PEER_PUBLIC_KEY } from '../../../support/ecdhPeer';
import { AGREEMENT_KEY_ID, EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';
import { create } from '../support/fixtures';
import { publicKeyOf } from '../support/publicKeyOf';

const NODE_CURVES = { ECC_NIST_P256: 'prime256v1', ECC_NIST_P384: 'secp384r1', ECC_NIST_P521: 'secp521r1' } as const;
const SECRET_BYTES = { ECC_NIST_P256: 32, ECC_NIST_P384: 48, ECC_NIST_P521: 66 } as const;

const peerPair = (curve: string) => generateKeyPairSync('ec', { namedCurve: curve });
const spki = (pair: ReturnType<typeof peerPair>) => pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

describe('DeriveSharedSecret', () => {
  test.each(Object.keys(NODE_CURVES) as (keyof typeof NODE_CURVES)[])(
    'derives with a %s key the secret the peer derives with node:crypto from the key’s public key',
    async (spec) => {
      const store = createMemoryStore();
      const qkms = createQkms({ store });
      const { KeyId } = await create(qkms, { KeySpec: spec, KeyUsage: 'KEY_AGREEMENT' });
      const peer = peerPair(NODE_CURVES[spec]);
      const reply = await call(qkms, 'DeriveSharedSecret', { KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: spki(peer) });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      const ours = Buffer.from(String(reply.body.SharedSecret), 'base64');
      const theirs = diffieHellman({ privateKey: peer.privateKey, publicKey: createPublicKey({ key: await publicKeyOf(store, KeyId), format: 'der', type: 'spki' }) });
      expect(ours.length).toBe(SECRET_BYTES[spec]);
      expect(ours.equals(theirs)).toBe(true);
      expect(reply.body).toMatchObject({ KeyId: keyArn(KeyId), KeyAgreementAlgorithm: 'ECDH', KeyOrigin: 'AWS_KMS' });
    },
  );

  test('derives the documented secret with the seeded agreement key, which the peer derives too', async () => {
    const store = createMemoryStore();
    const qkms = createQkms({ store });
    const reply = await call(qkms, 'DeriveSharedSecret', { KeyId: AGREEMENT_KEY_ID, KeyAgreementAlgorithm: 'ECDH', PublicKey: PEER_PUBLIC_KEY });
    expect(reply.body.SharedSecret).toBe(DOCUMENTED_SHARED_SECRET);
    const peerPrivate = createPrivateKey({ key: Buffer.from(PEER_PRIVATE_KEY, 'base64'), format: 'der', type: 'pkcs8' });
    const seededPublic = createPublicKey({ key: await publicKeyOf(store, AGREEMENT_KEY_ID), format: 'der', type: 'spki' });
    expect(diffieHellman({ privateKey: peerPrivate, publicKey: seededPublic }).toString('base64')).toBe(DOCUMENTED_SHARED_SECRET);
  });

  test.each([
    ['a key on another curve', () => spki(peerPair('secp384r1'))],
    ['a secp256k1 key', () => spki(peerPair('secp256k1'))],
    ['an RSA key', () => generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64')],
    ['bytes that are no key', () => b64('not a key')],
  ])('returns ValidationException given %s as the peer public key', async (_case, peerKey) => {
    const reply = await call(createQkms(), 'DeriveSharedSecret', { KeyId: AGREEMENT_KEY_ID, KeyAgreementAlgorithm: 'ECDH', PublicKey: peerKey() });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', status: 400 });
    expect(reply.body.SharedSecret).toBeUndefined();
  });

  test('returns InvalidKeyUsageException for a symmetric key and for an ECC signing key', async () => {
    const qkms = createQkms();
    const signing = await create(qkms, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    for (const KeyId of [EXAMPLE_KEY_ID, signing.KeyId]) {
      const reply = await call(qkms, 'DeriveSharedSecret', { KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: PEER_PUBLIC_KEY });
      expect(errorOf(reply).type).toBe('InvalidKeyUsageException');
    }
  });

  test('returns DisabledException for a disabled key', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: AGREEMENT_KEY_ID });
    const reply = await call(qkms, 'DeriveSharedSecret', { KeyId: AGREEMENT_KEY_ID, KeyAgreementAlgorithm: 'ECDH', PublicKey: PEER_PUBLIC_KEY });
    expect(errorOf(reply).type).toBe('DisabledException');
  });

  test('answers DryRunOperationException without a secret when DryRun is set', async () => {
    const reply = await call(createQkms(), 'DeriveSharedSecret', {
      KeyId: AGREEMENT_KEY_ID,
      KeyAgreementAlgorithm: 'ECDH',
      PublicKey: PEER_PUBLIC_KEY,
      DryRun: true,
    });
    expect(errorOf(reply)).toMatchObject({ type: 'DryRunOperationException', status: 412 });
  });

  test('refuses a Recipient instead of returning the secret in the clear', async () => {
    const Recipient = { KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256', AttestationDocument: b64('attestation') };
    const reply = await call(createQkms(), 'DeriveSharedSecret', {
      KeyId: AGREEMENT_KEY_ID,
      KeyAgreementAlgorithm: 'ECDH',
      PublicKey: PEER_PUBLIC_KEY,
      Recipient,
    });
    expect(errorOf(reply).type).toBe('ValidationException');
    expect(reply.body.SharedSecret).toBeUndefined();
  });
});
