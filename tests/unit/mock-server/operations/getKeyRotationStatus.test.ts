import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { asPartner, create } from '../support/fixtures';

const T0 = Date.UTC(2026, 0, 1);
const DAY = 24 * 60 * 60 * 1000;

describe('GetKeyRotationStatus', () => {
  test('reports rotation off for a new key, with its key ARN', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'GetKeyRotationStatus', { KeyId: 'alias/ExampleAlias' })).body).toEqual({
      KeyRotationEnabled: false,
      KeyId: keyArn(EXAMPLE_KEY_ID),
    });
  });

  test('reports false while the key is pending deletion and the schedule again once the deletion is cancelled', async () => {
    const qkms = createQkms({ clock: () => new Date(T0) });
    await call(qkms, 'EnableKeyRotation', { KeyId: SECOND_KEY_ID, RotationPeriodInDays: 100 });
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: SECOND_KEY_ID, PendingWindowInDays: 7 });
    expect((await call(qkms, 'GetKeyRotationStatus', { KeyId: SECOND_KEY_ID })).body).toEqual({
      KeyRotationEnabled: false,
      KeyId: keyArn(SECOND_KEY_ID),
    });
    await call(qkms, 'CancelKeyDeletion', { KeyId: SECOND_KEY_ID });
    expect((await call(qkms, 'GetKeyRotationStatus', { KeyId: SECOND_KEY_ID })).body).toMatchObject({
      KeyRotationEnabled: true,
      RotationPeriodInDays: 100,
      NextRotationDate: (T0 + 100 * DAY) / 1000,
    });
  });

  test('answers for a disabled key, whose rotation status does not change', async () => {
    const qkms = createQkms();
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID });
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    expect((await call(qkms, 'GetKeyRotationStatus', { KeyId: EXAMPLE_KEY_ID })).body).toMatchObject({ KeyRotationEnabled: true });
  });

  test('answers UnsupportedOperationException for an ECC key', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { KeySpec: 'ECC_NIST_P384', KeyUsage: 'SIGN_VERIFY' });
    expect(errorOf(await call(qkms, 'GetKeyRotationStatus', { KeyId })).type).toBe('UnsupportedOperationException');
  });

  test('answers AccessDeniedException to another account the key policy leaves out, naming the action and key', async () => {
    const qkms = createQkms();
    const error = errorOf(await call(qkms, 'GetKeyRotationStatus', { KeyId: keyArn(EXAMPLE_KEY_ID) }, asPartner));
    expect(error.type).toBe('AccessDeniedException');
    expect(error.message).toContain(`kms:GetKeyRotationStatus on resource: ${keyArn(EXAMPLE_KEY_ID)}`);
  });

  test('answers InvalidArnException for a malformed key ARN', async () => {
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'GetKeyRotationStatus', { KeyId: 'arn:aws:kms:key/x' })).type).toBe('InvalidArnException');
  });
});
