import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { CLOUDHSM_KEY_STORE_ID } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { asPartner } from '../support/fixtures';
import { cloudHsmStore, createStore, describeStore, externalStore, XKS_CREDENTIAL } from '../support/keyStores';

const clock = () => new Date(Date.UTC(2025, 5, 1));

describe('CreateCustomKeyStore', () => {
  test('creates an AWS CloudHSM key store, DISCONNECTED, with an id of cks- and 17 hex digits', async () => {
    const qkms = createQkms({ clock });
    const reply = await call(qkms, 'CreateCustomKeyStore', cloudHsmStore('Vault'));
    expect(reply.status).toBe(200);
    expect(reply.body.CustomKeyStoreId).toMatch(/^cks-[0-9a-f]{17}$/);
    const entry = await describeStore(qkms, String(reply.body.CustomKeyStoreId));
    expect(entry).toMatchObject({
      CustomKeyStoreName: 'Vault',
      CustomKeyStoreType: 'AWS_CLOUDHSM',
      CloudHsmClusterId: 'cluster-abcdefghijk',
      ConnectionState: 'DISCONNECTED',
      CreationDate: 1748736000,
    });
    expect(entry.XksProxyConfiguration).toBeUndefined();
    expect(JSON.stringify(entry)).not.toContain('kmsuser-password');
  });

  test('creates an external key store and reports its proxy without the secret access key', async () => {
    const qkms = createQkms();
    const id = await createStore(qkms, externalStore('Outside'));
    const entry = await describeStore(qkms, id);
    expect(entry.XksProxyConfiguration).toEqual({
      Connectivity: 'PUBLIC_ENDPOINT',
      AccessKeyId: XKS_CREDENTIAL.AccessKeyId,
      UriEndpoint: 'https://proxy.example.org',
      UriPath: '/kms/xks/v1',
    });
    expect(JSON.stringify(entry)).not.toContain(XKS_CREDENTIAL.RawSecretAccessKey);
  });

  test('needs a VPC endpoint service for VPC_ENDPOINT_SERVICE connectivity and refuses one for PUBLIC_ENDPOINT', async () => {
    const qkms = createQkms();
    const vpc = { ...externalStore('Private', 'https://private.example.org'), XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE' };
    expect(errorOf(await call(qkms, 'CreateCustomKeyStore', vpc))).toMatchObject({
      type: 'ValidationException',
      message: 'XksProxyConnectivity VPC_ENDPOINT_SERVICE needs XksProxyVpcEndpointServiceName.',
    });
    const service = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';
    const id = await createStore(qkms, { ...vpc, XksProxyVpcEndpointServiceName: service });
    expect((await describeStore(qkms, id)).XksProxyConfiguration).toMatchObject({ VpcEndpointServiceName: service });
    const publicWithService = { ...externalStore('Mixed', 'https://mixed.example.org'), XksProxyVpcEndpointServiceName: service };
    expect(errorOf(await call(qkms, 'CreateCustomKeyStore', publicWithService)).type).toBe('ValidationException');
  });

  test('returns ValidationException naming the missing or foreign members of the store type', async () => {
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'CreateCustomKeyStore', { CustomKeyStoreName: 'Bare' }))).toMatchObject({
      type: 'ValidationException',
      message: 'An AWS_CLOUDHSM key store needs CloudHsmClusterId, TrustAnchorCertificate and KeyStorePassword; missing: CloudHsmClusterId, TrustAnchorCertificate, KeyStorePassword.',
    });
    expect(errorOf(await call(qkms, 'CreateCustomKeyStore', { ...cloudHsmStore('Mixed'), XksProxyUriPath: '/kms/xks/v1' }))).toMatchObject({
      type: 'ValidationException',
      message: 'XksProxyUriPath is not valid for a custom key store of type AWS_CLOUDHSM; it belongs to EXTERNAL_KEY_STORE key stores.',
    });
    const { XksProxyAuthenticationCredential: _dropped, ...noCredential } = externalStore('NoCredential');
    expect(errorOf(await call(qkms, 'CreateCustomKeyStore', noCredential))).toMatchObject({
      type: 'ValidationException',
      message: 'An EXTERNAL_KEY_STORE key store needs XksProxyAuthenticationCredential.',
    });
  });

  test('returns IncorrectTrustAnchorException for a trust anchor that is not a PEM certificate', async () => {
    const reply = await call(createQkms(), 'CreateCustomKeyStore', { ...cloudHsmStore('Vault'), TrustAnchorCertificate: 'not a certificate' });
    expect(errorOf(reply).type).toBe('IncorrectTrustAnchorException');
  });

  test('keeps names, clusters, proxy URIs and VPC endpoint services unique in the account', async () => {
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'CreateCustomKeyStore', cloudHsmStore('ExampleCloudHsmKeyStore', 'cluster-zzzzzzzzzzz')))).toMatchObject({
      type: 'CustomKeyStoreNameInUseException',
      message: `Custom key store name ExampleCloudHsmKeyStore is already used by ${CLOUDHSM_KEY_STORE_ID} in this account.`,
    });
    expect(errorOf(await call(qkms, 'CreateCustomKeyStore', cloudHsmStore('Other', 'cluster-234abcdefgh'))).type).toBe('CloudHsmClusterInUseException');
    expect(errorOf(await call(qkms, 'CreateCustomKeyStore', externalStore('Again', 'https://xks.example.com'))).type).toBe('XksProxyUriInUseException');
    const service = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';
    const vpc = (name: string, endpoint: string) => ({
      ...externalStore(name, endpoint),
      XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE',
      XksProxyVpcEndpointServiceName: service,
    });
    await createStore(qkms, vpc('First', 'https://first.example.org'));
    expect(errorOf(await call(qkms, 'CreateCustomKeyStore', vpc('Second', 'https://second.example.org'))).type).toBe(
      'XksProxyVpcEndpointServiceInUseException',
    );
    const samePrivateEndpoint = { ...externalStore('Third', 'https://first.example.org'), XksProxyUriPath: '/other/kms/xks/v1' };
    expect(errorOf(await call(qkms, 'CreateCustomKeyStore', samePrivateEndpoint)).type).toBe('XksProxyUriEndpointInUseException');
  });

  test('keeps each account apart: a partner may reuse a name and sees only its own stores', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'CreateCustomKeyStore', cloudHsmStore('ExampleCloudHsmKeyStore', 'cluster-partnerabcd'), asPartner);
    expect(reply.status).toBe(200);
    const listed = await call(qkms, 'DescribeCustomKeyStores', {}, asPartner);
    expect((listed.body.CustomKeyStores as unknown[]).length).toBe(1);
  });

  test('returns LimitExceededException for the eleventh store of an account', async () => {
    const qkms = createQkms();
    for (let n = 3; n <= 10; n += 1) await createStore(qkms, externalStore(`Store${n}`, `https://p${n}.example.org`));
    const reply = await call(qkms, 'CreateCustomKeyStore', externalStore('Store11', 'https://p11.example.org'));
    expect(errorOf(reply)).toMatchObject({ type: 'LimitExceededException', message: 'Account 111122223333 already has 10 custom key stores, the most it may have.' });
  });
});
