import { authorize } from '../model/authorize';
import type { KeyRecord } from '../model/KeyRecord';
import { resolveKey } from '../model/resolveKey';
import { defineOperation } from '../protocol/Handler';

interface CancelKeyDeletionInput {
  readonly KeyId: string;
}

/** As in KMS, a key whose deletion is cancelled comes back Disabled, not Enabled. */
export const cancelKeyDeletion = defineOperation<CancelKeyDeletionInput>(async (input, ctx) => {
  const key = await resolveKey(ctx, input.KeyId);
  await authorize(ctx, key, 'CancelKeyDeletion');
  const { DeletionDate: _date, PendingDeletionWindowInDays: _window, ...rest } = key;
  const restored: KeyRecord = { ...rest, KeyState: 'Disabled' };
  await ctx.store.put('keys', key.KeyId, restored);
  return { KeyId: key.Arn };
});
