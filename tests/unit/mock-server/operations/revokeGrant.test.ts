import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, SECOND_KEY_ID, SEEDED_GRANT_ID, SEEDED_GRANT_TOKEN } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';

describe('RevokeGrant', () => {
  test('revoking a grant makes its token invalid', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'RevokeGrant', { KeyId: SECOND_KEY_ID, GrantId: SEEDED_GRANT_ID })).body).toEqual({});
    const reply = await call(qkms, 'DescribeKey', { KeyId: SECOND_KEY_ID, GrantTokens: [SEEDED_GRANT_TOKEN] });
    expect(errorOf(reply).type).toBe('InvalidGrantTokenException');
  });

  test('returns NotFoundException for an unknown grant and InvalidGrantIdException for a malformed id', async () => {
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'RevokeGrant', { KeyId: EXAMPLE_KEY_ID, GrantId: SEEDED_GRANT_ID })).type).toBe('NotFoundException');
    expect(errorOf(await call(qkms, 'RevokeGrant', { KeyId: EXAMPLE_KEY_ID, GrantId: 'xyz' })).type).toBe('InvalidGrantIdException');
  });
});
