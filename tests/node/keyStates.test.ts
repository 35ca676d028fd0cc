import {
  CancelKeyDeletionCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisabledException,
  EnableKeyCommand,
  EncryptCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { keyArn } from '../support/sandbox';
import { expectKmsError } from './support/expectKmsError';
import { useSandboxServer } from './support/sandboxServer';
import { bytes, newSymmetricKey } from './support/sdkHelpers';

/* A key moved through Enabled, Disabled and PendingDeletion, and what each state allows. */

const server = useSandboxServer();

describe('key states through the AWS SDK', () => {
  it('disables a key so it refuses to encrypt, and enables it again', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new DisableKeyCommand({ KeyId: keyId }));
    const disabled = await server.kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    expect(disabled.KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    await expectKmsError(server.kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: bytes('x') })), DisabledException, 400);

    await server.kms.send(new EnableKeyCommand({ KeyId: keyId }));
    const enabled = await server.kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    expect(enabled.KeyMetadata).toMatchObject({ KeyState: 'Enabled', Enabled: true });
    await server.kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: bytes('x') }));
  });

  it('schedules a deletion after the pending window, and cancelling it leaves the key disabled', async () => {
    const keyId = await newSymmetricKey(server.kms);
    const before = Date.now();
    const scheduled = await server.kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }));
    expect(scheduled).toMatchObject({ KeyId: keyArn(keyId), KeyState: 'PendingDeletion', PendingWindowInDays: 7 });
    const sevenDays = 7 * 24 * 60 * 60 * 1000;
    expect(scheduled.DeletionDate!.getTime()).toBeGreaterThanOrEqual(before + sevenDays - 1000);
    expect(scheduled.DeletionDate!.getTime()).toBeLessThanOrEqual(Date.now() + sevenDays + 1000);
    const pending = await server.kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    expect(pending.KeyMetadata).toMatchObject({ KeyState: 'PendingDeletion', Enabled: false });

    const cancelled = await server.kms.send(new CancelKeyDeletionCommand({ KeyId: keyId }));
    expect(cancelled.KeyId).toBe(keyArn(keyId));
    const after = await server.kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    expect(after.KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    expect(after.KeyMetadata).not.toHaveProperty('DeletionDate');
  });
});
