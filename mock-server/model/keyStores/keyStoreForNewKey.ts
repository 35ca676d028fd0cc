import type { CreateKeyInput } from '../../spec';
import type { CustomKeyStoreRecord } from '../../store/records/CustomKeyStoreRecord';
import type { Context } from '../../wire/Context';
import { customKeyStoreInvalidState, validation, xksKeyAlreadyInUse } from '../../wire/errors';
import { findCustomKeyStore } from './findCustomKeyStore';

/**
 * The custom key store CreateKey creates the key in (after checkKeyStoreMembers), or undefined for a
 * key QKMS holds itself: it must be the caller's, of the type Origin names, CONNECTED, and for an
 * external key store the XksKeyId must not back another key of the store.
 */
export async function keyStoreForNewKey(ctx: Context, input: CreateKeyInput): Promise<CustomKeyStoreRecord | undefined> {
  if (input.CustomKeyStoreId === undefined) return undefined;
  const keyStore = await findCustomKeyStore(ctx, input.CustomKeyStoreId);
  if (keyStore.CustomKeyStoreType !== input.Origin) {
    throw validation(
      `Custom key store ${keyStore.CustomKeyStoreId} is of type ${keyStore.CustomKeyStoreType}: create its keys with Origin ${keyStore.CustomKeyStoreType}, not ${input.Origin ?? 'AWS_KMS'}.`,
    );
  }
  if (keyStore.ConnectionState !== 'CONNECTED') {
    throw customKeyStoreInvalidState(
      `Custom key store ${keyStore.CustomKeyStoreId} is ${keyStore.ConnectionState}; it must be CONNECTED to create keys in it (ConnectCustomKeyStore).`,
    );
  }
  if (input.XksKeyId !== undefined) {
    const xksKeyId = input.XksKeyId;
    const taken = (await ctx.store.list('keys')).find((key) => key.CustomKeyStoreId === keyStore.CustomKeyStoreId && key.XksKeyId === xksKeyId);
    if (taken) throw xksKeyAlreadyInUse(`External key ${xksKeyId} already backs ${taken.Arn} in custom key store ${keyStore.CustomKeyStoreId}.`);
  }
  return keyStore;
}
