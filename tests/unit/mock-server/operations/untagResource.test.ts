import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { scheduleDeletion, tagsOf } from '../support/aliases';
import { call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

describe('UntagResource', () => {
  test('removes the named tags and ignores tag keys the key does not have', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'UntagResource', { KeyId: EXAMPLE_KEY_ID, TagKeys: ['Environment', 'NoSuchTag'] });
    expect(reply).toMatchObject({ status: 200, body: {} });
    expect(await tagsOf(qkms, EXAMPLE_KEY_ID)).toEqual([{ TagKey: 'Project', TagValue: 'QKMS docs' }]);
  });

  test('returns TagException for a reserved aws: tag key', async () => {
    const reply = await call(createQkms(), 'UntagResource', { KeyId: EXAMPLE_KEY_ID, TagKeys: ['aws:cloudformation:stack-name'] });
    expect(errorOf(reply)).toEqual({
      type: 'TagException',
      status: 400,
      message: 'Tag key aws:cloudformation:stack-name begins with aws:, which is reserved for AWS.',
    });
  });

  test('returns ValidationException for a tag key longer than 128 characters', async () => {
    const reply = await call(createQkms(), 'UntagResource', { KeyId: EXAMPLE_KEY_ID, TagKeys: ['k'.repeat(129)] });
    expect(errorOf(reply).type).toBe('ValidationException');
  });

  test('returns KMSInvalidStateException for a key pending deletion', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { Tags: [{ TagKey: 'Team', TagValue: 'docs' }] });
    await scheduleDeletion(qkms, KeyId);
    expect(errorOf(await call(qkms, 'UntagResource', { KeyId, TagKeys: ['Team'] }))).toMatchObject({
      type: 'KMSInvalidStateException',
      message: `${keyArn(KeyId)} is pending deletion.`,
    });
  });

  test('returns NotFoundException for a missing key and InvalidArnException for a malformed ARN', async () => {
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'UntagResource', { KeyId: 'alias/missing', TagKeys: ['Team'] })).type).toBe('NotFoundException');
    expect(errorOf(await call(qkms, 'UntagResource', { KeyId: 'arn:verenc:key/nope', TagKeys: ['Team'] })).type).toBe('InvalidArnException');
  });
});
