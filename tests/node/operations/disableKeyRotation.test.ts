import { DisableKeyRotationCommand, EnableKeyRotationCommand, GetKeyRotationStatusCommand, NotFoundException } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('DisableKeyRotation through the AWS SDK', () => {
  it('turns automatic rotation off', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new EnableKeyRotationCommand({ KeyId: keyId }));
    await server.kms.send(new DisableKeyRotationCommand({ KeyId: keyId }));
    const status = await server.kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId }));
    expect(status.KeyRotationEnabled).toBe(false);
    expect(status.NextRotationDate).toBeUndefined();
    expect(status.RotationPeriodInDays).toBeUndefined();
  });

  it('answers NotFoundException for a key that does not exist', async () => {
    await expectKmsError(
      server.kms.send(new DisableKeyRotationCommand({ KeyId: '11111111-2222-3333-4444-555555555555' })),
      NotFoundException,
      400,
    );
  });
});
