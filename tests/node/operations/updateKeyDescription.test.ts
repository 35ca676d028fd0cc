import { DescribeKeyCommand, KMSInvalidStateException, ScheduleKeyDeletionCommand, UpdateKeyDescriptionCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('UpdateKeyDescription through the AWS SDK', () => {
  it('changes the description DescribeKey shows', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new UpdateKeyDescriptionCommand({ KeyId: keyId, Description: 'Invoices, 2026' }));
    expect((await server.kms.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata?.Description).toBe('Invoices, 2026');
  });

  it('answers KMSInvalidStateException for a key pending deletion', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }));
    await expectKmsError(
      server.kms.send(new UpdateKeyDescriptionCommand({ KeyId: keyId, Description: 'x' })),
      KMSInvalidStateException,
      400,
    );
  });
});
