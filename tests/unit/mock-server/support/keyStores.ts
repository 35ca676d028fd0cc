import type { Qkms } from '../../../../mock-server';
import { call } from './call';

import { EXAMPLE_TRUST_ANCHOR } from '../../../../mock-server/sandbox/exampleKeyStores';

/** A self-signed certificate made for the docs (the seed's trust anchor). */
const TRUST_ANCHOR_TEXT = EXAMPLE_TRUST_ANCHOR;

export const XKS_CREDENTIAL = { AccessKeyId: 'ABCDEFGHIJKLMNOPQRST', RawSecretAccessKey: 'K'.repeat(43) };

/** CreateCustomKeyStore's members for an AWS CloudHSM key store named `name`. */
export function cloudHsmStore(name: string, cluster = 'cluster-abcdefghijk'): Record<string, unknown> {
  return { CustomKeyStoreName: name, CloudHsmClusterId: cluster, TrustAnchorCertificate: TRUST_ANCHOR_TEXT, KeyStorePassword: 'kmsuser-password' };
}

/** CreateCustomKeyStore's members for an external key store with a public proxy endpoint. */
export function externalStore(name: string, endpoint = 'https://proxy.example.org'): Record<string, unknown> {
  return {
    CustomKeyStoreName: name,
    CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
    XksProxyConnectivity: 'PUBLIC_ENDPOINT',
    XksProxyUriEndpoint: endpoint,
    XksProxyUriPath: '/kms/xks/v1',
    XksProxyAuthenticationCredential: XKS_CREDENTIAL,
  };
}

/** Creates a store (and connects it when asked), failing loudly when QKMS refuses. */
export async function createStore(qkms: Qkms, body: Record<string, unknown>, connect = false): Promise<string> {
  const reply = await call(qkms, 'CreateCustomKeyStore', body);
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
  const id = String(reply.body.CustomKeyStoreId);
  if (connect) await call(qkms, 'ConnectCustomKeyStore', { CustomKeyStoreId: id });
  return id;
}

/** The DescribeCustomKeyStores entry of one store. */
export async function describeStore(qkms: Qkms, id: string): Promise<Record<string, unknown>> {
  const reply = await call(qkms, 'DescribeCustomKeyStores', { CustomKeyStoreId: id });
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
  return (reply.body.CustomKeyStores as Record<string, unknown>[])[0];
}
