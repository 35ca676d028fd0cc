import type { XksProxyConnectivityType } from '../../spec';
import type { XksProxyAuthenticationCredentialType } from '../../spec/structures/xksProxyAuthenticationCredentialType';
import type { XksProxySettings } from '../../store/records/CustomKeyStoreRecord';
import { validation } from '../../wire/errors';

/** The proxy members of CreateCustomKeyStore and UpdateCustomKeyStore. */
export interface XksProxyMembers {
  readonly XksProxyUriEndpoint?: string;
  readonly XksProxyUriPath?: string;
  readonly XksProxyVpcEndpointServiceName?: string;
  readonly XksProxyVpcEndpointServiceOwner?: string;
  readonly XksProxyAuthenticationCredential?: XksProxyAuthenticationCredentialType;
  readonly XksProxyConnectivity?: XksProxyConnectivityType;
}

/**
 * An external key store's proxy settings after a request: the request's members over the current
 * settings (none on create), complete, and consistent with the connectivity — a VPC endpoint service
 * for VPC_ENDPOINT_SERVICE, none for PUBLIC_ENDPOINT. The secret access key is checked by the model's
 * pattern and then dropped: there is no proxy to present it to.
 */
export function xksProxySettings(members: XksProxyMembers, current?: XksProxySettings): XksProxySettings {
  const Connectivity = members.XksProxyConnectivity ?? current?.Connectivity;
  const UriEndpoint = members.XksProxyUriEndpoint ?? current?.UriEndpoint;
  const UriPath = members.XksProxyUriPath ?? current?.UriPath;
  const AccessKeyId = members.XksProxyAuthenticationCredential?.AccessKeyId ?? current?.AccessKeyId;
  const missing = [
    Connectivity === undefined ? 'XksProxyConnectivity' : undefined,
    UriEndpoint === undefined ? 'XksProxyUriEndpoint' : undefined,
    UriPath === undefined ? 'XksProxyUriPath' : undefined,
    AccessKeyId === undefined ? 'XksProxyAuthenticationCredential' : undefined,
  ].filter((name) => name !== undefined);
  if (Connectivity === undefined || UriEndpoint === undefined || UriPath === undefined || AccessKeyId === undefined) {
    throw validation(`An EXTERNAL_KEY_STORE key store needs ${missing.join(', ')}.`);
  }
  if (Connectivity === 'PUBLIC_ENDPOINT') {
    if (members.XksProxyVpcEndpointServiceName !== undefined || members.XksProxyVpcEndpointServiceOwner !== undefined) {
      throw validation(
        'XksProxyVpcEndpointServiceName and XksProxyVpcEndpointServiceOwner apply only to XksProxyConnectivity VPC_ENDPOINT_SERVICE, not PUBLIC_ENDPOINT.',
      );
    }
    return { Connectivity, AccessKeyId, UriEndpoint, UriPath };
  }
  const VpcEndpointServiceName = members.XksProxyVpcEndpointServiceName ?? current?.VpcEndpointServiceName;
  if (VpcEndpointServiceName === undefined) {
    throw validation('XksProxyConnectivity VPC_ENDPOINT_SERVICE needs XksProxyVpcEndpointServiceName.');
  }
  const VpcEndpointServiceOwner = members.XksProxyVpcEndpointServiceOwner ?? current?.VpcEndpointServiceOwner;
  return { Connectivity, AccessKeyId, UriEndpoint, UriPath, VpcEndpointServiceName, VpcEndpointServiceOwner };
}
