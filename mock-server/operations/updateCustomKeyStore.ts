import { accountKeyStores } from '../model/keyStores/accountKeyStores';
import { checkUniqueSettings } from '../model/keyStores/checkUniqueSettings';
import { findCustomKeyStore } from '../model/keyStores/findCustomKeyStore';
import { xksMembers, type KeyStoreSettings } from '../model/keyStores/keyStoreSettings';
import { presentMembers } from '../model/keyStores/presentMembers';
import { xksProxySettings } from '../model/keyStores/xksProxySettings';
import type { UpdateCustomKeyStoreInput } from '../spec';
import type { CustomKeyStoreRecord } from '../store/records/CustomKeyStoreRecord';
import { cloudHsmClusterNotRelated, customKeyStoreInvalidState, validation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/** The AWS CloudHSM members UpdateCustomKeyStore has (the trust anchor cannot change). */
const cloudHsmMembers = ['CloudHsmClusterId', 'KeyStorePassword'] as const;

/** What AWS lets an external key store change while CONNECTED; everything else needs DISCONNECTED. */
const CHANGEABLE_WHILE_CONNECTED: readonly string[] = ['NewCustomKeyStoreName', 'XksProxyAuthenticationCredential', 'XksProxyUriPath'];

/**
 * Changes a store's settings. An AWS CloudHSM key store must be disconnected; an external key store may
 * change its name, proxy credential and URI path while connected too. QKMS cannot see CloudHSM backup
 * lineage, so it takes every cluster no other store uses as related to the store's own.
 */
export const updateCustomKeyStore: Operation<'UpdateCustomKeyStore'> = async (input, ctx) => {
  const keyStore = await findCustomKeyStore(ctx, input.CustomKeyStoreId);
  const given = presentMembers(input, ['NewCustomKeyStoreName', ...cloudHsmMembers, ...xksMembers]);
  if (given.length === 0) throw validation('UpdateCustomKeyStore needs at least one setting to change besides CustomKeyStoreId.');
  const type = keyStore.CustomKeyStoreType;
  const [foreign] = presentMembers(input, type === 'AWS_CLOUDHSM' ? xksMembers : cloudHsmMembers);
  if (foreign !== undefined) throw validation(`${foreign} is not valid for ${keyStore.CustomKeyStoreId}, a custom key store of type ${type}.`);
  checkState(keyStore, given);
  const settings = newSettings(keyStore, input);
  const name = input.NewCustomKeyStoreName ?? keyStore.CustomKeyStoreName;
  const others = (await accountKeyStores(ctx)).filter((other) => other.CustomKeyStoreId !== keyStore.CustomKeyStoreId);
  checkUniqueSettings(name, settings, others, (message) =>
    cloudHsmClusterNotRelated(`${message} A key store can move only to a cluster related to its own.`),
  );
  await ctx.store.put('customKeyStores', keyStore.CustomKeyStoreId, { ...keyStore, ...settings, CustomKeyStoreName: name });
  return {};
};

function checkState(keyStore: CustomKeyStoreRecord, given: readonly string[]): void {
  const state = keyStore.ConnectionState;
  if (state === 'DISCONNECTED') return;
  const connectedIsFine =
    keyStore.CustomKeyStoreType === 'EXTERNAL_KEY_STORE' && state === 'CONNECTED' && given.every((name) => CHANGEABLE_WHILE_CONNECTED.includes(name));
  if (connectedIsFine) return;
  const what =
    keyStore.CustomKeyStoreType === 'AWS_CLOUDHSM'
      ? 'an AWS CloudHSM key store changes only while DISCONNECTED'
      : `an external key store changes ${given.filter((name) => !CHANGEABLE_WHILE_CONNECTED.includes(name)).join(', ') || 'anything'} only while DISCONNECTED`;
  throw customKeyStoreInvalidState(`Custom key store ${keyStore.CustomKeyStoreId} is ${state}: ${what}. Disconnect it first.`);
}

function newSettings(keyStore: CustomKeyStoreRecord, input: UpdateCustomKeyStoreInput): KeyStoreSettings {
  if (keyStore.CustomKeyStoreType === 'EXTERNAL_KEY_STORE') {
    return { CustomKeyStoreType: 'EXTERNAL_KEY_STORE', XksProxy: xksProxySettings(input, keyStore.XksProxy) };
  }
  return {
    CustomKeyStoreType: 'AWS_CLOUDHSM',
    CloudHsmClusterId: input.CloudHsmClusterId ?? keyStore.CloudHsmClusterId,
    TrustAnchorCertificate: keyStore.TrustAnchorCertificate,
  };
}
