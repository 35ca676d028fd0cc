import { GetKeyRotationStatusCommand, InvalidArnException, ScheduleKeyDeletionCommand, EnableKeyRotationCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID, keyArn } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('GetKeyRotationStatus through the AWS SDK', () => {
  it('reports rotation off for a seeded key, by alias, with its key ARN', async () => {
    const status = await server.kms.send(new GetKeyRotationStatusCommand({ KeyId: 'alias/ExampleAlias' }));
    expect(status).toMatchObject({ KeyRotationEnabled: false, KeyId: keyArn(EXAMPLE_KEY_ID) });
  });

  it('reports false for a key pending deletion even with rotation on', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new EnableKeyRotationCommand({ KeyId: keyId }));
    await server.kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }));
    expect((await server.kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId }))).KeyRotationEnabled).toBe(false);
  });

  it('answers InvalidArnException for a malformed key ARN', async () => {
    await expectKmsError(server.kms.send(new GetKeyRotationStatusCommand({ KeyId: 'arn:aws:kms:nope' })), InvalidArnException, 400);
  });
});
