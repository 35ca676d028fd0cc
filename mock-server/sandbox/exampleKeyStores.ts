import { SANDBOX_ACCOUNT } from '../model/identity/account';
import type { CustomKeyStoreRecord } from '../store/records/CustomKeyStoreRecord';

export const EXAMPLE_CLOUDHSM_KEY_STORE_ID = 'cks-0a1b2c3d4e5f60718';
export const EXAMPLE_EXTERNAL_KEY_STORE_ID = 'cks-9f8e7d6c5b4a30291';
/** The symmetric encryption key that lives in the example AWS CloudHSM key store. */
export const EXAMPLE_CLOUDHSM_KEY_ID = 'c5d6e7f8-0a1b-4c2d-8e3f-4a5b6c7d8e9f';

/** A self-signed certificate made for these docs: QKMS checks only that a trust anchor is one. */
export const EXAMPLE_TRUST_ANCHOR = `-----BEGIN CERTIFICATE-----
MIIBrzCCAVWgAwIBAgIUOnNMhKRJKXhReaPgSL5mYJ8IspMwCgYIKoZIzj0EAwIw
LTErMCkGA1UEAwwiUUtNUyBleGFtcGxlIENsb3VkSFNNIHRydXN0IGFuY2hvcjAe
Fw0yNjExMzAyMzE3MzZaFw0zNjExMjcyMzE3MzZaMC0xKzApBgNVBAMMIlFLTVMg
ZXhhbXBsZSBDbG91ZEhTTSB0cnVzdCBhbmNob3IwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAARPweKPTHTQT0MsTvf8/dV0F32RDjEiiXQXQB0iFt2GK8Ltj9A6TgYN
5q5Zr3FOMuDGmTI3EiIcrneoLrdB1Rs/o1MwUTAdBgNVHQ4EFgQUlDD0VHiWuqfV
lBtmnG/72dQcHGQwHwYDVR0jBBgwFoAUlDD0VHiWuqfVlBtmnG/72dQcHGQwDwYD
VR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiBZM9oFyHB6mDW8qUveDnqp
IZE3a2PxHx5uW7Zk9n9MwwIhAMQyGGzbiC/g6BL4621T/Imqccjw86dAMa29IL+B
0STb
-----END CERTIFICATE-----`;

/**
 * The sandbox's two custom key stores, so their pages have something to describe, connect, update and
 * delete: an AWS CloudHSM key store, CONNECTED, holding one example key, and an external key store,
 * DISCONNECTED and empty.
 */
export function exampleKeyStores(createdAt: number): CustomKeyStoreRecord[] {
  return [
    {
      CustomKeyStoreId: EXAMPLE_CLOUDHSM_KEY_STORE_ID,
      AWSAccountId: SANDBOX_ACCOUNT,
      CustomKeyStoreName: 'ExampleCloudHsmKeyStore',
      CustomKeyStoreType: 'AWS_CLOUDHSM',
      ConnectionState: 'CONNECTED',
      CreationDate: createdAt,
      CloudHsmClusterId: 'cluster-234abcdefgh',
      TrustAnchorCertificate: EXAMPLE_TRUST_ANCHOR,
    },
    {
      CustomKeyStoreId: EXAMPLE_EXTERNAL_KEY_STORE_ID,
      AWSAccountId: SANDBOX_ACCOUNT,
      CustomKeyStoreName: 'ExampleExternalKeyStore',
      CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
      ConnectionState: 'DISCONNECTED',
      CreationDate: createdAt,
      XksProxy: {
        Connectivity: 'PUBLIC_ENDPOINT',
        AccessKeyId: 'QKMSEXAMPLEXKSPROXY2',
        UriEndpoint: 'https://xks.example.com',
        UriPath: '/kms/xks/v1',
      },
    },
  ];
}
