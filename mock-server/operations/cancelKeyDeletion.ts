import { usableKey } from '../model/keys/usableKey';
import type { KeyRecord } from '../store/records/KeyRecord';
import type { Operation } from '../wire/Operation';

/** As in KMS, a key whose deletion is cancelled comes back Disabled, not Enabled (PendingImport when it has no key material). */
export const cancelKeyDeletion: Operation<'CancelKeyDeletion'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'CancelKeyDeletion' });
  const { DeletionDate: _date, ...rest } = key;
  const restored: KeyRecord = { ...rest, KeyState: key.materials.length === 0 ? 'PendingImport' : 'Disabled' };
  await ctx.store.put('keys', key.KeyId, restored);
  return { KeyId: key.Arn };
};
