import { usableKey } from '../model/keys/usableKey';
import { epochSeconds } from '../model/paging/epochSeconds';
import type { Operation } from '../wire/Operation';

/**
 * Whether the key rotates automatically, its period and next date. A key pending deletion reports false,
 * as in AWS KMS; cancelling the deletion restores its schedule. QKMS rotates on demand at once, so
 * there is never an on-demand rotation in progress to report (OnDemandRotationStartDate).
 */
export const getKeyRotationStatus: Operation<'GetKeyRotationStatus'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'GetKeyRotationStatus', symmetricOnly: true });
  const schedule = key.KeyState === 'PendingDeletion' ? undefined : key.automaticRotation;
  return {
    KeyRotationEnabled: schedule !== undefined,
    KeyId: key.Arn,
    RotationPeriodInDays: schedule?.periodInDays,
    NextRotationDate: schedule === undefined ? undefined : epochSeconds(schedule.nextRotationDate),
    OnDemandRotationStartDate: undefined,
  };
};
