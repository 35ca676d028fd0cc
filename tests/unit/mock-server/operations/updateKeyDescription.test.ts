import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { asPartner } from '../support/fixtures';

const descriptionOf = async (qkms: ReturnType<typeof createQkms>, KeyId: string) =>
  ((await call(qkms, 'DescribeKey', { KeyId })).body.KeyMetadata as { Description: string }).Description;

describe('UpdateKeyDescription', () => {
  test('replaces the description DescribeKey shows, by alias too', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'UpdateKeyDescription', { KeyId: 'alias/ExampleAlias', Description: 'Payroll exports' })).body).toEqual({});
    expect(await descriptionOf(qkms, EXAMPLE_KEY_ID)).toBe('Payroll exports');
  });

  test('clears the description with an empty string', async () => {
    const qkms = createQkms();
    await call(qkms, 'UpdateKeyDescription', { KeyId: EXAMPLE_KEY_ID, Description: '' });
    expect(await descriptionOf(qkms, EXAMPLE_KEY_ID)).toBe('');
  });

  test('works on a disabled key and answers KMSInvalidStateException for a key pending deletion', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    expect((await call(qkms, 'UpdateKeyDescription', { KeyId: EXAMPLE_KEY_ID, Description: 'off' })).status).toBe(200);
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    expect(errorOf(await call(qkms, 'UpdateKeyDescription', { KeyId: EXAMPLE_KEY_ID, Description: 'x' })).type).toBe(
      'KMSInvalidStateException',
    );
  });

  test('refuses a description over 8192 characters and a missing one with ValidationException', async () => {
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'UpdateKeyDescription', { KeyId: EXAMPLE_KEY_ID, Description: 'x'.repeat(8193) })).type).toBe(
      'ValidationException',
    );
    expect(errorOf(await call(qkms, 'UpdateKeyDescription', { KeyId: EXAMPLE_KEY_ID })).type).toBe('ValidationException');
  });

  test('answers AccessDeniedException to another account the key policy leaves out', async () => {
    const qkms = createQkms();
    const error = errorOf(await call(qkms, 'UpdateKeyDescription', { KeyId: keyArn(EXAMPLE_KEY_ID), Description: 'x' }, asPartner));
    expect(error).toMatchObject({ type: 'AccessDeniedException', message: expect.stringContaining('kms:UpdateKeyDescription') });
  });
});
