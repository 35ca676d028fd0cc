import { CreateKeyCommand, GetKeyPolicyCommand, NotFoundException } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

describe('GetKeyPolicy through the AWS SDK', () => {
  it("returns the default key policy of a seeded key as KMS's default document", async () => {
    const { Policy, PolicyName } = await server.kms.send(new GetKeyPolicyCommand({ KeyId: EXAMPLE_KEY_ID, PolicyName: 'default' }));
    expect(PolicyName).toBe('default');
    expect(JSON.parse(Policy ?? '')).toEqual({
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: 'arn:verenc:111122223333:root' },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    });
  });

  it('returns the policy CreateKey was given, without a PolicyName', async () => {
    const Policy = JSON.stringify({
      Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'kms:*', Resource: '*' }],
    });
    const { KeyMetadata } = await server.kms.send(new CreateKeyCommand({ Policy }));
    const reply = await server.kms.send(new GetKeyPolicyCommand({ KeyId: KeyMetadata?.KeyId }));
    expect(reply.Policy).toBe(Policy);
  });

  it('rejects a PolicyName other than default with NotFoundException', async () => {
    await expectKmsError(server.kms.send(new GetKeyPolicyCommand({ KeyId: EXAMPLE_KEY_ID, PolicyName: 'other' })), NotFoundException, 400);
  });
});
