import {
  CreateAliasCommand,
  DescribeKeyCommand,
  KMSInvalidStateException,
  LimitExceededException,
  ListAliasesCommand,
  NotFoundException,
  ScheduleKeyDeletionCommand,
  UpdateAliasCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { createKey, newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('UpdateAlias through the AWS SDK', () => {
  it('moves an alias to another symmetric key, which DescribeKey then resolves', async () => {
    const [from, to] = [await newSymmetricKey(server.kms), await newSymmetricKey(server.kms)];
    await server.kms.send(new CreateAliasCommand({ AliasName: 'alias/sdk-moving', TargetKeyId: from }));
    await server.kms.send(new UpdateAliasCommand({ AliasName: 'alias/sdk-moving', TargetKeyId: to }));
    const { KeyMetadata } = await server.kms.send(new DescribeKeyCommand({ KeyId: 'alias/sdk-moving' }));
    expect(KeyMetadata?.KeyId).toBe(to);
    const { Aliases } = await server.kms.send(new ListAliasesCommand({ KeyId: to }));
    expect(Aliases?.[0].LastUpdatedDate?.getTime()).toBeGreaterThanOrEqual(Aliases?.[0].CreationDate?.getTime() ?? Infinity);
  });

  it('raises ValidationException for a key of another type and NotFoundException for an alias as TargetKeyId', async () => {
    const from = await newSymmetricKey(server.kms);
    const hmac = await createKey(server.kms, 'HMAC_256', 'GENERATE_VERIFY_MAC');
    await server.kms.send(new CreateAliasCommand({ AliasName: 'alias/sdk-typed', TargetKeyId: from }));
    await expectKmsError(server.kms.send(new UpdateAliasCommand({ AliasName: 'alias/sdk-typed', TargetKeyId: hmac })), 'ValidationException', 400);
    await expectKmsError(server.kms.send(new UpdateAliasCommand({ AliasName: 'alias/sdk-typed', TargetKeyId: 'alias/ExampleAlias' })), NotFoundException, 400);
    await expectKmsError(server.kms.send(new UpdateAliasCommand({ AliasName: 'alias/sdk-absent', TargetKeyId: from })), NotFoundException, 400);
  });

  it('raises LimitExceededException for a full key and KMSInvalidStateException for a key pending deletion', async () => {
    const [from, full] = [await newSymmetricKey(server.kms), await newSymmetricKey(server.kms)];
    await server.kms.send(new CreateAliasCommand({ AliasName: 'alias/sdk-limited', TargetKeyId: from }));
    for (let i = 0; i < 50; i++) await server.kms.send(new CreateAliasCommand({ AliasName: `alias/sdk-full-${i}`, TargetKeyId: full }));
    await expectKmsError(server.kms.send(new UpdateAliasCommand({ AliasName: 'alias/sdk-limited', TargetKeyId: full })), LimitExceededException, 400);
    await server.kms.send(new ScheduleKeyDeletionCommand({ KeyId: full, PendingWindowInDays: 7 }));
    await expectKmsError(server.kms.send(new UpdateAliasCommand({ AliasName: 'alias/sdk-limited', TargetKeyId: full })), KMSInvalidStateException, 400);
  });
});
