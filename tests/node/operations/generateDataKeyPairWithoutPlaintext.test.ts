import { DecryptCommand, GenerateDataKeyPairWithoutPlaintextCommand } from '@aws-sdk/client-kms';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('GenerateDataKeyPairWithoutPlaintext through the AWS SDK', () => {
  it('returns no plaintext private key, and the encrypted one decrypts to the public key’s private half', async () => {
    const pair = await server.kms.send(
      new GenerateDataKeyPairWithoutPlaintextCommand({ KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'ECC_NIST_P384', EncryptionContext: { k: 'v' } }),
    );
    expect(pair).not.toHaveProperty('PrivateKeyPlaintext');
    const decrypted = await server.kms.send(new DecryptCommand({ CiphertextBlob: pair.PrivateKeyCiphertextBlob, EncryptionContext: { k: 'v' } }));
    const fromPrivate = createPublicKey(createPrivateKey({ key: Buffer.from(decrypted.Plaintext!), format: 'der', type: 'pkcs8' }));
    expect(fromPrivate.export({ type: 'spki', format: 'der' }).equals(Buffer.from(pair.PublicKey!))).toBe(true);
  });
});
