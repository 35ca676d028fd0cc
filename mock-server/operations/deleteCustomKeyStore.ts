import { findCustomKeyStore } from '../model/keyStores/findCustomKeyStore';
import { customKeyStoreHasKeys, customKeyStoreInvalidState } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/** Deletes a store that is disconnected and holds no KMS key (a key pending deletion still counts). */
export const deleteCustomKeyStore: Operation<'DeleteCustomKeyStore'> = async (input, ctx) => {
  const keyStore = await findCustomKeyStore(ctx, input.CustomKeyStoreId);
  if (keyStore.ConnectionState !== 'DISCONNECTED') {
    throw customKeyStoreInvalidState(
      `Custom key store ${keyStore.CustomKeyStoreId} is ${keyStore.ConnectionState}; disconnect it before deleting it.`,
    );
  }
  const keys = (await ctx.store.list('keys')).filter((key) => key.CustomKeyStoreId === keyStore.CustomKeyStoreId);
  if (keys.length > 0) {
    throw customKeyStoreHasKeys(
      `Custom key store ${keyStore.CustomKeyStoreId} still holds ${keys.length} KMS key(s), ${keys[0].KeyId} first; delete them with ScheduleKeyDeletion and wait until they are gone.`,
    );
  }
  await ctx.store.delete('customKeyStores', keyStore.CustomKeyStoreId);
  return {};
};
