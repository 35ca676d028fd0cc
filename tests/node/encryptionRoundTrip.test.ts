import { CreateKeyCommand, DecryptCommand, EncryptCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID, keyArn } from '../support/sandbox';
import { useSandboxServer } from './support/sandboxServer';
import { bytes, text } from './support/sdkHelpers';

/* Encrypt then Decrypt: what one operation produces, the other opens. */

const server = useSandboxServer();

describe('encryption round trip through the AWS SDK', () => {
  it('decrypts what it encrypted, under the same encryption context', async () => {
    const context = { purpose: 'node-suite', tenant: 'a' };
    const encrypted = await server.kms.send(
      new EncryptCommand({ KeyId: EXAMPLE_KEY_ID, Plaintext: bytes('attack at dawn'), EncryptionContext: context }),
    );
    expect(encrypted).toMatchObject({ KeyId: keyArn(EXAMPLE_KEY_ID), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    expect(text(encrypted.CiphertextBlob)).not.toContain('attack at dawn');

    const decrypted = await server.kms.send(new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, EncryptionContext: context }));
    expect(text(decrypted.Plaintext)).toBe('attack at dawn');
    expect(decrypted).toMatchObject({ KeyId: keyArn(EXAMPLE_KEY_ID), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
  });

  it('encrypts with an RSA key using RSAES_OAEP_SHA_256 and decrypts with the key id', async () => {
    const { KeyMetadata } = await server.kms.send(new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }));
    const encrypted = await server.kms.send(
      new EncryptCommand({ KeyId: KeyMetadata!.KeyId, Plaintext: bytes('rsa secret'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }),
    );
    expect(encrypted.CiphertextBlob!.length).toBe(256);
    const decrypted = await server.kms.send(
      new DecryptCommand({
        KeyId: KeyMetadata!.KeyId,
        CiphertextBlob: encrypted.CiphertextBlob,
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      }),
    );
    expect(text(decrypted.Plaintext)).toBe('rsa secret');
  });
});
