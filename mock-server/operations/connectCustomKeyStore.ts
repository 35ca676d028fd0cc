import { findCustomKeyStore } from '../model/keyStores/findCustomKeyStore';
import { customKeyStoreInvalidState } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/**
 * Connects at once: with no cluster or proxy to reach, the sandbox has nothing to wait for, so the
 * store is CONNECTED when the call returns (AWS answers first and connects within minutes). Connecting
 * a store that is already connected succeeds and changes nothing, as in AWS.
 */
export const connectCustomKeyStore: Operation<'ConnectCustomKeyStore'> = async (input, ctx) => {
  const keyStore = await findCustomKeyStore(ctx, input.CustomKeyStoreId);
  if (keyStore.ConnectionState === 'DISCONNECTING' || keyStore.ConnectionState === 'FAILED') {
    throw customKeyStoreInvalidState(
      `Custom key store ${keyStore.CustomKeyStoreId} is ${keyStore.ConnectionState}; disconnect it before connecting it again.`,
    );
  }
  if (keyStore.ConnectionState !== 'CONNECTED') {
    await ctx.store.put('customKeyStores', keyStore.CustomKeyStoreId, {
      ...keyStore,
      ConnectionState: 'CONNECTED',
      ConnectionErrorCode: undefined,
    });
  }
  return {};
};
