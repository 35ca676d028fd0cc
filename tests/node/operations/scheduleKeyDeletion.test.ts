import { DescribeKeyCommand, KMSInvalidStateException, ScheduleKeyDeletionCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { keyArn } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('ScheduleKeyDeletion through the AWS SDK', () => {
  it('puts the key in PendingDeletion with a deletion date the window away, and refuses a second schedule', async () => {
    const keyId = await newSymmetricKey(server.kms);
    const scheduled = await server.kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }));
    expect(scheduled).toMatchObject({ KeyId: keyArn(keyId), KeyState: 'PendingDeletion', PendingWindowInDays: 7 });
    const days = ((scheduled.DeletionDate?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
    const { KeyMetadata } = await server.kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    expect(KeyMetadata?.KeyState).toBe('PendingDeletion');
    await expectKmsError(server.kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId })), KMSInvalidStateException, 400);
  });
});
