import { CustomKeyStoreNotFoundException, DescribeCustomKeyStoresCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { CLOUDHSM_KEY_STORE_ID, EXTERNAL_KEY_STORE_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('DescribeCustomKeyStores through the AWS SDK', () => {
  it('lists both example stores and pages through them with Limit and Marker', async () => {
    const first = await server.kms.send(new DescribeCustomKeyStoresCommand({ Limit: 1 }));
    expect(first.CustomKeyStores?.map((entry) => entry.CustomKeyStoreId)).toEqual([CLOUDHSM_KEY_STORE_ID]);
    expect(first.Truncated).toBe(true);
    const second = await server.kms.send(new DescribeCustomKeyStoresCommand({ Limit: 1, Marker: first.NextMarker }));
    expect(second.CustomKeyStores?.[0]).toMatchObject({
      CustomKeyStoreId: EXTERNAL_KEY_STORE_ID,
      CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
      ConnectionState: 'DISCONNECTED',
      XksProxyConfiguration: { Connectivity: 'PUBLIC_ENDPOINT', UriEndpoint: 'https://xks.example.com' },
    });
    expect(second.Truncated).toBe(false);
  });

  it('raises CustomKeyStoreNotFoundException for a name no store has', async () => {
    await expectKmsError(server.kms.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreName: 'Nope' })), CustomKeyStoreNotFoundException, 400);
  });
});
