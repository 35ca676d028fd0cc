import { accountKeyStores } from '../model/keyStores/accountKeyStores';
import { checkTrustAnchor } from '../model/keyStores/checkTrustAnchor';
import { checkUniqueSettings } from '../model/keyStores/checkUniqueSettings';
import { cloudHsmMembers, xksMembers, type KeyStoreSettings } from '../model/keyStores/keyStoreSettings';
import { newCustomKeyStoreId } from '../model/keyStores/newCustomKeyStoreId';
import { presentMembers } from '../model/keyStores/presentMembers';
import { xksProxySettings } from '../model/keyStores/xksProxySettings';
import type { CreateCustomKeyStoreInput } from '../spec';
import type { CustomKeyStoreRecord } from '../store/records/CustomKeyStoreRecord';
import { limitExceeded, validation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/** AWS's quota of custom key stores per account and Region. */
export const CUSTOM_KEY_STORES_PER_ACCOUNT = 10;

/**
 * Creates a custom key store, DISCONNECTED as in AWS. No cluster or proxy is contacted, because none
 * exists: the checks are the ones QKMS can make honestly (members, formats, uniqueness, quota).
 */
export const createCustomKeyStore: Operation<'CreateCustomKeyStore'> = async (input, ctx) => {
  const settings = checkSettings(input);
  const existing = await accountKeyStores(ctx);
  checkUniqueSettings(input.CustomKeyStoreName, settings, existing);
  if (existing.length >= CUSTOM_KEY_STORES_PER_ACCOUNT) {
    throw limitExceeded(`Account ${ctx.callerAccount} already has ${existing.length} custom key stores, the most it may have.`);
  }
  const keyStore: CustomKeyStoreRecord = {
    CustomKeyStoreId: newCustomKeyStoreId(ctx),
    AWSAccountId: ctx.callerAccount,
    CustomKeyStoreName: input.CustomKeyStoreName,
    ConnectionState: 'DISCONNECTED',
    CreationDate: ctx.now().getTime(),
    ...settings,
  };
  await ctx.store.put('customKeyStores', keyStore.CustomKeyStoreId, keyStore);
  return { CustomKeyStoreId: keyStore.CustomKeyStoreId };
};

function checkSettings(input: CreateCustomKeyStoreInput): KeyStoreSettings {
  const type = input.CustomKeyStoreType ?? 'AWS_CLOUDHSM';
  const [foreign] = presentMembers(input, type === 'AWS_CLOUDHSM' ? xksMembers : cloudHsmMembers);
  if (foreign !== undefined) {
    const owner = type === 'AWS_CLOUDHSM' ? 'EXTERNAL_KEY_STORE' : 'AWS_CLOUDHSM';
    throw validation(`${foreign} is not valid for a custom key store of type ${type}; it belongs to ${owner} key stores.`);
  }
  if (type === 'EXTERNAL_KEY_STORE') return { CustomKeyStoreType: type, XksProxy: xksProxySettings(input) };
  const { CloudHsmClusterId, TrustAnchorCertificate, KeyStorePassword } = input;
  if (CloudHsmClusterId === undefined || TrustAnchorCertificate === undefined || KeyStorePassword === undefined) {
    const missing = cloudHsmMembers.filter((name) => input[name] === undefined);
    throw validation(`An AWS_CLOUDHSM key store needs CloudHsmClusterId, TrustAnchorCertificate and KeyStorePassword; missing: ${missing.join(', ')}.`);
  }
  checkTrustAnchor(TrustAnchorCertificate);
  return { CustomKeyStoreType: type, CloudHsmClusterId, TrustAnchorCertificate };
}
