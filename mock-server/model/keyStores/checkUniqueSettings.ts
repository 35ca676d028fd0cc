import type { CustomKeyStoreRecord } from '../../store/records/CustomKeyStoreRecord';
import {
  cloudHsmClusterInUse,
  customKeyStoreNameInUse,
  xksProxyUriEndpointInUse,
  xksProxyUriInUse,
  xksProxyVpcEndpointServiceInUse,
} from '../../wire/errors';
import type { QkmsError } from '../../wire/QkmsError';
import type { KeyStoreSettings } from './keyStoreSettings';

/**
 * What must differ between the stores of an account, as KMS requires: the name, the CloudHSM cluster,
 * the proxy URI (endpoint and path), a public endpoint from any VPC store's endpoint (each VPC store
 * has its own private DNS name), and the VPC endpoint service. `others` excludes the store being changed.
 */
export function checkUniqueSettings(
  name: string,
  settings: KeyStoreSettings,
  others: readonly CustomKeyStoreRecord[],
  clusterInUse: (message: string) => QkmsError = cloudHsmClusterInUse,
): void {
  const sameName = others.find((other) => other.CustomKeyStoreName === name);
  if (sameName) throw customKeyStoreNameInUse(`Custom key store name ${name} is already used by ${sameName.CustomKeyStoreId} in this account.`);
  const cluster = settings.CloudHsmClusterId;
  const sameCluster = cluster === undefined ? undefined : others.find((other) => other.CloudHsmClusterId === cluster);
  if (sameCluster) throw clusterInUse(`AWS CloudHSM cluster ${cluster} is already associated with custom key store ${sameCluster.CustomKeyStoreId}.`);
  const proxy = settings.XksProxy;
  if (proxy === undefined) return;
  for (const other of others) {
    const theirs = other.XksProxy;
    if (theirs === undefined) continue;
    if (theirs.UriEndpoint === proxy.UriEndpoint && theirs.UriPath === proxy.UriPath) {
      throw xksProxyUriInUse(`The proxy URI ${proxy.UriEndpoint}${proxy.UriPath} is already used by external key store ${other.CustomKeyStoreId}.`);
    }
    if (theirs.UriEndpoint === proxy.UriEndpoint && (theirs.Connectivity === 'VPC_ENDPOINT_SERVICE' || proxy.Connectivity === 'VPC_ENDPOINT_SERVICE')) {
      throw xksProxyUriEndpointInUse(
        `The proxy endpoint ${proxy.UriEndpoint} is already used by external key store ${other.CustomKeyStoreId}; a store with VPC_ENDPOINT_SERVICE connectivity needs an endpoint of its own.`,
      );
    }
    if (proxy.VpcEndpointServiceName !== undefined && theirs.VpcEndpointServiceName === proxy.VpcEndpointServiceName) {
      throw xksProxyVpcEndpointServiceInUse(
        `The VPC endpoint service ${proxy.VpcEndpointServiceName} is already associated with external key store ${other.CustomKeyStoreId}.`,
      );
    }
  }
}
