import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { CLOUDHSM_KEY_STORE_ID, EXTERNAL_KEY_STORE_ID } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { createStore, externalStore } from '../support/keyStores';

const ids = (reply: { body: Record<string, unknown> }) =>
  (reply.body.CustomKeyStores as { CustomKeyStoreId: string }[]).map((entry) => entry.CustomKeyStoreId);

describe('DescribeCustomKeyStores', () => {
  test("lists the sandbox's two stores with every member their type has", async () => {
    const reply = await call(createQkms(), 'DescribeCustomKeyStores', {});
    expect(reply.body).toEqual({
      CustomKeyStores: [
        {
          CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID,
          CustomKeyStoreName: 'ExampleCloudHsmKeyStore',
          CustomKeyStoreType: 'AWS_CLOUDHSM',
          CloudHsmClusterId: 'cluster-234abcdefgh',
          TrustAnchorCertificate: expect.stringMatching(/^-----BEGIN CERTIFICATE-----/),
          ConnectionState: 'CONNECTED',
          CreationDate: 1704067200,
        },
        {
          CustomKeyStoreId: EXTERNAL_KEY_STORE_ID,
          CustomKeyStoreName: 'ExampleExternalKeyStore',
          CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
          ConnectionState: 'DISCONNECTED',
          CreationDate: 1704067200,
          XksProxyConfiguration: {
            Connectivity: 'PUBLIC_ENDPOINT',
            AccessKeyId: 'QKMSEXAMPLEXKSPROXY2',
            UriEndpoint: 'https://xks.example.com',
            UriPath: '/kms/xks/v1',
          },
        },
      ],
      Truncated: false,
    });
  });

  test('picks one store by id or by name, and answers CustomKeyStoreNotFoundException when none matches', async () => {
    const qkms = createQkms();
    expect(ids(await call(qkms, 'DescribeCustomKeyStores', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID }))).toEqual([EXTERNAL_KEY_STORE_ID]);
    expect(ids(await call(qkms, 'DescribeCustomKeyStores', { CustomKeyStoreName: 'ExampleCloudHsmKeyStore' }))).toEqual([CLOUDHSM_KEY_STORE_ID]);
    expect(errorOf(await call(qkms, 'DescribeCustomKeyStores', { CustomKeyStoreName: 'Nope' }))).toMatchObject({
      type: 'CustomKeyStoreNotFoundException',
      message: 'No custom key store named Nope exists in account 111122223333.',
    });
    expect(errorOf(await call(qkms, 'DescribeCustomKeyStores', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID, CustomKeyStoreName: 'x' })).type).toBe(
      'ValidationException',
    );
  });

  test('pages with Limit and Marker in creation order', async () => {
    const qkms = createQkms();
    const third = await createStore(qkms, externalStore('Third', 'https://third.example.org'));
    const first = await call(qkms, 'DescribeCustomKeyStores', { Limit: 2 });
    expect(ids(first)).toEqual([CLOUDHSM_KEY_STORE_ID, EXTERNAL_KEY_STORE_ID]);
    expect(first.body).toMatchObject({ Truncated: true, NextMarker: third });
    const second = await call(qkms, 'DescribeCustomKeyStores', { Limit: 2, Marker: first.body.NextMarker });
    expect(ids(second)).toEqual([third]);
    expect(second.body.Truncated).toBe(false);
    expect(errorOf(await call(qkms, 'DescribeCustomKeyStores', { Marker: 'nope' })).type).toBe('InvalidMarkerException');
  });
});
