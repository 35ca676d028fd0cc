import { GetKeyRotationStatusCommand, ListKeyRotationsCommand, EnableKeyRotationCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { kmsClient } from './support/kmsClient';
import { useSandboxServer } from './support/sandboxServer';
import { newSymmetricKey } from './support/sdkHelpers';

/* X-Qkms-Sandbox-Advance-Clock: a server started with the sandbox clock lets an SDK client move time forward. */

const DAY_S = 24 * 60 * 60;
const withClock = useSandboxServer({ sandboxClock: true });
const without = useSandboxServer();

describe('the sandbox clock over HTTP', () => {
  it('rotates a key automatically once a request moves the clock past its next rotation date', async () => {
    const keyId = await newSymmetricKey(withClock.kms);
    await withClock.kms.send(new EnableKeyRotationCommand({ KeyId: keyId, RotationPeriodInDays: 90 }));
    const { NextRotationDate } = await withClock.kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId }));
    const later = withClock.client({ advanceClock: '181d' });
    const { Rotations } = await later.send(new ListKeyRotationsCommand({ KeyId: keyId }));
    expect(Rotations?.map((rotation) => rotation.RotationType)).toEqual(['AUTOMATIC', 'AUTOMATIC']);
    expect(Rotations?.[0].RotationDate?.getTime()).toBe(NextRotationDate?.getTime());
    const status = await withClock.kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId }));
    expect((status.NextRotationDate!.getTime() - NextRotationDate!.getTime()) / 1000).toBe(2 * 90 * DAY_S);
  });

  it('leaves the clock alone on a server started without --sandbox-clock', async () => {
    const keyId = await newSymmetricKey(without.kms);
    await without.kms.send(new EnableKeyRotationCommand({ KeyId: keyId, RotationPeriodInDays: 90 }));
    const later = without.client({ advanceClock: '181d' });
    expect((await later.send(new ListKeyRotationsCommand({ KeyId: keyId }))).Rotations).toEqual([]);
  });
});
