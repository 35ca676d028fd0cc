import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import type { Qkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, EXAMPLE_ROLE, keyArn, SECOND_KEY_ID, SEEDED_GRANT_ID, SEEDED_GRANT_TOKEN } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';

const PARTNER = 'arn:verenc:444455556666:role/Partner';
const asPartner = { 'X-Qkms-Caller': PARTNER };

async function grant(qkms: Qkms, body: object): Promise<{ GrantId: string; GrantToken: string }> {
  const reply = await call(qkms, 'CreateGrant', body);
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
  return reply.body as { GrantId: string; GrantToken: string };
}

describe('CreateGrant', () => {
  test('returns a 64-hex GrantId and a grant token that GrantTokens accepts', async () => {
    const qkms = createQkms();
    const created = await grant(qkms, { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['Encrypt'] });
    expect(created.GrantId).toMatch(/^[0-9a-f]{64}$/);
    expect(created.GrantToken).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const reply = await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID, GrantTokens: [created.GrantToken] });
    expect(reply.status).toBe(200);
  });

  test('lets a principal of another account use exactly the granted operations', async () => {
    const qkms = createQkms();
    const denied = await call(qkms, 'Encrypt', { KeyId: keyArn(EXAMPLE_KEY_ID), Plaintext: b64('x') }, asPartner);
    expect(errorOf(denied)).toMatchObject({ type: 'AccessDeniedException', message: expect.stringContaining(`User: ${PARTNER}`) });
    await grant(qkms, { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['Encrypt'] });
    expect((await call(qkms, 'Encrypt', { KeyId: keyArn(EXAMPLE_KEY_ID), Plaintext: b64('x') }, asPartner)).status).toBe(200);
    expect(errorOf(await call(qkms, 'DisableKey', { KeyId: keyArn(EXAMPLE_KEY_ID) }, asPartner)).type).toBe('AccessDeniedException');
  });

  test('honours an EncryptionContextSubset constraint', async () => {
    const qkms = createQkms();
    await grant(qkms, {
      KeyId: EXAMPLE_KEY_ID,
      GranteePrincipal: PARTNER,
      Operations: ['Encrypt'],
      Constraints: { EncryptionContextSubset: { Department: 'Finance' } },
    });
    const body = { KeyId: keyArn(EXAMPLE_KEY_ID), Plaintext: b64('x') };
    expect((await call(qkms, 'Encrypt', { ...body, EncryptionContext: { Department: 'Finance', x: 'y' } }, asPartner)).status).toBe(200);
    expect(errorOf(await call(qkms, 'Encrypt', { ...body, EncryptionContext: { Department: 'Sales' } }, asPartner)).type).toBe(
      'AccessDeniedException',
    );
  });

  test('lets a constrained grant allow DescribeKey, which takes no encryption context', async () => {
    const qkms = createQkms();
    await grant(qkms, {
      KeyId: EXAMPLE_KEY_ID,
      GranteePrincipal: PARTNER,
      Operations: ['Encrypt', 'DescribeKey'],
      Constraints: { EncryptionContextSubset: { Department: 'Finance' } },
    });
    expect((await call(qkms, 'DescribeKey', { KeyId: keyArn(EXAMPLE_KEY_ID) }, asPartner)).status).toBe(200);
    expect(errorOf(await call(qkms, 'Encrypt', { KeyId: keyArn(EXAMPLE_KEY_ID), Plaintext: b64('x') }, asPartner)).type).toBe(
      'AccessDeniedException',
    );
  });

  test('matches constraint keys case-insensitively and values case-sensitively', async () => {
    const qkms = createQkms();
    await grant(qkms, {
      KeyId: EXAMPLE_KEY_ID,
      GranteePrincipal: PARTNER,
      Operations: ['Encrypt'],
      Constraints: { EncryptionContextEquals: { Department: 'Finance' } },
    });
    const body = { KeyId: keyArn(EXAMPLE_KEY_ID), Plaintext: b64('x') };
    expect((await call(qkms, 'Encrypt', { ...body, EncryptionContext: { department: 'Finance' } }, asPartner)).status).toBe(200);
    expect(errorOf(await call(qkms, 'Encrypt', { ...body, EncryptionContext: { Department: 'finance' } }, asPartner)).type).toBe(
      'AccessDeniedException',
    );
    expect(
      errorOf(await call(qkms, 'Encrypt', { ...body, EncryptionContext: { Department: 'Finance', x: 'y' } }, asPartner)).type,
    ).toBe('AccessDeniedException');
  });

  test('returns ValidationException given operations the key usage cannot have', async () => {
    const reply = await call(createQkms(), 'CreateGrant', { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['Sign', 'Encrypt'] });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('Sign') });
  });

  test('returns ValidationException given an encryption context constraint on an HMAC key', async () => {
    const qkms = createQkms();
    const created = await call(qkms, 'CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const { KeyId } = (created.body as { KeyMetadata: { KeyId: string } }).KeyMetadata;
    const reply = await call(qkms, 'CreateGrant', {
      KeyId,
      GranteePrincipal: PARTNER,
      Operations: ['GenerateMac'],
      Constraints: { EncryptionContextSubset: { Department: 'Finance' } },
    });
    expect(errorOf(reply)).toMatchObject({
      type: 'ValidationException',
      message: expect.stringContaining('valid only for symmetric encryption keys'),
    });
  });

  test('answers a repeated named grant with the existing grant', async () => {
    const qkms = createQkms();
    const body = { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['Decrypt'], Name: 'same' };
    const first = await grant(qkms, body);
    const second = await grant(qkms, body);
    expect(second).toEqual(first);
  });

  test('returns KMSInvalidStateException for a key pending deletion', async () => {
    const qkms = createQkms();
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID });
    const reply = await call(qkms, 'CreateGrant', { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['Decrypt'] });
    expect(errorOf(reply).type).toBe('KMSInvalidStateException');
  });
});

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

describe('RevokeGrant and RetireGrant', () => {
  test('revoking a grant makes its token invalid', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'RevokeGrant', { KeyId: SECOND_KEY_ID, GrantId: SEEDED_GRANT_ID })).body).toEqual({});
    const reply = await call(qkms, 'DescribeKey', { KeyId: SECOND_KEY_ID, GrantTokens: [SEEDED_GRANT_TOKEN] });
    expect(errorOf(reply).type).toBe('InvalidGrantTokenException');
  });

  test('RevokeGrant returns NotFoundException for an unknown grant and InvalidGrantIdException for a malformed id', async () => {
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'RevokeGrant', { KeyId: EXAMPLE_KEY_ID, GrantId: SEEDED_GRANT_ID })).type).toBe('NotFoundException');
    expect(errorOf(await call(qkms, 'RevokeGrant', { KeyId: EXAMPLE_KEY_ID, GrantId: 'xyz' })).type).toBe('InvalidGrantIdException');
  });

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
