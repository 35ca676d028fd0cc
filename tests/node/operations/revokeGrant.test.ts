import { CreateGrantCommand, ListGrantsCommand, NotFoundException, RevokeGrantCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ROLE } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('RevokeGrant through the AWS SDK', () => {
  it('revokes a grant, which ListGrants then no longer lists, and answers NotFoundException for it again', async () => {
    const keyId = await newSymmetricKey(server.kms);
    const { GrantId } = await server.kms.send(new CreateGrantCommand({ KeyId: keyId, GranteePrincipal: EXAMPLE_ROLE, Operations: ['Decrypt'] }));
    await server.kms.send(new RevokeGrantCommand({ KeyId: keyId, GrantId }));
    const { Grants } = await server.kms.send(new ListGrantsCommand({ KeyId: keyId }));
    expect(Grants).toEqual([]);
    await expectKmsError(server.kms.send(new RevokeGrantCommand({ KeyId: keyId, GrantId })), NotFoundException, 400);
  });
});
