import { EncryptCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { useSandboxServer } from '../support/sandboxServer';
import { bytes } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('Encrypt through the AWS SDK', () => {
  it('encrypts the same plaintext to a different ciphertext each time', async () => {
    const first = await server.kms.send(new EncryptCommand({ KeyId: EXAMPLE_KEY_ID, Plaintext: bytes('same') }));
    const second = await server.kms.send(new EncryptCommand({ KeyId: EXAMPLE_KEY_ID, Plaintext: bytes('same') }));
    expect(Buffer.from(first.CiphertextBlob!).equals(Buffer.from(second.CiphertextBlob!))).toBe(false);
  });
});
