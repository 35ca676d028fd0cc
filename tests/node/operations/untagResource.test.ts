import {
  CreateKeyCommand,
  InvalidArnException,
  KMSInvalidStateException,
  ListResourceTagsCommand,
  NotFoundException,
  ScheduleKeyDeletionCommand,
  TagException,
  UntagResourceCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { expectKmsError } from '../support/expectKmsError';
import { useSandboxServer } from '../support/sandboxServer';

const server = useSandboxServer();

async function taggedKey(): Promise<string> {
  const { KeyMetadata } = await server.kms.send(
    new CreateKeyCommand({ Tags: [{ TagKey: 'Team', TagValue: 'docs' }, { TagKey: 'Tier', TagValue: '1' }] }),
  );
  return KeyMetadata!.KeyId!;
}

describe('UntagResource through the AWS SDK', () => {
  it('removes the named tags of a key made with tags', async () => {
    const keyId = await taggedKey();
    await server.kms.send(new UntagResourceCommand({ KeyId: keyId, TagKeys: ['Team', 'Absent'] }));
    const { Tags } = await server.kms.send(new ListResourceTagsCommand({ KeyId: keyId }));
    expect(Tags).toEqual([{ TagKey: 'Tier', TagValue: '1' }]);
  });

  it('raises TagException, NotFoundException, InvalidArnException and KMSInvalidStateException', async () => {
    const keyId = await taggedKey();
    await expectKmsError(server.kms.send(new UntagResourceCommand({ KeyId: keyId, TagKeys: ['aws:x'] })), TagException, 400);
    await expectKmsError(server.kms.send(new UntagResourceCommand({ KeyId: 'alias/sdk-none', TagKeys: ['Team'] })), NotFoundException, 400);
    await expectKmsError(server.kms.send(new UntagResourceCommand({ KeyId: 'arn:verenc:key/x', TagKeys: ['Team'] })), InvalidArnException, 400);
    await server.kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }));
    await expectKmsError(server.kms.send(new UntagResourceCommand({ KeyId: keyId, TagKeys: ['Team'] })), KMSInvalidStateException, 400);
  });
});
