import {
  CustomKeyStoreHasCMKsException,
  CustomKeyStoreInvalidStateException,
  CustomKeyStoreNotFoundException,
  DeleteCustomKeyStoreCommand,
  DescribeCustomKeyStoresCommand,
  DisconnectCustomKeyStoreCommand,
} from '@aws-sdk/client-kms';
import { describe, it } from 'vitest';
import { CLOUDHSM_KEY_STORE_ID, EXTERNAL_KEY_STORE_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('DeleteCustomKeyStore through the AWS SDK', () => {
  it('deletes the empty, disconnected example external key store', async () => {
    await server.kms.send(new DeleteCustomKeyStoreCommand({ CustomKeyStoreId: EXTERNAL_KEY_STORE_ID }));
    await expectKmsError(
      server.kms.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreId: EXTERNAL_KEY_STORE_ID })),
      CustomKeyStoreNotFoundException,
      400,
    );
  });

  it('raises CustomKeyStoreInvalidStateException while connected and CustomKeyStoreHasCMKsException while it holds a key', async () => {
    const request = new DeleteCustomKeyStoreCommand({ CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID });
    await expectKmsError(server.kms.send(request), CustomKeyStoreInvalidStateException, 400);
    await server.kms.send(new DisconnectCustomKeyStoreCommand({ CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID }));
    await expectKmsError(server.kms.send(request), CustomKeyStoreHasCMKsException, 400);
  });
});
