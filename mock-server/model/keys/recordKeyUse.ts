import { keyLastUsageTrackingOperationValues, type KeyLastUsageTrackingOperation, type OperationName } from '../../spec';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';

const isTracked = (operation: OperationName): operation is KeyLastUsageTrackingOperation =>
  keyLastUsageTrackingOperationValues.some((tracked) => tracked === operation);

/**
 * After an operation succeeded: when it is one of the cryptographic operations KMS tracks, each key it
 * used (ReEncrypt uses two) records the operation, the time and the request id, for GetKeyLastUsage.
 * A request that failed, a dry run included, records nothing. The records are the ones usableKey read:
 * no tracked operation changes its keys, and requests run one at a time, so they are still current.
 */
export async function recordKeyUse(ctx: Context, keys: Iterable<KeyRecord>, requestId: string): Promise<void> {
  const operation = ctx.operation;
  if (!isTracked(operation)) return;
  const at = ctx.now().getTime();
  for (const key of keys) await ctx.store.put('keys', key.KeyId, { ...key, lastUsage: { operation, at, requestId } });
}
