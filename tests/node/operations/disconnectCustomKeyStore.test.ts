import {
  CustomKeyStoreInvalidStateException,
  DescribeKeyCommand,
  DisconnectCustomKeyStoreCommand,
  EncryptCommand,
  KeyUnavailableException,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { CLOUDHSM_KEY_ID, CLOUDHSM_KEY_STORE_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('DisconnectCustomKeyStore through the AWS SDK', () => {
  it('disconnects the example AWS CloudHSM key store, whose key becomes Unavailable and raises KeyUnavailableException', async () => {
    await server.kms.send(new DisconnectCustomKeyStoreCommand({ CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID }));
    const { KeyMetadata } = await server.kms.send(new DescribeKeyCommand({ KeyId: CLOUDHSM_KEY_ID }));
    expect(KeyMetadata).toMatchObject({ KeyState: 'Unavailable', CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID, Origin: 'AWS_CLOUDHSM' });
    await expectKmsError(
      server.kms.send(new EncryptCommand({ KeyId: CLOUDHSM_KEY_ID, Plaintext: new TextEncoder().encode('x') })),
      KeyUnavailableException,
      500,
    );
  });

  it('raises CustomKeyStoreInvalidStateException when the store is already disconnected', async () => {
    await expectKmsError(
      server.kms.send(new DisconnectCustomKeyStoreCommand({ CustomKeyStoreId: CLOUDHSM_KEY_STORE_ID })),
      CustomKeyStoreInvalidStateException,
      400,
    );
  });
});
