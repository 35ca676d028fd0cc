import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { create, PARTNER } from '../support/fixtures';

const T0 = Date.UTC(2026, 0, 1);
const DAY = 24 * 60 * 60 * 1000;
const fixed = () => createQkms({ clock: () => new Date(T0) });

describe('EnableKeyRotation', () => {
  test('schedules the first automatic rotation 365 days after now when no period is given', async () => {
    const qkms = fixed();
    expect((await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID })).status).toBe(200);
    const status = await call(qkms, 'GetKeyRotationStatus', { KeyId: EXAMPLE_KEY_ID });
    expect(status.body).toEqual({
      KeyRotationEnabled: true,
      KeyId: keyArn(EXAMPLE_KEY_ID),
      RotationPeriodInDays: 365,
      NextRotationDate: (T0 + 365 * DAY) / 1000,
    });
  });

  test('takes a RotationPeriodInDays from 90 to 2560 and refuses 89 and 2561 with ValidationException', async () => {
    const qkms = fixed();
    expect((await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 90 })).status).toBe(200);
    expect((await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 2560 })).status).toBe(200);
    for (const period of [89, 2561]) {
      expect(errorOf(await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: period })).type).toBe(
        'ValidationException',
      );
    }
  });

  test('counts a changed period from the start of the current one, and keeps the period when none is given', async () => {
    const qkms = fixed();
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 365 });
    await qkms.advanceClock(30 * DAY);
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 180 });
    const changed = await call(qkms, 'GetKeyRotationStatus', { KeyId: EXAMPLE_KEY_ID });
    expect(changed.body).toMatchObject({ RotationPeriodInDays: 180, NextRotationDate: (T0 + 180 * DAY) / 1000 });
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID });
    expect((await call(qkms, 'GetKeyRotationStatus', { KeyId: EXAMPLE_KEY_ID })).body).toMatchObject({ RotationPeriodInDays: 180 });
  });

  test('rotates before the next request when a shorter period has already run out', async () => {
    const qkms = fixed();
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 365 });
    await qkms.advanceClock(100 * DAY);
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 90 });
    const rotations = await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID });
    expect(rotations.body.Rotations).toEqual([expect.objectContaining({ RotationType: 'AUTOMATIC', RotationDate: (T0 + 100 * DAY) / 1000 })]);
    const status = await call(qkms, 'GetKeyRotationStatus', { KeyId: EXAMPLE_KEY_ID });
    expect(status.body).toMatchObject({ NextRotationDate: (T0 + 190 * DAY) / 1000 });
  });

  test('answers UnsupportedOperationException for an asymmetric or HMAC key', async () => {
    const qkms = fixed();
    for (const body of [{ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }]) {
      const { KeyId } = await create(qkms, body);
      const error = errorOf(await call(qkms, 'EnableKeyRotation', { KeyId }));
      expect(error).toMatchObject({ type: 'UnsupportedOperationException', message: expect.stringContaining('SYMMETRIC_DEFAULT') });
    }
  });

  test('answers DisabledException for a disabled key and KMSInvalidStateException for one pending deletion', async () => {
    const qkms = fixed();
    const { KeyId } = await create(qkms);
    await call(qkms, 'DisableKey', { KeyId });
    expect(errorOf(await call(qkms, 'EnableKeyRotation', { KeyId })).type).toBe('DisabledException');
    await call(qkms, 'ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    expect(errorOf(await call(qkms, 'EnableKeyRotation', { KeyId })).type).toBe('KMSInvalidStateException');
  });

  test('answers NotFoundException for an unknown key and AccessDeniedException for a caller the key policy leaves out', async () => {
    const qkms = fixed();
    expect(errorOf(await call(qkms, 'EnableKeyRotation', { KeyId: '11111111-2222-3333-4444-555555555555' })).type).toBe('NotFoundException');
    const denied = errorOf(await call(qkms, 'EnableKeyRotation', { KeyId: keyArn(EXAMPLE_KEY_ID) }, { 'X-Qkms-Caller': PARTNER }));
    expect(denied).toMatchObject({ type: 'AccessDeniedException', message: expect.stringContaining('kms:EnableKeyRotation') });
  });
});
