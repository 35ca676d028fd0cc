import type { CustomKeyStoreRecord } from '../../store/records/CustomKeyStoreRecord';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';

/** The custom key store a key lives in, or undefined for a key QKMS itself holds. */
export async function keyStoreOf(ctx: Context, key: KeyRecord): Promise<CustomKeyStoreRecord | undefined> {
  return key.CustomKeyStoreId === undefined ? undefined : ctx.store.get('customKeyStores', key.CustomKeyStoreId);
}
