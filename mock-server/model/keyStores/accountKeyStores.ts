import type { CustomKeyStoreRecord } from '../../store/records/CustomKeyStoreRecord';
import type { Context } from '../../wire/Context';

/** The caller's account's custom key stores, in creation order. */
export async function accountKeyStores(ctx: Context): Promise<CustomKeyStoreRecord[]> {
  return (await ctx.store.list('customKeyStores')).filter((keyStore) => keyStore.AWSAccountId === ctx.callerAccount);
}
