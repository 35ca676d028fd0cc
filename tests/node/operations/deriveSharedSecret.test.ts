import { DeriveSharedSecretCommand, InvalidKeyUsageException } from '@aws-sdk/client-kms';
import { createPublicKey, diffieHellman, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seedAgreementMaterial } from '../../../mock-server/crypto/seedAgreementMaterial';
import { DOCUMENTED_SHARED_SECRET, PEER_PUBLIC_KEY } from '../../support/ecdhPeer';
import { AGREEMENT_KEY_ID, EXAMPLE_KEY_ID, keyArn } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('DeriveSharedSecret through the AWS SDK', () => {
  it('derives the secret a peer derives with node:crypto from the seeded key’s public key', async () => {
    const peer = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const derived = await server.kms.send(
      new DeriveSharedSecretCommand({
        KeyId: AGREEMENT_KEY_ID,
        KeyAgreementAlgorithm: 'ECDH',
        PublicKey: peer.publicKey.export({ type: 'spki', format: 'der' }),
      }),
    );
    // The seeded key's public key, recomputed from the public constant as the seed does (GetPublicKey would return it).
    const seeded = await seedAgreementMaterial(AGREEMENT_KEY_ID, 1);
    const seededPublic = createPublicKey({ key: Buffer.from(await crypto.subtle.exportKey('spki', seeded.publicKey)), format: 'der', type: 'spki' });
    expect(Buffer.from(derived.SharedSecret!).equals(diffieHellman({ privateKey: peer.privateKey, publicKey: seededPublic }))).toBe(true);
    expect(derived).toMatchObject({ KeyId: keyArn(AGREEMENT_KEY_ID), KeyAgreementAlgorithm: 'ECDH', KeyOrigin: 'AWS_KMS' });
  });

  it('gives the documented secret for the documented peer key', async () => {
    const derived = await server.kms.send(
      new DeriveSharedSecretCommand({ KeyId: AGREEMENT_KEY_ID, KeyAgreementAlgorithm: 'ECDH', PublicKey: Buffer.from(PEER_PUBLIC_KEY, 'base64') }),
    );
    expect(Buffer.from(derived.SharedSecret!).toString('base64')).toBe(DOCUMENTED_SHARED_SECRET);
  });

  it('rejects a peer key on another curve with ValidationException', async () => {
    const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey.export({ type: 'spki', format: 'der' });
    await expectKmsError(
      server.kms.send(new DeriveSharedSecretCommand({ KeyId: AGREEMENT_KEY_ID, KeyAgreementAlgorithm: 'ECDH', PublicKey: p384 })),
      'ValidationException',
      400,
    );
  });

  it('rejects a symmetric key with InvalidKeyUsageException', async () => {
    await expectKmsError(
      server.kms.send(
        new DeriveSharedSecretCommand({ KeyId: EXAMPLE_KEY_ID, KeyAgreementAlgorithm: 'ECDH', PublicKey: Buffer.from(PEER_PUBLIC_KEY, 'base64') }),
      ),
      InvalidKeyUsageException,
      400,
    );
  });
});
