import { accountKeyStores } from '../model/keyStores/accountKeyStores';
import { customKeyStoreEntry } from '../model/keyStores/customKeyStoreEntry';
import { findCustomKeyStore } from '../model/keyStores/findCustomKeyStore';
import { paginate } from '../model/paging/paginate';
import { customKeyStoreNotFound, validation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/** The account's custom key stores in creation order, or the one an id or a name picks. */
export const describeCustomKeyStores: Operation<'DescribeCustomKeyStores'> = async (input, ctx) => {
  if (input.CustomKeyStoreId !== undefined && input.CustomKeyStoreName !== undefined) {
    throw validation('Specify CustomKeyStoreId or CustomKeyStoreName, not both.');
  }
  let keyStores = await accountKeyStores(ctx);
  if (input.CustomKeyStoreId !== undefined) keyStores = [await findCustomKeyStore(ctx, input.CustomKeyStoreId)];
  if (input.CustomKeyStoreName !== undefined) {
    const name = input.CustomKeyStoreName;
    keyStores = keyStores.filter((keyStore) => keyStore.CustomKeyStoreName === name);
    if (keyStores.length === 0) throw customKeyStoreNotFound(`No custom key store named ${name} exists in account ${ctx.callerAccount}.`);
  }
  const page = paginate(keyStores, (keyStore) => keyStore.CustomKeyStoreId, input.Limit ?? 100, input.Marker);
  return { CustomKeyStores: page.items.map(customKeyStoreEntry), NextMarker: page.NextMarker, Truncated: page.Truncated };
};
