import type { CustomKeyStoreType } from '../../spec';
import type { XksProxySettings } from '../../store/records/CustomKeyStoreRecord';

/** What a store's type-specific members say, as CreateCustomKeyStore and UpdateCustomKeyStore store them. */
export interface KeyStoreSettings {
  readonly CustomKeyStoreType: CustomKeyStoreType;
  readonly CloudHsmClusterId?: string;
  readonly TrustAnchorCertificate?: string;
  readonly XksProxy?: XksProxySettings;
}

/** The members that belong to each store type; a request may not mix them. */
export const cloudHsmMembers = ['CloudHsmClusterId', 'TrustAnchorCertificate', 'KeyStorePassword'] as const;
export const xksMembers = [
  'XksProxyUriEndpoint',
  'XksProxyUriPath',
  'XksProxyVpcEndpointServiceName',
  'XksProxyVpcEndpointServiceOwner',
  'XksProxyAuthenticationCredential',
  'XksProxyConnectivity',
] as const;
