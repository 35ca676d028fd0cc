import type { CustomKeyStoresListEntryOutput } from '../../spec';
import type { CustomKeyStoreRecord } from '../../store/records/CustomKeyStoreRecord';
import { epochSeconds } from '../paging/epochSeconds';

/** One entry of DescribeCustomKeyStores: every member the model has, each set only for its store type. */
export function customKeyStoreEntry(keyStore: CustomKeyStoreRecord): CustomKeyStoresListEntryOutput {
  const proxy = keyStore.XksProxy;
  return {
    CustomKeyStoreId: keyStore.CustomKeyStoreId,
    CustomKeyStoreName: keyStore.CustomKeyStoreName,
    CloudHsmClusterId: keyStore.CloudHsmClusterId,
    TrustAnchorCertificate: keyStore.TrustAnchorCertificate,
    ConnectionState: keyStore.ConnectionState,
    // AWS reports an error code only for a store whose connection FAILED.
    ConnectionErrorCode: keyStore.ConnectionState === 'FAILED' ? keyStore.ConnectionErrorCode : undefined,
    CreationDate: epochSeconds(keyStore.CreationDate),
    CustomKeyStoreType: keyStore.CustomKeyStoreType,
    XksProxyConfiguration:
      proxy === undefined
        ? undefined
        : {
            Connectivity: proxy.Connectivity,
            AccessKeyId: proxy.AccessKeyId,
            UriEndpoint: proxy.UriEndpoint,
            UriPath: proxy.UriPath,
            VpcEndpointServiceName: proxy.VpcEndpointServiceName,
            VpcEndpointServiceOwner: proxy.VpcEndpointServiceOwner,
          },
  };
}
