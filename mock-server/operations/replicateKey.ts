import { usableKey } from '../model/keys/usableKey';
import { NO_REGIONS } from '../model/keys/noRegions';
import { unsupportedOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/**
 * Always refused, after the key is found, its state checked and the caller authorized (so a missing
 * key still answers NotFoundException): there is no other Region to hold a replica. AWS answers
 * UnsupportedOperationException for a key that is not a multi-Region primary key, which no QKMS key is.
 */
export const replicateKey: Operation<'ReplicateKey'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'ReplicateKey' });
  throw unsupportedOperation(`${key.Arn} is not a multi-Region primary key and cannot be replicated to ${input.ReplicaRegion}. ${NO_REGIONS}.`);
};
