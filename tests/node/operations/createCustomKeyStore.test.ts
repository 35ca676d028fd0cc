import {
  CloudHsmClusterInUseException,
  CreateCustomKeyStoreCommand,
  CustomKeyStoreNameInUseException,
  DescribeCustomKeyStoresCommand,
  IncorrectTrustAnchorException,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_TRUST_ANCHOR } from '../../../mock-server/sandbox/exampleKeyStores';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('CreateCustomKeyStore through the AWS SDK', () => {
  it('creates a disconnected AWS CloudHSM key store that DescribeCustomKeyStores reports with a Date', async () => {
    const { CustomKeyStoreId } = await server.kms.send(
      new CreateCustomKeyStoreCommand({
        CustomKeyStoreName: 'SdkVault',
        CloudHsmClusterId: 'cluster-sdkabcdefgh',
        TrustAnchorCertificate: EXAMPLE_TRUST_ANCHOR,
        KeyStorePassword: 'kmsuser-password',
      }),
    );
    expect(CustomKeyStoreId).toMatch(/^cks-[0-9a-f]{17}$/);
    const { CustomKeyStores } = await server.kms.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreId }));
    expect(CustomKeyStores?.[0]).toMatchObject({ CustomKeyStoreName: 'SdkVault', ConnectionState: 'DISCONNECTED', CreationDate: expect.any(Date) });
  });

  it('creates an external key store with a VPC endpoint service', async () => {
    const { CustomKeyStoreId } = await server.kms.send(
      new CreateCustomKeyStoreCommand({
        CustomKeyStoreName: 'SdkExternal',
        CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
        XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE',
        XksProxyUriEndpoint: 'https://sdk-proxy.example.org',
        XksProxyUriPath: '/kms/xks/v1',
        XksProxyVpcEndpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0',
        XksProxyAuthenticationCredential: { AccessKeyId: 'ABCDEFGHIJKLMNOPQRST', RawSecretAccessKey: 'K'.repeat(43) },
      }),
    );
    const { CustomKeyStores } = await server.kms.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreId }));
    expect(CustomKeyStores?.[0].XksProxyConfiguration).toEqual({
      Connectivity: 'VPC_ENDPOINT_SERVICE',
      AccessKeyId: 'ABCDEFGHIJKLMNOPQRST',
      UriEndpoint: 'https://sdk-proxy.example.org',
      UriPath: '/kms/xks/v1',
      VpcEndpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0',
    });
  });

  it('raises the modelled exceptions for a taken name, a taken cluster and a trust anchor that is not a certificate', async () => {
    const store = { CloudHsmClusterId: 'cluster-freeabcdefg', TrustAnchorCertificate: EXAMPLE_TRUST_ANCHOR, KeyStorePassword: 'kmsuser-password' };
    await expectKmsError(
      server.kms.send(new CreateCustomKeyStoreCommand({ ...store, CustomKeyStoreName: 'ExampleCloudHsmKeyStore' })),
      CustomKeyStoreNameInUseException,
      400,
    );
    await expectKmsError(
      server.kms.send(new CreateCustomKeyStoreCommand({ ...store, CustomKeyStoreName: 'Dup', CloudHsmClusterId: 'cluster-234abcdefgh' })),
      CloudHsmClusterInUseException,
      400,
    );
    await expectKmsError(
      server.kms.send(new CreateCustomKeyStoreCommand({ ...store, CustomKeyStoreName: 'Bad', TrustAnchorCertificate: 'nope' })),
      IncorrectTrustAnchorException,
      400,
    );
  });
});
