import {
  InvalidArnException,
  KMSInvalidStateException,
  LimitExceededException,
  ListResourceTagsCommand,
  NotFoundException,
  ScheduleKeyDeletionCommand,
  TagException,
  TagResourceCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';
import { newSymmetricKey } from '../support/sdkHelpers';

const server = useSandboxServer();

describe('TagResource through the AWS SDK', () => {
  it('adds tags and replaces the value of an existing tag key', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new TagResourceCommand({ KeyId: keyId, Tags: [{ TagKey: 'Team', TagValue: 'a' }, { TagKey: 'Tier', TagValue: '1' }] }));
    await server.kms.send(new TagResourceCommand({ KeyId: keyId, Tags: [{ TagKey: 'Team', TagValue: 'b' }] }));
    const { Tags } = await server.kms.send(new ListResourceTagsCommand({ KeyId: keyId }));
    expect(Tags).toEqual([
      { TagKey: 'Team', TagValue: 'b' },
      { TagKey: 'Tier', TagValue: '1' },
    ]);
  });

  it('raises TagException for aws: and repeated tag keys, LimitExceededException past 50 tags, ValidationException for a long key', async () => {
    const keyId = await newSymmetricKey(server.kms);
    await expectKmsError(server.kms.send(new TagResourceCommand({ KeyId: keyId, Tags: [{ TagKey: 'aws:x', TagValue: 'y' }] })), TagException, 400);
    const twice = [{ TagKey: 'x', TagValue: '1' }, { TagKey: 'x', TagValue: '2' }];
    await expectKmsError(server.kms.send(new TagResourceCommand({ KeyId: keyId, Tags: twice })), TagException, 400);
    const many = Array.from({ length: 51 }, (_, i) => ({ TagKey: `t${i}`, TagValue: '' }));
    await expectKmsError(server.kms.send(new TagResourceCommand({ KeyId: keyId, Tags: many })), LimitExceededException, 400);
    await expectKmsError(server.kms.send(new TagResourceCommand({ KeyId: keyId, Tags: [{ TagKey: 'k'.repeat(129), TagValue: '' }] })), 'ValidationException', 400);
  });

  it('raises NotFoundException, InvalidArnException and KMSInvalidStateException for keys it cannot tag', async () => {
    const Tags = [{ TagKey: 'Team', TagValue: 'docs' }];
    await expectKmsError(server.kms.send(new TagResourceCommand({ KeyId: 'alias/sdk-none', Tags })), NotFoundException, 400);
    await expectKmsError(server.kms.send(new TagResourceCommand({ KeyId: 'arn:verenc:key/x', Tags })), InvalidArnException, 400);
    const keyId = await newSymmetricKey(server.kms);
    await server.kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }));
    await expectKmsError(server.kms.send(new TagResourceCommand({ KeyId: keyId, Tags })), KMSInvalidStateException, 400);
  });
});
