import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, EXAMPLE_ROLE, SECOND_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { asPartner, grant, PARTNER } from '../support/fixtures';

const RETIRER = 'arn:verenc:111122223333:role/Retirer';

describe('ListRetirableGrants', () => {
  test('lists the grants, on every key, whose retiring principal is the one named', async () => {
    const qkms = createQkms();
    const first = await grant(qkms, { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: EXAMPLE_ROLE, RetiringPrincipal: RETIRER, Operations: ['Decrypt'] });
    const second = await grant(qkms, { KeyId: SECOND_KEY_ID, GranteePrincipal: PARTNER, RetiringPrincipal: RETIRER, Operations: ['Encrypt'] });
    await grant(qkms, { KeyId: SECOND_KEY_ID, GranteePrincipal: RETIRER, Operations: ['Encrypt'] });
    const reply = await call(qkms, 'ListRetirableGrants', { RetiringPrincipal: RETIRER });
    expect(reply.body).toEqual({
      Grants: [
        expect.objectContaining({ GrantId: first.GrantId, KeyId: keyArn(EXAMPLE_KEY_ID), RetiringPrincipal: RETIRER }),
        expect.objectContaining({ GrantId: second.GrantId, KeyId: keyArn(SECOND_KEY_ID), GranteePrincipal: PARTNER }),
      ],
      Truncated: false,
    });
  });

  test('pages with Limit and NextMarker', async () => {
    const qkms = createQkms();
    for (const operation of ['Decrypt', 'Encrypt', 'DescribeKey']) {
      await grant(qkms, { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: EXAMPLE_ROLE, RetiringPrincipal: RETIRER, Operations: [operation] });
    }
    const first = await call(qkms, 'ListRetirableGrants', { RetiringPrincipal: RETIRER, Limit: 2 });
    expect(first.body).toMatchObject({ Truncated: true, NextMarker: expect.any(String) });
    expect(first.body.Grants).toHaveLength(2);
    const rest = await call(qkms, 'ListRetirableGrants', { RetiringPrincipal: RETIRER, Limit: 2, Marker: first.body.NextMarker });
    expect(rest.body).toMatchObject({ Truncated: false });
    expect(rest.body.Grants).toHaveLength(1);
    expect(errorOf(await call(qkms, 'ListRetirableGrants', { RetiringPrincipal: RETIRER, Marker: 'nope' })).type).toBe('InvalidMarkerException');
  });

  test('answers an empty list for a principal that retires nothing', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'ListRetirableGrants', { RetiringPrincipal: EXAMPLE_ROLE })).body).toEqual({ Grants: [], Truncated: false });
  });

  test('answers InvalidArnException for a RetiringPrincipal that is not a principal ARN', async () => {
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'ListRetirableGrants', { RetiringPrincipal: 'arn:verenc:111122223333:key/x' })).type).toBe(
      'InvalidArnException',
    );
  });

  test("answers AccessDeniedException for a principal of another account than the caller's", async () => {
    const qkms = createQkms();
    await grant(qkms, { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, RetiringPrincipal: PARTNER, Operations: ['Decrypt'] });
    expect(errorOf(await call(qkms, 'ListRetirableGrants', { RetiringPrincipal: PARTNER })).type).toBe('AccessDeniedException');
    const own = await call(qkms, 'ListRetirableGrants', { RetiringPrincipal: PARTNER }, asPartner);
    expect(own.body.Grants).toEqual([expect.objectContaining({ RetiringPrincipal: PARTNER, IssuingAccount: expect.any(String) })]);
  });
});
