import { CreateGrantCommand, DisableKeyCommand, DisabledException, InvalidArnException } from '@aws-sdk/client-kms';
import { describe, it } from 'vitest';
import { EXAMPLE_KEY_ID, EXAMPLE_ROLE } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('CreateGrant through the AWS SDK', () => {
  it('raises InvalidArnException for a grantee that is not a principal ARN', async () => {
    await expectKmsError(
      server.kms.send(new CreateGrantCommand({ KeyId: EXAMPLE_KEY_ID, GranteePrincipal: 'notaprincipal', Operations: ['Decrypt'] })),
      InvalidArnException,
      400,
    );
  });

  it('raises DisabledException on a disabled key', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new DisableKeyCommand({ KeyId: keyId }));
    await expectKmsError(
      server.kms.send(new CreateGrantCommand({ KeyId: keyId, GranteePrincipal: EXAMPLE_ROLE, Operations: ['Decrypt'] })),
      DisabledException,
      400,
    );
  });
});
