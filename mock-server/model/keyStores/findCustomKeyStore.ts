import type { CustomKeyStoreRecord } from '../../store/records/CustomKeyStoreRecord';
import type { Context } from '../../wire/Context';
import { customKeyStoreNotFound } from '../../wire/errors';

/** The caller's account's custom key store with this id; a store of another account is not found, as in AWS. */
export async function findCustomKeyStore(ctx: Context, customKeyStoreId: string): Promise<CustomKeyStoreRecord> {
  const keyStore = await ctx.store.get('customKeyStores', customKeyStoreId);
  if (keyStore === undefined || keyStore.AWSAccountId !== ctx.callerAccount) {
    throw customKeyStoreNotFound(`Custom key store ${customKeyStoreId} does not exist in account ${ctx.callerAccount}.`);
  }
  return keyStore;
}
