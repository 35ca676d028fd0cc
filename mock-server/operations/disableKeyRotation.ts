import { requireAwsKmsOrigin } from '../model/keys/requireAwsKmsOrigin';
import { usableKey } from '../model/keys/usableKey';
import type { KeyRecord } from '../store/records/KeyRecord';
import type { Operation } from '../wire/Operation';

/** Turns automatic rotation off; rotations so far and their material stay. */
export const disableKeyRotation: Operation<'DisableKeyRotation'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'DisableKeyRotation', symmetricOnly: true });
  requireAwsKmsOrigin(ctx, key);
  const { automaticRotation: _off, ...rest } = key;
  const stopped: KeyRecord = rest;
  await ctx.store.put('keys', key.KeyId, stopped);
  return {};
};
