import { keyLastUsageTrackingOperationValues, type KeyLastUsageTrackingOperation, type OperationName } from '../../spec';
import type { Context } from '../../wire/Context';

const isTracked = (operation: OperationName): operation is KeyLastUsageTrackingOperation =>
  keyLastUsageTrackingOperationValues.some((tracked) => tracked === operation);

/**
 * After an operation succeeded: when it is one of the cryptographic operations KMS tracks, each key it
 * used (ReEncrypt uses two) records the operation, the time and the request id, for GetKeyLastUsage.
 * A request that failed, a dry run included, records nothing.
 */
export async function recordKeyUse(ctx: Context, keyIds: ReadonlySet<string>, requestId: string): Promise<void> {
  const operation = ctx.operation;
  if (!isTracked(operation)) return;
  const at = ctx.now().getTime();
  for (const keyId of keyIds) {
    const key = await ctx.store.get('keys', keyId);
    if (key !== undefined) await ctx.store.put('keys', keyId, { ...key, lastUsage: { operation, at, requestId } });
  }
}
