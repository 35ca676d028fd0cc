import { DecryptCommand, GenerateDataKeyPairCommand, UnsupportedOperationException } from '@aws-sdk/client-kms';
import { constants, createPrivateKey, createPublicKey, privateDecrypt, publicEncrypt, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID, keyArn } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();
const der = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? new Uint8Array());

describe('GenerateDataKeyPair through the AWS SDK', () => {
  it('returns an RSA pair that node:crypto parses and that encrypts and decrypts for itself', async () => {
    const pair = await server.kms.send(new GenerateDataKeyPairCommand({ KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'RSA_3072' }));
    const privateKey = createPrivateKey({ key: der(pair.PrivateKeyPlaintext), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey({ key: der(pair.PublicKey), format: 'der', type: 'spki' });
    expect(publicKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    const sealed = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from('secret'));
    expect(privateDecrypt({ key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, sealed).toString()).toBe('secret');
    expect(pair).toMatchObject({ KeyId: keyArn(EXAMPLE_KEY_ID), KeyPairSpec: 'RSA_3072' });
  });

  it('returns an EC pair whose encrypted private key Decrypt opens to the same bytes, which sign for the public key', async () => {
    const context = { app: 'signer' };
    const pair = await server.kms.send(
      new GenerateDataKeyPairCommand({ KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'ECC_NIST_P256', EncryptionContext: context }),
    );
    const decrypted = await server.kms.send(new DecryptCommand({ CiphertextBlob: pair.PrivateKeyCiphertextBlob, EncryptionContext: context }));
    expect(der(decrypted.Plaintext).equals(der(pair.PrivateKeyPlaintext))).toBe(true);
    const privateKey = createPrivateKey({ key: der(decrypted.Plaintext), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey({ key: der(pair.PublicKey), format: 'der', type: 'spki' });
    expect(verify('sha256', Buffer.from('m'), publicKey, sign('sha256', Buffer.from('m'), privateKey))).toBe(true);
  });

  it('answers UnsupportedOperationException for SM2', async () => {
    await expectKmsError(
      server.kms.send(new GenerateDataKeyPairCommand({ KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'SM2' })),
      UnsupportedOperationException,
      400,
    );
  });
});
