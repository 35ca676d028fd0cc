import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID } from '../../../support/sandbox';
import { scheduleDeletion } from '../support/aliases';
import { call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

describe('ListResourceTags', () => {
  test('lists the first example key’s seeded tags, and none on the second', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'ListResourceTags', { KeyId: 'alias/ExampleAlias' })).body).toEqual({
      Tags: [
        { TagKey: 'Project', TagValue: 'QKMS docs' },
        { TagKey: 'Environment', TagValue: 'Sandbox' },
      ],
      Truncated: false,
    });
    expect((await call(qkms, 'ListResourceTags', { KeyId: SECOND_KEY_ID })).body).toEqual({ Tags: [], Truncated: false });
  });

  test('pages with Limit, Marker, NextMarker and Truncated', async () => {
    const qkms = createQkms();
    const first = await call(qkms, 'ListResourceTags', { KeyId: EXAMPLE_KEY_ID, Limit: 1 });
    expect(first.body).toEqual({ Tags: [{ TagKey: 'Project', TagValue: 'QKMS docs' }], NextMarker: 'Environment', Truncated: true });
    const second = await call(qkms, 'ListResourceTags', { KeyId: EXAMPLE_KEY_ID, Limit: 1, Marker: first.body.NextMarker });
    expect(second.body).toEqual({ Tags: [{ TagKey: 'Environment', TagValue: 'Sandbox' }], Truncated: false });
  });

  test('lists the tags of a key pending deletion', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { Tags: [{ TagKey: 'Team', TagValue: 'docs' }] });
    await scheduleDeletion(qkms, KeyId);
    expect((await call(qkms, 'ListResourceTags', { KeyId })).body.Tags).toEqual([{ TagKey: 'Team', TagValue: 'docs' }]);
  });

  test('returns InvalidMarkerException for a marker no earlier page gave', async () => {
    const reply = await call(createQkms(), 'ListResourceTags', { KeyId: EXAMPLE_KEY_ID, Marker: 'NoSuchTag' });
    expect(errorOf(reply)).toMatchObject({ type: 'InvalidMarkerException' });
  });

  test('returns NotFoundException for a missing key and InvalidArnException for a malformed ARN', async () => {
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'ListResourceTags', { KeyId: '11111111-2222-3333-4444-555555555555' })).type).toBe('NotFoundException');
    expect(errorOf(await call(qkms, 'ListResourceTags', { KeyId: 'arn:verenc:key/nope' })).type).toBe('InvalidArnException');
  });
});
