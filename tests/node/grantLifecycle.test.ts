import {
  CreateGrantCommand,
  EncryptCommand,
  InvalidGrantTokenException,
  ListGrantsCommand,
  RevokeGrantCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ROLE, keyArn } from '../support/sandbox';
import { expectKmsError } from './support/expectKmsError';
import { useSandboxServer } from './support/sandboxServer';
import { bytes, newSymmetricKey } from './support/sdkHelpers';

/* A grant from CreateGrant through ListGrants to RevokeGrant, after which its token is refused. */

const server = useSandboxServer();

describe('grant lifecycle through the AWS SDK', () => {
  it('creates a grant that ListGrants shows, and revoking it removes it', async () => {
    const keyId = await newSymmetricKey(server.kms);
    const created = await server.kms.send(
      new CreateGrantCommand({ KeyId: keyId, GranteePrincipal: EXAMPLE_ROLE, Operations: ['Encrypt', 'Decrypt'], Name: 'node-suite' }),
    );
    expect(created.GrantId).toMatch(/^[0-9a-f]{64}$/);
    expect(created.GrantToken!.length).toBeGreaterThan(0);

    const listed = await server.kms.send(new ListGrantsCommand({ KeyId: keyId }));
    expect(listed.Grants).toEqual([
      expect.objectContaining({
        GrantId: created.GrantId,
        KeyId: keyArn(keyId),
        GranteePrincipal: EXAMPLE_ROLE,
        Operations: ['Encrypt', 'Decrypt'],
        Name: 'node-suite',
      }),
    ]);

    await server.kms.send(new RevokeGrantCommand({ KeyId: keyId, GrantId: created.GrantId }));
    expect((await server.kms.send(new ListGrantsCommand({ KeyId: keyId }))).Grants).toEqual([]);
    await expectKmsError(
      server.kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: bytes('x'), GrantTokens: [created.GrantToken!] })),
      InvalidGrantTokenException,
      400,
    );
  });
});
