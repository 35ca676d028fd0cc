import { DisableKeyCommand, EnableKeyCommand, EncryptCommand, KMSInvalidStateException, ScheduleKeyDeletionCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { bytes, newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('EnableKey through the AWS SDK', () => {
  it('enables a disabled key, which then encrypts again', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new DisableKeyCommand({ KeyId: keyId }));
    await server.kms.send(new EnableKeyCommand({ KeyId: keyId }));
    const { CiphertextBlob } = await server.kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: bytes('x') }));
    expect(CiphertextBlob?.length).toBeGreaterThan(0);
  });

  it('returns KMSInvalidStateException for a key pending deletion', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId }));
    await expectKmsError(server.kms.send(new EnableKeyCommand({ KeyId: keyId })), KMSInvalidStateException, 400);
  });
});
