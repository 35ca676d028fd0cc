import { ConnectCustomKeyStoreCommand, CustomKeyStoreNotFoundException, DescribeCustomKeyStoresCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_KEY_STORE_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('ConnectCustomKeyStore through the AWS SDK', () => {
  it('connects the disconnected example external key store', async () => {
    await server.kms.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId: EXTERNAL_KEY_STORE_ID }));
    const { CustomKeyStores } = await server.kms.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreId: EXTERNAL_KEY_STORE_ID }));
    expect(CustomKeyStores?.[0].ConnectionState).toBe('CONNECTED');
  });

  it('raises CustomKeyStoreNotFoundException for an unknown store', async () => {
    await expectKmsError(
      server.kms.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId: 'cks-00000000000000000' })),
      CustomKeyStoreNotFoundException,
      400,
    );
  });
});
