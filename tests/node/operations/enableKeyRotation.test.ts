import {
  DisableKeyCommand,
  DisabledException,
  EnableKeyRotationCommand,
  GetKeyRotationStatusCommand,
  UnsupportedOperationException,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { keyArn } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { createKey, newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();
const DAY_MS = 24 * 60 * 60 * 1000;

describe('EnableKeyRotation through the AWS SDK', () => {
  it('turns on automatic rotation with the period asked for, the next rotation that many days ahead', async () => {
    const keyId = await newSymmetricKey(server.kms);
    const before = Date.now();
    await server.kms.send(new EnableKeyRotationCommand({ KeyId: keyId, RotationPeriodInDays: 180 }));
    const status = await server.kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId }));
    expect(status).toMatchObject({ KeyRotationEnabled: true, KeyId: keyArn(keyId), RotationPeriodInDays: 180 });
    const ahead = status.NextRotationDate!.getTime() - before;
    expect(ahead).toBeGreaterThanOrEqual(180 * DAY_MS - 1000);
    expect(ahead).toBeLessThan(180 * DAY_MS + 60_000);
  });

  it('answers UnsupportedOperationException for an asymmetric key and DisabledException for a disabled one', async () => {
    await expectKmsError(
      server.kms.send(new EnableKeyRotationCommand({ KeyId: await createKey(server.kms, 'ECC_NIST_P256', 'SIGN_VERIFY') })),
      UnsupportedOperationException,
      400,
    );
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new DisableKeyCommand({ KeyId: keyId }));
    await expectKmsError(server.kms.send(new EnableKeyRotationCommand({ KeyId: keyId })), DisabledException, 400);
  });
});
