import { keyLastUsageTrackingOperationValues, type KeyLastUsageTrackingOperation, type OperationName } from '../../spec';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';

const isTracked = (operation: OperationName): operation is KeyLastUsageTrackingOperation =>
  keyLastUsageTrackingOperationValues.some((tracked) => tracked === operation);

/**
 * After an operation succeeded: when it is one of the cryptographic operations KMS tracks, each key it
 * used (ReEncrypt uses two) records the operation, the time and the request id, for GetKeyLastUsage.
 * A request that failed, a dry run included, records nothing. Each key is read again: other requests
 * may have changed it while this one's cryptography ran (see Context.unlocked), and a key purged
 * meanwhile stays gone.
 */
export async function recordKeyUse(ctx: Context, keys: Iterable<KeyRecord>, requestId: string): Promise<void> {
  const operation = ctx.operation;
  if (!isTracked(operation)) return;
  const at = ctx.now().getTime();
  for (const used of keys) {
    const key = await ctx.store.get('keys', used.KeyId);
    if (key !== undefined) await ctx.store.put('keys', key.KeyId, { ...key, lastUsage: { operation, at, requestId } });
  }
}
