import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn, SECOND_KEY_ID, SEEDED_GRANT_TOKEN } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { asPartner, grant, PARTNER } from '../support/fixtures';

describe('RetireGrant', () => {
  test('retires a grant by its token', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'RetireGrant', { GrantToken: SEEDED_GRANT_TOKEN })).status).toBe(200);
    expect((await call(qkms, 'ListGrants', { KeyId: SECOND_KEY_ID })).body.Grants).toEqual([]);
  });

  test('retires a grant by KeyId and GrantId when the caller is its retiring principal', async () => {
    const qkms = createQkms();
    const created = await grant(qkms, { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, RetiringPrincipal: PARTNER, Operations: ['Decrypt'] });
    const reply = await call(qkms, 'RetireGrant', { KeyId: keyArn(EXAMPLE_KEY_ID), GrantId: created.GrantId }, asPartner);
    expect(reply.status).toBe(200);
  });

  test('returns AccessDeniedException when a grantee without RetireGrant retires its grant', async () => {
    const qkms = createQkms();
    const created = await grant(qkms, { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['Decrypt'] });
    expect(errorOf(await call(qkms, 'RetireGrant', { GrantToken: created.GrantToken }, asPartner)).type).toBe('AccessDeniedException');
  });

  test('returns ValidationException given neither a token nor KeyId and GrantId', async () => {
    expect(errorOf(await call(createQkms(), 'RetireGrant', { KeyId: EXAMPLE_KEY_ID })).type).toBe('ValidationException');
  });

  test('returns InvalidGrantTokenException when retiring with a retired token', async () => {
    const qkms = createQkms();
    await call(qkms, 'RetireGrant', { GrantToken: SEEDED_GRANT_TOKEN });
    expect(errorOf(await call(qkms, 'RetireGrant', { GrantToken: SEEDED_GRANT_TOKEN })).type).toBe('InvalidGrantTokenException');
  });
});
