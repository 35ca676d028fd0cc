import {
  AlreadyExistsException,
  CreateAliasCommand,
  DescribeKeyCommand,
  InvalidAliasNameException,
  KMSInvalidStateException,
  LimitExceededException,
  ListAliasesCommand,
  NotFoundException,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_ID, keyArn } from '../../support/sandbox';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('CreateAlias through the AWS SDK', () => {
  it('creates an alias that DescribeKey resolves and ListAliases reports with dates', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new CreateAliasCommand({ AliasName: 'alias/sdk-created', TargetKeyId: keyArn(keyId) }));
    const { KeyMetadata } = await server.kms.send(new DescribeKeyCommand({ KeyId: 'alias/sdk-created' }));
    expect(KeyMetadata?.KeyId).toBe(keyId);
    const { Aliases } = await server.kms.send(new ListAliasesCommand({ KeyId: keyId }));
    expect(Aliases).toEqual([
      {
        AliasName: 'alias/sdk-created',
        AliasArn: 'arn:verenc:111122223333:alias/sdk-created',
        TargetKeyId: keyId,
        CreationDate: expect.any(Date),
        LastUpdatedDate: expect.any(Date),
      },
    ]);
  });

  it('raises AlreadyExistsException, InvalidAliasNameException and ValidationException for names it cannot take', async () => {
    await expectKmsError(server.kms.send(new CreateAliasCommand({ AliasName: 'alias/ExampleAlias', TargetKeyId: EXAMPLE_KEY_ID })), AlreadyExistsException, 400);
    await expectKmsError(server.kms.send(new CreateAliasCommand({ AliasName: 'alias/aws/s3', TargetKeyId: EXAMPLE_KEY_ID })), InvalidAliasNameException, 400);
    await expectKmsError(server.kms.send(new CreateAliasCommand({ AliasName: 'no-prefix', TargetKeyId: EXAMPLE_KEY_ID })), 'ValidationException', 400);
  });

  it('raises NotFoundException for an alias as TargetKeyId', async () => {
    const error = await expectKmsError(
      server.kms.send(new CreateAliasCommand({ AliasName: 'alias/chained', TargetKeyId: 'alias/ExampleAlias' })),
      NotFoundException,
      400,
    );
    expect(error.message).toBe('TargetKeyId alias/ExampleAlias is an alias; CreateAlias takes the key ID or key ARN of a KMS key.');
  });

  it('raises LimitExceededException for a 51st alias and KMSInvalidStateException for a key pending deletion', async () => {
    const keyId = await newSymmetricKey(server.kms);
    for (let i = 0; i < 50; i++) await server.kms.send(new CreateAliasCommand({ AliasName: `alias/sdk-many-${i}`, TargetKeyId: keyId }));
    await expectKmsError(server.kms.send(new CreateAliasCommand({ AliasName: 'alias/sdk-51', TargetKeyId: keyId })), LimitExceededException, 400);
    await server.kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }));
    await expectKmsError(server.kms.send(new CreateAliasCommand({ AliasName: 'alias/sdk-late', TargetKeyId: keyId })), KMSInvalidStateException, 400);
  });
});
