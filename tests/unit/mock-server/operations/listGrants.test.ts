import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, EXAMPLE_ROLE, keyArn, SECOND_KEY_ID, SEEDED_GRANT_ID } from '../../../support/sandbox';
import { call } from '../support/call';
import { grant, PARTNER } from '../support/fixtures';

describe('ListGrants', () => {
  test('lists the seeded example grant without its token', async () => {
    const reply = await call(createQkms(), 'ListGrants', { KeyId: SECOND_KEY_ID });
    expect(reply.body).toEqual({
      Grants: [
        {
          KeyId: keyArn(SECOND_KEY_ID),
          GrantId: SEEDED_GRANT_ID,
          Name: 'ExampleGrant',
          CreationDate: 1704067200,
          GranteePrincipal: EXAMPLE_ROLE,
          IssuingAccount: 'arn:verenc:111122223333:root',
          Operations: ['Decrypt', 'Encrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GenerateDataKey', 'DescribeKey'],
        },
      ],
      Truncated: false,
    });
  });

  test('filters by GrantId and GranteePrincipal and pages with Limit and Marker', async () => {
    const qkms = createQkms();
    const a = await grant(qkms, { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['Decrypt'] });
    await grant(qkms, { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: 'arn:verenc:111122223333:role/Other', Operations: ['Decrypt'] });
    const byGrantee = await call(qkms, 'ListGrants', { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER });
    expect((byGrantee.body.Grants as { GrantId: string }[]).map((g) => g.GrantId)).toEqual([a.GrantId]);
    const byId = await call(qkms, 'ListGrants', { KeyId: EXAMPLE_KEY_ID, GrantId: a.GrantId });
    expect((byId.body.Grants as unknown[]).length).toBe(1);
    const first = await call(qkms, 'ListGrants', { KeyId: EXAMPLE_KEY_ID, Limit: 1 });
    expect(first.body.Truncated).toBe(true);
    const second = await call(qkms, 'ListGrants', { KeyId: EXAMPLE_KEY_ID, Limit: 1, Marker: first.body.NextMarker });
    expect(second.body.Truncated).toBe(false);
    expect(second.body.Grants).not.toEqual(first.body.Grants);
  });
});
