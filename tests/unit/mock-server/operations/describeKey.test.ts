import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';

describe('DescribeKey', () => {
  test('describes a seeded key', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: EXAMPLE_KEY_ID });
    expect(reply.body.KeyMetadata).toMatchObject({ KeyId: EXAMPLE_KEY_ID, Arn: keyArn(EXAMPLE_KEY_ID), KeyState: 'Enabled', CreationDate: 1704067200 });
  });

  test('returns NotFoundException in AWS wording given a key id that is not a key id', async () => {
    expect(errorOf(await call(createQkms(), 'DescribeKey', { KeyId: 'banana' }))).toMatchObject({
      type: 'NotFoundException',
      message: "Invalid keyId 'banana'",
    });
  });
});

describe('PendingDeletionWindowInDays', () => {
  test('DescribeKey leaves PendingDeletionWindowInDays out for a key pending deletion', async () => {
    const qkms = createQkms();
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    const metadata = (await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).body.KeyMetadata;
    expect(metadata).toMatchObject({ KeyState: 'PendingDeletion', DeletionDate: expect.any(Number) });
    expect(metadata).not.toHaveProperty('PendingDeletionWindowInDays');
  });
});
