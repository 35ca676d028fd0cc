import type { ConnectionErrorCodeType, ConnectionStateType, CustomKeyStoreType, XksProxyConnectivityType } from '../../spec';

/** How an external key store reaches its proxy, as DescribeCustomKeyStores reports it (never the secret key). */
export interface XksProxySettings {
  readonly Connectivity: XksProxyConnectivityType;
  readonly AccessKeyId: string;
  readonly UriEndpoint: string;
  readonly UriPath: string;
  readonly VpcEndpointServiceName?: string;
  readonly VpcEndpointServiceOwner?: string;
}

/**
 * A custom key store as stored, under its CustomKeyStoreId. No HSM or proxy stands behind it: the
 * connection state is the sandbox's own (see docs/concepts/key-stores.mdx). Neither the CloudHSM
 * password nor the proxy's secret access key is kept, because nothing could check them.
 * CreationDate is epoch milliseconds.
 */
export interface CustomKeyStoreRecord {
  readonly CustomKeyStoreId: string;
  readonly AWSAccountId: string;
  readonly CustomKeyStoreName: string;
  readonly CustomKeyStoreType: CustomKeyStoreType;
  readonly ConnectionState: ConnectionStateType;
  readonly ConnectionErrorCode?: ConnectionErrorCodeType;
  readonly CreationDate: number;
  readonly CloudHsmClusterId?: string;
  readonly TrustAnchorCertificate?: string;
  readonly XksProxy?: XksProxySettings;
}
