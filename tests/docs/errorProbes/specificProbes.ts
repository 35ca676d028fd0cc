import type { OperationName } from '../../../mock-server/index';
import { ALIASES_PER_KEY } from '../../../mock-server/model/aliases/aliasesPerKey';
import { TAGS_PER_KEY } from '../../../mock-server/model/tags/checkTags';
import { ON_DEMAND_ROTATION_LIMIT } from '../../../mock-server/operations/rotateKeyOnDemand';
import type { ExampleRequest } from '../../../scripts/examples/docExamples';
import { kmsCall } from '../../support/kmsRequest';
import { CLOUDHSM_KEY_STORE_ID, EXAMPLE_KEY_ID, EXTERNAL_KEY_STORE_ID, keyArn, SECOND_KEY_ID, SEEDED_GRANT_ID } from '../../support/sandbox';
import type { Probe } from './Probe';

const times = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));
const scheduleDeletion = (keyId: string): ExampleRequest => kmsCall('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
const aliasesOn = (keyId: string, count: number): ExampleRequest[] =>
  times(count, (index) => kmsCall('CreateAlias', { AliasName: `alias/probe-${index}`, TargetKeyId: keyId }));
/** The first example key starts with two tags (the seed). */
const SEEDED_TAGS = 2;

/* Custom key stores: the seeded AWS CloudHSM store uses cluster-234abcdefgh; the seeded external one
   https://xks.example.com/kms/xks/v1 over the public endpoint. */
const SEEDED_CLUSTER = 'cluster-234abcdefgh';
const SEEDED_PROXY = 'https://xks.example.com';
const PROXY_PATH = '/kms/xks/v1';
const VPC_SERVICE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';
const credential = { AccessKeyId: 'ABCDEFGHIJKLMNOPQRST', RawSecretAccessKey: 'ExampleSecretAccessKeyOfTheProxyDoNotUseIt00=' };
/** A PEM certificate the trust anchor check takes (the one on the CreateCustomKeyStore page). */
const TRUST_ANCHOR = [
  '-----BEGIN CERTIFICATE-----',
  'MIIBrzCCAVWgAwIBAgIUOnNMhKRJKXhReaPgSL5mYJ8IspMwCgYIKoZIzj0EAwIw',
  'LTErMCkGA1UEAwwiUUtNUyBleGFtcGxlIENsb3VkSFNNIHRydXN0IGFuY2hvcjAe',
  'Fw0yNjExMzAyMzE3MzZaFw0zNjExMjcyMzE3MzZaMC0xKzApBgNVBAMMIlFLTVMg',
  'ZXhhbXBsZSBDbG91ZEhTTSB0cnVzdCBhbmNob3IwWTATBgcqhkjOPQIBBggqhkjO',
  'PQMBBwNCAARPweKPTHTQT0MsTvf8/dV0F32RDjEiiXQXQB0iFt2GK8Ltj9A6TgYN',
  '5q5Zr3FOMuDGmTI3EiIcrneoLrdB1Rs/o1MwUTAdBgNVHQ4EFgQUlDD0VHiWuqfV',
  'lBtmnG/72dQcHGQwHwYDVR0jBBgwFoAUlDD0VHiWuqfVlBtmnG/72dQcHGQwDwYD',
  'VR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiBZM9oFyHB6mDW8qUveDnqp',
  'IZE3a2PxHx5uW7Zk9n9MwwIhAMQyGGzbiC/g6BL4621T/Imqccjw86dAMa29IL+B',
  '0STb',
  '-----END CERTIFICATE-----',
].join('\n');
const cloudHsmStore = (name: string, cluster: string, anchor = TRUST_ANCHOR): ExampleRequest =>
  kmsCall('CreateCustomKeyStore', { CustomKeyStoreName: name, CloudHsmClusterId: cluster, TrustAnchorCertificate: anchor, KeyStorePassword: 'kmsPassword' });
const publicProxyStore = (name: string, endpoint: string, path = PROXY_PATH): ExampleRequest =>
  kmsCall('CreateCustomKeyStore', {
    CustomKeyStoreName: name,
    CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
    XksProxyConnectivity: 'PUBLIC_ENDPOINT',
    XksProxyUriEndpoint: endpoint,
    XksProxyUriPath: path,
    XksProxyAuthenticationCredential: credential,
  });
const vpcProxyStore = (name: string, endpoint: string, service = VPC_SERVICE, path = PROXY_PATH): ExampleRequest =>
  kmsCall('CreateCustomKeyStore', {
    CustomKeyStoreName: name,
    CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
    XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE',
    XksProxyUriEndpoint: endpoint,
    XksProxyUriPath: path,
    XksProxyVpcEndpointServiceName: service,
    XksProxyAuthenticationCredential: credential,
  });
/** An account holds at most ten custom key stores; the seed has two. */
const MORE_STORES_ALLOWED = 8;
const externalKeyIn = (xksKeyId: string): ExampleRequest =>
  kmsCall('CreateKey', { Origin: 'EXTERNAL_KEY_STORE', CustomKeyStoreId: EXTERNAL_KEY_STORE_ID, XksKeyId: xksKeyId });

/** Probes for the errors no generic probe reaches: keys that hit a limit, requests a rule refuses… */
export const specificProbes: Partial<Record<OperationName, readonly Probe[]>> = {
  CreateAlias: [
    {
      why: 'the target key is pending deletion',
      setup: [scheduleDeletion(SECOND_KEY_ID)],
      request: kmsCall('CreateAlias', { AliasName: 'alias/probe', TargetKeyId: SECOND_KEY_ID }),
    },
    {
      why: 'the target key already has the most aliases a key may have',
      setup: aliasesOn(SECOND_KEY_ID, ALIASES_PER_KEY),
      request: kmsCall('CreateAlias', { AliasName: 'alias/one-too-many', TargetKeyId: SECOND_KEY_ID }),
    },
  ],
  UpdateAlias: [
    {
      why: 'the new target key is pending deletion',
      setup: [kmsCall('CreateAlias', { AliasName: 'alias/probe', TargetKeyId: EXAMPLE_KEY_ID }), scheduleDeletion(SECOND_KEY_ID)],
      request: kmsCall('UpdateAlias', { AliasName: 'alias/probe', TargetKeyId: SECOND_KEY_ID }),
    },
    {
      why: 'the new target key already has the most aliases a key may have',
      setup: [kmsCall('CreateAlias', { AliasName: 'alias/moving', TargetKeyId: EXAMPLE_KEY_ID }), ...aliasesOn(SECOND_KEY_ID, ALIASES_PER_KEY)],
      request: kmsCall('UpdateAlias', { AliasName: 'alias/moving', TargetKeyId: SECOND_KEY_ID }),
    },
  ],
  CreateKey: [
    { why: 'the key store does not exist', setup: [], request: kmsCall('CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: 'cks-00000000000000000' }) },
    { why: 'the key store is disconnected', setup: [], request: externalKeyIn('probe-key') },
    {
      why: 'the external key already backs another key of the store',
      setup: [kmsCall('ConnectCustomKeyStore', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID }), externalKeyIn('probe-key')],
      request: externalKeyIn('probe-key'),
    },
    { why: 'the policy is not a policy document', setup: [], request: kmsCall('CreateKey', { Policy: 'not a policy' }) },
    { why: 'a tag key uses the reserved aws: prefix', setup: [], request: kmsCall('CreateKey', { Tags: [{ TagKey: 'aws:team', TagValue: 'x' }] }) },
    { why: 'the key spec is SM2', setup: [], request: kmsCall('CreateKey', { KeySpec: 'SM2', KeyUsage: 'SIGN_VERIFY' }) },
  ],
  GenerateDataKeyPairWithoutPlaintext: [
    {
      why: 'the key pair spec is SM2',
      setup: [],
      request: kmsCall('GenerateDataKeyPairWithoutPlaintext', { KeyId: EXAMPLE_KEY_ID, KeyPairSpec: 'SM2' }),
    },
  ],
  RotateKeyOnDemand: [
    {
      why: 'the key has been rotated on demand as often as a key may be',
      setup: times(ON_DEMAND_ROTATION_LIMIT, () => kmsCall('RotateKeyOnDemand', { KeyId: SECOND_KEY_ID })),
      request: kmsCall('RotateKeyOnDemand', { KeyId: SECOND_KEY_ID }),
    },
  ],
  TagResource: [
    {
      why: 'the key is pending deletion',
      setup: [scheduleDeletion(EXAMPLE_KEY_ID)],
      request: kmsCall('TagResource', { KeyId: EXAMPLE_KEY_ID, Tags: [{ TagKey: 'Team', TagValue: 'docs' }] }),
    },
    {
      why: 'the tags would exceed the most a key may have',
      setup: [],
      request: kmsCall('TagResource', {
        KeyId: EXAMPLE_KEY_ID,
        Tags: times(TAGS_PER_KEY - SEEDED_TAGS + 1, (index) => ({ TagKey: `probe-${index}`, TagValue: 'x' })),
      }),
    },
  ],
  RetireGrant: [
    {
      why: 'KeyId is a malformed ARN',
      setup: [],
      request: kmsCall('RetireGrant', { KeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', GrantId: SEEDED_GRANT_ID }),
    },
    { why: 'GrantId is malformed', setup: [], request: kmsCall('RetireGrant', { KeyId: keyArn(EXAMPLE_KEY_ID), GrantId: 'not-a-grant-id' }) },
    { why: 'no grant has the GrantId', setup: [], request: kmsCall('RetireGrant', { KeyId: keyArn(EXAMPLE_KEY_ID), GrantId: '0'.repeat(64) }) },
  ],
  RevokeGrant: [{ why: 'GrantId is malformed', setup: [], request: kmsCall('RevokeGrant', { KeyId: EXAMPLE_KEY_ID, GrantId: 'not-a-grant-id' }) }],
  GenerateRandom: [
    {
      why: 'the AWS CloudHSM key store is disconnected',
      setup: [kmsCall('DisconnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID })],
      request: kmsCall('GenerateRandom', { NumberOfBytes: 32, CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID }),
    },
  ],
  CreateCustomKeyStore: [
    { why: 'the CloudHSM cluster backs another key store', setup: [], request: cloudHsmStore('Probe', SEEDED_CLUSTER) },
    { why: 'the trust anchor is not a certificate', setup: [], request: cloudHsmStore('Probe', 'cluster-7abcdefghjk', 'not a certificate') },
    {
      why: 'the account already has the most key stores it may have',
      setup: times(MORE_STORES_ALLOWED, (index) => publicProxyStore(`Probe${index}`, `https://proxy${index}.example.com`)),
      request: publicProxyStore('OneTooMany', 'https://one-too-many.example.com'),
    },
    { why: 'another store uses the proxy URI', setup: [], request: publicProxyStore('Probe', SEEDED_PROXY) },
    {
      why: 'another store uses the proxy endpoint, and the new one connects through a VPC endpoint service',
      setup: [],
      request: vpcProxyStore('Probe', SEEDED_PROXY, VPC_SERVICE, '/other/kms/xks/v1'),
    },
    {
      why: 'another store uses the VPC endpoint service',
      setup: [vpcProxyStore('First', 'https://first.example.com')],
      request: vpcProxyStore('Second', 'https://second.example.com'),
    },
  ],
  UpdateCustomKeyStore: [
    {
      why: 'the new cluster backs another key store',
      setup: [cloudHsmStore('Other', 'cluster-7abcdefghjk'), kmsCall('DisconnectCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID })],
      request: kmsCall('UpdateCustomKeyStore', { CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID, CloudHsmClusterId: 'cluster-7abcdefghjk' }),
    },
    {
      why: 'another store uses the new proxy URI',
      setup: [publicProxyStore('Other', 'https://other.example.com')],
      request: kmsCall('UpdateCustomKeyStore', { CustomKeyStoreId: EXTERNAL_KEY_STORE_ID, XksProxyUriEndpoint: 'https://other.example.com' }),
    },
    {
      why: 'another store connects to the new proxy endpoint through a VPC endpoint service',
      setup: [vpcProxyStore('Other', 'https://other.example.com')],
      request: kmsCall('UpdateCustomKeyStore', {
        CustomKeyStoreId: EXTERNAL_KEY_STORE_ID,
        XksProxyUriEndpoint: 'https://other.example.com',
        XksProxyUriPath: '/another/kms/xks/v1',
      }),
    },
    {
      why: 'another store uses the new VPC endpoint service',
      setup: [vpcProxyStore('Other', 'https://other.example.com')],
      request: kmsCall('UpdateCustomKeyStore', {
        CustomKeyStoreId: EXTERNAL_KEY_STORE_ID,
        XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE',
        XksProxyUriEndpoint: 'https://mine.example.com',
        XksProxyVpcEndpointServiceName: VPC_SERVICE,
      }),
    },
  ],
};
