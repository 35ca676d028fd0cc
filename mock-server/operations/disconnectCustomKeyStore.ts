import { findCustomKeyStore } from '../model/keyStores/findCustomKeyStore';
import { customKeyStoreInvalidState } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/** Disconnects at once; from then on its keys are Unavailable (see model/keyStores/effectiveKeyState). */
export const disconnectCustomKeyStore: Operation<'DisconnectCustomKeyStore'> = async (input, ctx) => {
  const keyStore = await findCustomKeyStore(ctx, input.CustomKeyStoreId);
  if (keyStore.ConnectionState === 'DISCONNECTED' || keyStore.ConnectionState === 'DISCONNECTING') {
    throw customKeyStoreInvalidState(`Custom key store ${keyStore.CustomKeyStoreId} is already ${keyStore.ConnectionState}.`);
  }
  await ctx.store.put('customKeyStores', keyStore.CustomKeyStoreId, {
    ...keyStore,
    ConnectionState: 'DISCONNECTED',
    ConnectionErrorCode: undefined,
  });
  return {};
};
