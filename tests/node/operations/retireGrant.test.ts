import { CreateGrantCommand, ListGrantsCommand, RetireGrantCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ROLE, keyArn } from '../../support/sandbox';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('RetireGrant through the AWS SDK', () => {
  it('retires a grant by its grant token', async () => {
    const keyId = await newSymmetricKey(server.kms);
    const created = await server.kms.send(
      new CreateGrantCommand({ KeyId: keyId, GranteePrincipal: EXAMPLE_ROLE, Operations: ['Decrypt'] }),
    );
    await server.kms.send(new RetireGrantCommand({ GrantToken: created.GrantToken }));
    expect((await server.kms.send(new ListGrantsCommand({ KeyId: keyId }))).Grants).toEqual([]);
  });

  it('retires a grant by key id and grant id', async () => {
    const keyId = await newSymmetricKey(server.kms);
    const created = await server.kms.send(
      new CreateGrantCommand({ KeyId: keyId, GranteePrincipal: EXAMPLE_ROLE, Operations: ['Decrypt'] }),
    );
    await server.kms.send(new RetireGrantCommand({ KeyId: keyArn(keyId), GrantId: created.GrantId }));
    expect((await server.kms.send(new ListGrantsCommand({ KeyId: keyId }))).Grants).toEqual([]);
  });
});
