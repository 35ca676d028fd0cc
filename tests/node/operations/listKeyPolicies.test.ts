import { ListKeyPoliciesCommand, NotFoundException } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('ListKeyPolicies through the AWS SDK', () => {
  it('lists the one key policy, default, on one page', async () => {
    const reply = await server.kms.send(new ListKeyPoliciesCommand({ KeyId: EXAMPLE_KEY_ID, Limit: 10 }));
    expect(reply).toMatchObject({ PolicyNames: ['default'], Truncated: false });
    expect(reply.NextMarker).toBeUndefined();
  });

  it('rejects an unknown key with NotFoundException', async () => {
    await expectKmsError(
      server.kms.send(new ListKeyPoliciesCommand({ KeyId: '00000000-0000-4000-8000-000000000000' })),
      NotFoundException,
      400,
    );
  });
});
