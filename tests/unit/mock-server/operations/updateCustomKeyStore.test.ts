import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { CLOUDHSM_KEY_STORE_ID, EXTERNAL_KEY_STORE_ID } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { cloudHsmStore, createStore, describeStore } from '../support/keyStores';

describe('UpdateCustomKeyStore', () => {
  test('renames and moves a disconnected external key store to another proxy', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'UpdateCustomKeyStore', {
      CustomKeyStoreId: EXTERNAL_KEY_STORE_ID,
      NewCustomKeyStoreName: 'Renamed',
      XksProxyUriEndpoint: 'https://new-proxy.example.com',
    });
    expect(reply).toMatchObject({ status: 200, body: {} });
    expect(await describeStore(qkms, EXTERNAL_KEY_STORE_ID)).toMatchObject({
      CustomKeyStoreName: 'Renamed',
      XksProxyConfiguration: { UriEndpoint: 'https://new-proxy.example.com', UriPath: '/kms/xks/v1' },
    });
  });

  test('lets a connected external key store change its name, credential and URI path, and nothing else', async () => {
    const qkms = createQkms();
    await call(qkms, 'ConnectCustomKeyStore', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID });
    const path = await call(qkms, 'UpdateCustomKeyStore', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID, XksProxyUriPath: '/v2/kms/xks/v2' });
    expect(path.status).toBe(200);
    const endpoint = await call(qkms, 'UpdateCustomKeyStore', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID, XksProxyUriEndpoint: 'https://x.example.com' });
    expect(errorOf(endpoint)).toMatchObject({
      type: 'CustomKeyStoreInvalidStateException',
      message: `Custom key store ${EXTERNAL_KEY_STORE_ID} is CONNECTED: an external key store changes XksProxyUriEndpoint only while DISCONNECTED. Disconnect it first.`,
    });
  });

  test('changes an AWS CloudHSM key store only while it is disconnected', async () => {
    const qkms = createQkms();
    const connected = await call(qkms, 'UpdateCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID, NewCustomKeyStoreName: 'Vault' });
    expect(errorOf(connected)).toMatchObject({
      type: 'CustomKeyStoreInvalidStateException',
      message: `Custom key store ${CLOUDHSM_KEY_STORE_ID} is CONNECTED: an AWS CloudHSM key store changes only while DISCONNECTED. Disconnect it first.`,
    });
    await call(qkms, 'DisconnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    const moved = await call(qkms, 'UpdateCustomKeyStore', {
      CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID,
      CloudHsmClusterId: 'cluster-relatedabcde',
      KeyStorePassword: 'new-password',
    });
    expect(moved.status).toBe(200);
    expect(await describeStore(qkms, CLOUDHSM_KEY_STORE_ID)).toMatchObject({ CloudHsmClusterId: 'cluster-relatedabcde' });
  });

  test('returns CloudHsmClusterNotRelatedException for a cluster another store uses', async () => {
    const qkms = createQkms();
    await createStore(qkms, cloudHsmStore('Other', 'cluster-othercluster'));
    await call(qkms, 'DisconnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    const reply = await call(qkms, 'UpdateCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID, CloudHsmClusterId: 'cluster-othercluster' });
    expect(errorOf(reply).type).toBe('CloudHsmClusterNotRelatedException');
  });

  test('returns CustomKeyStoreNameInUseException for the name of another store', async () => {
    const reply = await call(createQkms(), 'UpdateCustomKeyStore', {
      CustomKeyStoreId: EXTERNAL_KEY_STORE_ID,
      NewCustomKeyStoreName: 'ExampleCloudHsmKeyStore',
    });
    expect(errorOf(reply).type).toBe('CustomKeyStoreNameInUseException');
  });

  test('returns ValidationException with nothing to change or a member of the other store type', async () => {
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'UpdateCustomKeyStore', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID }))).toMatchObject({
      type: 'ValidationException',
      message: 'UpdateCustomKeyStore needs at least one setting to change besides CustomKeyStoreId.',
    });
    const foreign = await call(qkms, 'UpdateCustomKeyStore', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID, CloudHsmClusterId: 'cluster-abcdefghijk' });
    expect(errorOf(foreign)).toMatchObject({
      type: 'ValidationException',
      message: `CloudHsmClusterId is not valid for ${EXTERNAL_KEY_STORE_ID}, a custom key store of type EXTERNAL_KEY_STORE.`,
    });
  });
});
