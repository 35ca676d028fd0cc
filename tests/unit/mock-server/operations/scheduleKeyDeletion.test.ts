import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';

describe('ScheduleKeyDeletion', () => {
  test('schedules deletion after 30 days by default', async () => {
    const clock = () => new Date('2025-01-01T00:00:00Z');
    const reply = await call(createQkms({ clock }), 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID });
    expect(reply.body).toEqual({
      KeyId: keyArn(EXAMPLE_KEY_ID),
      DeletionDate: Date.parse('2025-01-31T00:00:00Z') / 1000,
      KeyState: 'PendingDeletion',
      PendingWindowInDays: 30,
    });
  });

  test.each([6, 31])('returns ValidationException given a window of %i days', async (days) => {
    const reply = await call(createQkms(), 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: days });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining(`Value '${days}' at 'pendingWindowInDays'`) });
  });
});
