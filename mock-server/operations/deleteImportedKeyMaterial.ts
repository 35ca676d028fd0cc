import { requireExternalKey } from '../model/keys/requireExternalKey';
import { usableKey } from '../model/keys/usableKey';
import type { KeyRecord } from '../store/records/KeyRecord';
import { notFound } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/**
 * Deletes the key's imported material: the key falls to PendingImport (a key pending deletion stays so)
 * and cannot encrypt or decrypt until the same material is imported again. The key stays bound to it.
 */
export const deleteImportedKeyMaterial: Operation<'DeleteImportedKeyMaterial'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'DeleteImportedKeyMaterial' });
  requireExternalKey(ctx, key);
  const bound = key.importedMaterial?.id;
  if (input.KeyMaterialId !== undefined && input.KeyMaterialId !== bound) {
    throw notFound(`Key material ${input.KeyMaterialId} is not associated with ${key.Arn}.`);
  }
  const updated: KeyRecord = {
    ...key,
    KeyState: key.KeyState === 'PendingDeletion' ? 'PendingDeletion' : 'PendingImport',
    materials: [],
  };
  await ctx.store.put('keys', key.KeyId, updated);
  return { KeyId: key.Arn, KeyMaterialId: bound };
};
