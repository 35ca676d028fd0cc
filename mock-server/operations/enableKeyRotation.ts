import { noteRotationDate } from '../model/keys/nextRotation';
import { requireAwsKmsOrigin } from '../model/keys/requireAwsKmsOrigin';
import { DEFAULT_ROTATION_PERIOD_DAYS, periodMs } from '../model/keys/rotationPeriod';
import { usableKey } from '../model/keys/usableKey';
import type { Operation } from '../wire/Operation';

/**
 * Turns automatic rotation on: the key rotates RotationPeriodInDays (default 365) after now, then every
 * period, on the sandbox clock. On a key that already rotates, a new period counts from the start of the
 * current one (its last automatic rotation, or when rotation was enabled); if that date has passed, the
 * key rotates before the next request.
 */
export const enableKeyRotation: Operation<'EnableKeyRotation'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'EnableKeyRotation', symmetricOnly: true });
  requireAwsKmsOrigin(ctx, key);
  const now = ctx.now().getTime();
  const current = key.automaticRotation;
  const periodInDays = input.RotationPeriodInDays ?? current?.periodInDays ?? DEFAULT_ROTATION_PERIOD_DAYS;
  const nextRotationDate =
    current === undefined
      ? now + periodMs(periodInDays)
      : Math.max(current.nextRotationDate - periodMs(current.periodInDays) + periodMs(periodInDays), now);
  await ctx.store.put('keys', key.KeyId, { ...key, automaticRotation: { periodInDays, nextRotationDate } });
  await noteRotationDate(ctx.store, nextRotationDate);
  return {};
};
