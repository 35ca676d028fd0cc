import { usableKey } from '../model/keys/usableKey';
import { NO_REGIONS } from '../model/keys/noRegions';
import { unsupportedOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/**
 * Always refused, after the key is found, its state checked and the caller authorized: a key with no
 * replicas has no primary Region to move. AWS answers UnsupportedOperationException for a key that is
 * not a multi-Region key, which no QKMS key is.
 */
export const updatePrimaryRegion: Operation<'UpdatePrimaryRegion'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'UpdatePrimaryRegion' });
  throw unsupportedOperation(`${key.Arn} is not a multi-Region key, so its primary Region cannot move to ${input.PrimaryRegion}. ${NO_REGIONS}.`);
};
