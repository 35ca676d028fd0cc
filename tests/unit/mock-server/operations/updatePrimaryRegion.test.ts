import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { asPartner } from '../support/fixtures';

describe('UpdatePrimaryRegion', () => {
  test('returns UnsupportedOperationException saying QKMS has no Regions, for every existing key', async () => {
    const reply = await call(createQkms(), 'UpdatePrimaryRegion', { KeyId: EXAMPLE_KEY_ID, PrimaryRegion: 'eu-west-1' });
    expect(errorOf(reply)).toEqual({
      type: 'UnsupportedOperationException',
      status: 400,
      message: `${keyArn(EXAMPLE_KEY_ID)} is not a multi-Region key, so its primary Region cannot move to eu-west-1. QKMS has no Regions: its key ARNs (arn:verenc:<account>:key/<id>) name none, so every key is a single-Region key.`,
    });
  });

  test('authorizes first: a caller the key policy does not let in gets AccessDeniedException', async () => {
    const reply = await call(createQkms(), 'UpdatePrimaryRegion', { KeyId: keyArn(EXAMPLE_KEY_ID), PrimaryRegion: 'eu-west-1' }, asPartner);
    expect(errorOf(reply).type).toBe('AccessDeniedException');
  });

  test('refuses a disabled key for having no Regions, as it refuses an enabled one', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    expect(errorOf(await call(qkms, 'UpdatePrimaryRegion', { KeyId: EXAMPLE_KEY_ID, PrimaryRegion: 'eu-west-1' })).type).toBe(
      'UnsupportedOperationException',
    );
  });
});
