import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import { EXAMPLE_KEY_ID } from '../../support/sandbox';
import { call } from './support/call';

/* Moving a key between Enabled and Disabled; each operation's answer in every state is checked against the docs in tests/docs/keyStates.test.ts. */

describe('key states', () => {
  test('disables and re-enables a key', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID })).body).toEqual({});
    expect((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).body.KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    await call(qkms, 'EnableKey', { KeyId: EXAMPLE_KEY_ID });
    expect((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).body.KeyMetadata).toMatchObject({ KeyState: 'Enabled', Enabled: true });
  });
});
