import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn, SECOND_KEY_ID } from '../../../support/sandbox';
import { scheduleDeletion, tagsOf } from '../support/aliases';
import { call, errorOf } from '../support/call';
import { asPartner, create } from '../support/fixtures';

describe('TagResource', () => {
  test('adds new tag keys after the existing ones and replaces the value of a key the key already has, in place', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'TagResource', {
      KeyId: 'alias/ExampleAlias',
      Tags: [
        { TagKey: 'CostCenter', TagValue: '87654' },
        { TagKey: 'Project', TagValue: 'Payments' },
      ],
    });
    expect(reply).toMatchObject({ status: 200, body: {} });
    expect(await tagsOf(qkms, EXAMPLE_KEY_ID)).toEqual([
      { TagKey: 'Project', TagValue: 'Payments' },
      { TagKey: 'Environment', TagValue: 'Sandbox' },
      { TagKey: 'CostCenter', TagValue: '87654' },
    ]);
  });

  test('takes an empty tag value and a tag key of 128 characters', async () => {
    const qkms = createQkms();
    const Tags = [{ TagKey: 'k'.repeat(128), TagValue: '' }];
    expect((await call(qkms, 'TagResource', { KeyId: SECOND_KEY_ID, Tags })).status).toBe(200);
    expect(await tagsOf(qkms, SECOND_KEY_ID)).toEqual(Tags);
  });

  test('returns TagException for a reserved aws: tag key or a tag key given twice, and changes nothing', async () => {
    const qkms = createQkms();
    const reserved = await call(qkms, 'TagResource', { KeyId: SECOND_KEY_ID, Tags: [{ TagKey: 'aws:createdBy', TagValue: 'me' }] });
    expect(errorOf(reserved)).toEqual({ type: 'TagException', status: 400, message: 'Tag key aws:createdBy begins with aws:, which is reserved for AWS.' });
    const twice = await call(qkms, 'TagResource', {
      KeyId: SECOND_KEY_ID,
      Tags: [
        { TagKey: 'Team', TagValue: 'a' },
        { TagKey: 'Team', TagValue: 'b' },
      ],
    });
    expect(errorOf(twice)).toEqual({
      type: 'TagException',
      status: 400,
      message: 'Tag key Team appears more than once in the request; tag keys must be unique.',
    });
    expect(await tagsOf(qkms, SECOND_KEY_ID)).toEqual([]);
  });

  test('returns ValidationException for a tag key longer than 128 characters or a value longer than 256', async () => {
    const qkms = createQkms();
    const longKey = await call(qkms, 'TagResource', { KeyId: SECOND_KEY_ID, Tags: [{ TagKey: 'k'.repeat(129), TagValue: '' }] });
    expect(errorOf(longKey).type).toBe('ValidationException');
    const longValue = await call(qkms, 'TagResource', { KeyId: SECOND_KEY_ID, Tags: [{ TagKey: 'k', TagValue: 'v'.repeat(257) }] });
    expect(errorOf(longValue).type).toBe('ValidationException');
    const empty = await call(qkms, 'TagResource', { KeyId: SECOND_KEY_ID, Tags: [{ TagKey: '', TagValue: 'v' }] });
    expect(errorOf(empty).type).toBe('ValidationException');
  });

  test('returns LimitExceededException when the key would have more than 50 tags, counting the ones it has', async () => {
    const qkms = createQkms();
    const Tags = Array.from({ length: 49 }, (_, i) => ({ TagKey: `k${i}`, TagValue: 'v' }));
    const reply = await call(qkms, 'TagResource', { KeyId: EXAMPLE_KEY_ID, Tags });
    expect(errorOf(reply)).toEqual({ type: 'LimitExceededException', status: 400, message: 'The key would have 51 tags; a KMS key may have at most 50.' });
    // Replacing a value adds no tag, so 48 new ones plus the two seeded ones reach exactly 50.
    expect((await call(qkms, 'TagResource', { KeyId: EXAMPLE_KEY_ID, Tags: [...Tags.slice(0, 48), { TagKey: 'Project', TagValue: 'x' }] })).status).toBe(200);
  });

  test('returns KMSInvalidStateException for a key pending deletion, and tags a disabled key', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms);
    await call(qkms, 'DisableKey', { KeyId });
    const Tags = [{ TagKey: 'Team', TagValue: 'docs' }];
    expect((await call(qkms, 'TagResource', { KeyId, Tags })).status).toBe(200);
    await scheduleDeletion(qkms, KeyId);
    expect(errorOf(await call(qkms, 'TagResource', { KeyId, Tags }))).toMatchObject({
      type: 'KMSInvalidStateException',
      message: `${keyArn(KeyId)} is pending deletion.`,
    });
  });

  test('returns NotFoundException for a missing key and InvalidArnException for a malformed ARN', async () => {
    const qkms = createQkms();
    const Tags = [{ TagKey: 'Team', TagValue: 'docs' }];
    expect(errorOf(await call(qkms, 'TagResource', { KeyId: '11111111-2222-3333-4444-555555555555', Tags })).type).toBe('NotFoundException');
    expect(errorOf(await call(qkms, 'TagResource', { KeyId: 'arn:verenc:key/nope', Tags }))).toMatchObject({
      type: 'InvalidArnException',
      message: 'Invalid arn arn:verenc:key/nope',
    });
  });

  test('returns AccessDeniedException to a principal of another account the key policy does not allow', async () => {
    const reply = await call(createQkms(), 'TagResource', { KeyId: keyArn(EXAMPLE_KEY_ID), Tags: [{ TagKey: 'x', TagValue: 'y' }] }, asPartner);
    expect(errorOf(reply)).toMatchObject({ type: 'AccessDeniedException' });
  });
});
