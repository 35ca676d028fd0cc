import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';

describe('CancelKeyDeletion', () => {
  test('cancelling a deletion leaves the key Disabled, as KMS does', async () => {
    const qkms = createQkms();
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    expect((await call(qkms, 'CancelKeyDeletion', { KeyId: EXAMPLE_KEY_ID })).body).toEqual({ KeyId: keyArn(EXAMPLE_KEY_ID) });
    const metadata = (await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).body.KeyMetadata;
    expect(metadata).toMatchObject({ KeyState: 'Disabled' });
    expect(metadata).not.toHaveProperty('DeletionDate');
  });

  test('returns KMSInvalidStateException for a key not pending deletion', async () => {
    expect(errorOf(await call(createQkms(), 'CancelKeyDeletion', { KeyId: EXAMPLE_KEY_ID })).type).toBe('KMSInvalidStateException');
  });
});
