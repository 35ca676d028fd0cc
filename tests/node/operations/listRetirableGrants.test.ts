import { CreateGrantCommand, InvalidArnException, ListRetirableGrantsCommand, RetireGrantCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ROLE } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();
const RETIRER = 'arn:verenc:111122223333:role/NodeRetirer';

describe('ListRetirableGrants through the AWS SDK', () => {
  it('lists the grants a principal may retire, page by page, and drops a retired one', async () => {
    const keyId = await newSymmetricKey(server.kms);
    const ids: string[] = [];
    for (const operation of ['Encrypt', 'Decrypt', 'DescribeKey'] as const) {
      const { GrantId } = await server.kms.send(
        new CreateGrantCommand({ KeyId: keyId, GranteePrincipal: EXAMPLE_ROLE, RetiringPrincipal: RETIRER, Operations: [operation] }),
      );
      ids.push(GrantId!);
    }
    const first = await server.kms.send(new ListRetirableGrantsCommand({ RetiringPrincipal: RETIRER, Limit: 2 }));
    expect(first.Truncated).toBe(true);
    const rest = await server.kms.send(new ListRetirableGrantsCommand({ RetiringPrincipal: RETIRER, Limit: 2, Marker: first.NextMarker }));
    expect([...(first.Grants ?? []), ...(rest.Grants ?? [])].map((grant) => grant.GrantId)).toEqual(ids);
    await server.kms.send(new RetireGrantCommand({ KeyId: keyId, GrantId: ids[0] }));
    const after = await server.kms.send(new ListRetirableGrantsCommand({ RetiringPrincipal: RETIRER }));
    expect(after.Grants?.map((grant) => grant.GrantId)).toEqual(ids.slice(1));
  });

  it('answers InvalidArnException for a RetiringPrincipal that is not a principal ARN', async () => {
    await expectKmsError(server.kms.send(new ListRetirableGrantsCommand({ RetiringPrincipal: 'nobody' })), InvalidArnException, 400);
  });
});
