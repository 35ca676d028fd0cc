import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';

describe('EnableKey', () => {
  test('returns KMSInvalidStateException for a key pending deletion', async () => {
    const qkms = createQkms();
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID });
    expect(errorOf(await call(qkms, 'EnableKey', { KeyId: EXAMPLE_KEY_ID }))).toMatchObject({
      type: 'KMSInvalidStateException',
      message: `${keyArn(EXAMPLE_KEY_ID)} is pending deletion.`,
    });
  });
});
