import { GetPublicKeyCommand, UnsupportedOperationException } from '@aws-sdk/client-kms';
import { describe, it } from 'vitest';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('GetPublicKey through the AWS SDK', () => {
  it('GetPublicKey answers UnsupportedOperationException for a symmetric key', async () => {
    await expectKmsError(server.kms.send(new GetPublicKeyCommand({ KeyId: EXAMPLE_KEY_ID })), UnsupportedOperationException, 400);
  });
});
