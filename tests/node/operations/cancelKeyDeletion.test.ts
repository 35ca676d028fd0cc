import { CancelKeyDeletionCommand, DescribeKeyCommand, KMSInvalidStateException, ScheduleKeyDeletionCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { keyArn } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('CancelKeyDeletion through the AWS SDK', () => {
  it('brings a key pending deletion back as Disabled, and refuses a key that is not pending deletion', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await expectKmsError(server.kms.send(new CancelKeyDeletionCommand({ KeyId: keyId })), KMSInvalidStateException, 400);
    await server.kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId }));
    expect(await server.kms.send(new CancelKeyDeletionCommand({ KeyId: keyId }))).toMatchObject({ KeyId: keyArn(keyId) });
    const { KeyMetadata } = await server.kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    expect(KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    expect(KeyMetadata?.DeletionDate).toBeUndefined();
  });
});
