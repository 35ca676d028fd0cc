import { DecryptCommand, GenerateDataKeyCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID, keyArn } from '../../support/sandbox';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('GenerateDataKey through the AWS SDK', () => {
  it('returns a 256-bit data key and its ciphertext, which decrypts to the same key', async () => {
    const generated = await server.kms.send(
      new GenerateDataKeyCommand({ KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_256', EncryptionContext: { file: 'a.txt' } }),
    );
    expect(generated.Plaintext!.length).toBe(32);
    expect(generated.KeyId).toBe(keyArn(EXAMPLE_KEY_ID));
    const decrypted = await server.kms.send(
      new DecryptCommand({ CiphertextBlob: generated.CiphertextBlob, EncryptionContext: { file: 'a.txt' } }),
    );
    expect(Buffer.from(decrypted.Plaintext!).equals(Buffer.from(generated.Plaintext!))).toBe(true);
  });

  it('returns a data key of NumberOfBytes bytes', async () => {
    const generated = await server.kms.send(new GenerateDataKeyCommand({ KeyId: EXAMPLE_KEY_ID, NumberOfBytes: 64 }));
    expect(generated.Plaintext!.length).toBe(64);
  });
});
