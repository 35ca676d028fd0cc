import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';

describe('ReplicateKey', () => {
  test('returns UnsupportedOperationException saying QKMS has no Regions, for every existing key', async () => {
    const reply = await call(createQkms(), 'ReplicateKey', { KeyId: EXAMPLE_KEY_ID, ReplicaRegion: 'us-west-2' });
    expect(errorOf(reply)).toEqual({
      type: 'UnsupportedOperationException',
      status: 400,
      message: `${keyArn(EXAMPLE_KEY_ID)} is not a multi-Region primary key and cannot be replicated to us-west-2. QKMS has no Regions: its key ARNs (arn:verenc:<account>:key/<id>) name none, so every key is a single-Region key.`,
    });
  });

  test('finds the key first: NotFoundException for a missing one, KMSInvalidStateException for one pending deletion', async () => {
    const qkms = createQkms();
    const missing = await call(qkms, 'ReplicateKey', { KeyId: '11111111-2222-3333-4444-555555555555', ReplicaRegion: 'us-west-2' });
    expect(errorOf(missing).type).toBe('NotFoundException');
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    expect(errorOf(await call(qkms, 'ReplicateKey', { KeyId: EXAMPLE_KEY_ID, ReplicaRegion: 'us-west-2' })).type).toBe('KMSInvalidStateException');
  });

  test('returns ValidationException for a ReplicaRegion that is not a Region name', async () => {
    const reply = await call(createQkms(), 'ReplicateKey', { KeyId: EXAMPLE_KEY_ID, ReplicaRegion: 'Mars' });
    expect(errorOf(reply).type).toBe('ValidationException');
  });
});
