import { findKeyByIdOrArn } from '../model/keys/findKeyByIdOrArn';
import { usableKey } from '../model/keys/usableKey';
import { epochSeconds } from '../model/paging/epochSeconds';
import type { Operation } from '../wire/Operation';

/**
 * The key's last successful cryptographic use (recordKeyUse writes it after each one). QKMS tracks every
 * key from its creation, so TrackingStartDate is the creation date; it has no CloudTrail, so no event id.
 */
export const getKeyLastUsage: Operation<'GetKeyLastUsage'> = async (input, ctx) => {
  const named = await findKeyByIdOrArn(ctx, 'KeyId', input.KeyId);
  const { key } = await usableKey(ctx, named, { action: 'GetKeyLastUsage' });
  const usage = key.lastUsage;
  return {
    KeyId: key.KeyId,
    KeyLastUsage:
      usage === undefined
        ? undefined
        : { Operation: usage.operation, Timestamp: epochSeconds(usage.at), CloudTrailEventId: undefined, KmsRequestId: usage.requestId },
    TrackingStartDate: epochSeconds(key.CreationDate),
    KeyCreationDate: epochSeconds(key.CreationDate),
  };
};
