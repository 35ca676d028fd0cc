import { DisableKeyCommand, DisabledException, EncryptCommand, NotFoundException } from '@aws-sdk/client-kms';
import { describe, it } from 'vitest';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { bytes, newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('DisableKey through the AWS SDK', () => {
  it('disables a key, which Encrypt then refuses with DisabledException', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new DisableKeyCommand({ KeyId: keyId }));
    await expectKmsError(server.kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: bytes('x') })), DisabledException, 400);
  });

  it('returns NotFoundException given an unknown key id', async () => {
    await expectKmsError(server.kms.send(new DisableKeyCommand({ KeyId: '00000000-0000-0000-0000-000000000000' })), NotFoundException, 400);
  });
});
