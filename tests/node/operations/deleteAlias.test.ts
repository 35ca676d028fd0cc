import { CreateAliasCommand, DeleteAliasCommand, DescribeKeyCommand, NotFoundException } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('DeleteAlias through the AWS SDK', () => {
  it('deletes an alias, after which the name resolves to nothing but the key remains', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new CreateAliasCommand({ AliasName: 'alias/sdk-temporary', TargetKeyId: keyId }));
    await server.kms.send(new DeleteAliasCommand({ AliasName: 'alias/sdk-temporary' }));
    await expectKmsError(server.kms.send(new DescribeKeyCommand({ KeyId: 'alias/sdk-temporary' })), NotFoundException, 400);
    const { KeyMetadata } = await server.kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    expect(KeyMetadata?.KeyState).toBe('Enabled');
  });

  it('raises NotFoundException for an alias that does not exist and ValidationException for a name without alias/', async () => {
    await expectKmsError(server.kms.send(new DeleteAliasCommand({ AliasName: 'alias/sdk-never' })), NotFoundException, 400);
    await expectKmsError(server.kms.send(new DeleteAliasCommand({ AliasName: 'sdk-never' })), 'ValidationException', 400);
  });
});
