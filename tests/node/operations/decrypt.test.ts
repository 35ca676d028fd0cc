import { CreateKeyCommand, DecryptCommand, DescribeKeyCommand, EncryptCommand, IncorrectKeyException } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { bytes, text } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('Decrypt through the AWS SDK', () => {
  it('returns the plaintext and the id of the key material that encrypted it', async () => {
    const sealed = await server.kms.send(new EncryptCommand({ KeyId: EXAMPLE_KEY_ID, Plaintext: bytes('hello') }));
    const opened = await server.kms.send(new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob }));
    expect(text(opened.Plaintext)).toBe('hello');
    const { KeyMetadata } = await server.kms.send(new DescribeKeyCommand({ KeyId: EXAMPLE_KEY_ID }));
    expect(opened.KeyMaterialId).toBe(KeyMetadata?.CurrentKeyMaterialId);
  });

  it('raises IncorrectKeyException when KeyId names an HMAC key', async () => {
    const { KeyMetadata } = await server.kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }));
    const sealed = await server.kms.send(new EncryptCommand({ KeyId: EXAMPLE_KEY_ID, Plaintext: bytes('x') }));
    await expectKmsError(
      server.kms.send(new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob, KeyId: KeyMetadata?.KeyId })),
      IncorrectKeyException,
      400,
    );
  });

  it('refuses a Recipient with ValidationException instead of returning the plaintext in the clear', async () => {
    const sealed = await server.kms.send(new EncryptCommand({ KeyId: EXAMPLE_KEY_ID, Plaintext: bytes('x') }));
    const recipient = { KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256' as const, AttestationDocument: bytes('attestation') };
    await expectKmsError(server.kms.send(new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob, Recipient: recipient })), 'ValidationException', 400);
  });
});
