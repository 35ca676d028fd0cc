import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

describe('RotateKeyOnDemand', () => {
  test('returns UnsupportedOperationException when rotating an asymmetric key', async () => {
    const qkms = createQkms();
    const metadata = await create(qkms, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    expect(errorOf(await call(qkms, 'RotateKeyOnDemand', { KeyId: metadata.KeyId })).type).toBe('UnsupportedOperationException');
  });

  test('returns DisabledException when rotating a disabled key', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    expect(errorOf(await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID })).type).toBe('DisabledException');
  });
});
