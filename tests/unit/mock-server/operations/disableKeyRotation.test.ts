import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

const DAY = 24 * 60 * 60 * 1000;

describe('DisableKeyRotation', () => {
  test('turns automatic rotation off, so the clock passing the old date rotates nothing', async () => {
    const qkms = createQkms();
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 90 });
    expect((await call(qkms, 'DisableKeyRotation', { KeyId: EXAMPLE_KEY_ID })).status).toBe(200);
    await qkms.advanceClock(200 * DAY);
    expect((await call(qkms, 'GetKeyRotationStatus', { KeyId: EXAMPLE_KEY_ID })).body).toEqual({
      KeyRotationEnabled: false,
      KeyId: keyArn(EXAMPLE_KEY_ID),
    });
    expect((await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID })).body.Rotations).toEqual([]);
  });

  test('keeps the rotations already made', async () => {
    const qkms = createQkms();
    await call(qkms, 'EnableKeyRotation', { KeyId: EXAMPLE_KEY_ID, RotationPeriodInDays: 90 });
    await qkms.advanceClock(91 * DAY);
    await call(qkms, 'DisableKeyRotation', { KeyId: EXAMPLE_KEY_ID });
    const rotations = (await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID })).body.Rotations;
    expect(rotations).toEqual([expect.objectContaining({ RotationType: 'AUTOMATIC' })]);
  });

  test('succeeds on a key whose rotation is already off', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'DisableKeyRotation', { KeyId: EXAMPLE_KEY_ID })).status).toBe(200);
  });

  test('answers UnsupportedOperationException for an asymmetric key and DisabledException for a disabled key', async () => {
    const qkms = createQkms();
    const { KeyId } = await create(qkms, { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    expect(errorOf(await call(qkms, 'DisableKeyRotation', { KeyId })).type).toBe('UnsupportedOperationException');
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    expect(errorOf(await call(qkms, 'DisableKeyRotation', { KeyId: EXAMPLE_KEY_ID })).type).toBe('DisabledException');
  });
});
