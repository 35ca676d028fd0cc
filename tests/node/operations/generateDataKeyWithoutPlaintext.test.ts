import { DecryptCommand, GenerateDataKeyWithoutPlaintextCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { SECOND_KEY_ID, keyArn } from '../../support/sandbox';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('GenerateDataKeyWithoutPlaintext through the AWS SDK', () => {
  it('returns only the encrypted data key without plaintext, decryptable to 128 bits', async () => {
    const generated = await server.kms.send(new GenerateDataKeyWithoutPlaintextCommand({ KeyId: SECOND_KEY_ID, KeySpec: 'AES_128' }));
    expect(generated).not.toHaveProperty('Plaintext');
    expect(generated.KeyId).toBe(keyArn(SECOND_KEY_ID));
    const decrypted = await server.kms.send(new DecryptCommand({ CiphertextBlob: generated.CiphertextBlob }));
    expect(decrypted.Plaintext!.length).toBe(16);
  });
});
