import { CustomKeyStoreInvalidStateException, DescribeCustomKeyStoresCommand, UpdateCustomKeyStoreCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { CLOUDHSM_KEY_STORE_ID, EXTERNAL_KEY_STORE_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('UpdateCustomKeyStore through the AWS SDK', () => {
  it('renames the disconnected external key store and changes its proxy credential', async () => {
    await server.kms.send(
      new UpdateCustomKeyStoreCommand({
        CustomKeyStoreId: EXTERNAL_KEY_STORE_ID,
        NewCustomKeyStoreName: 'SdkRenamed',
        XksProxyAuthenticationCredential: { AccessKeyId: 'ZYXWVUTSRQPONMLKJIHG', RawSecretAccessKey: 'S'.repeat(43) },
      }),
    );
    const { CustomKeyStores } = await server.kms.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreId: EXTERNAL_KEY_STORE_ID }));
    expect(CustomKeyStores?.[0]).toMatchObject({ CustomKeyStoreName: 'SdkRenamed', XksProxyConfiguration: { AccessKeyId: 'ZYXWVUTSRQPONMLKJIHG' } });
  });

  it('raises CustomKeyStoreInvalidStateException for a connected AWS CloudHSM key store', async () => {
    await expectKmsError(
      server.kms.send(new UpdateCustomKeyStoreCommand({ CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID, KeyStorePassword: 'new-password' })),
      CustomKeyStoreInvalidStateException,
      400,
    );
  });
});
