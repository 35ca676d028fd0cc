import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import type { Qkms } from '../../../mock-server';
import { arnOf, b64, call, errorOf, KEY_1, KEY_2 } from './call';

const SEED_GRANT_ID = '0c237476b39f8bc44e45212e08498fbe3151305030726c0590dd8d3e9f3d6a18';
const SEED_TOKEN = 'AQpAM2RhZTk1MGMyNTk2ZmZmMzEyYWVhOWViN2I1MWM4Mzc0MWFiYjc0ZDE1ODkyNGFlNTIzODZhMzgyZjBlNDkxOAF4';
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
    const created = await grant(qkms, { KeyId: KEY_1, GranteePrincipal: PARTNER, Operations: ['Encrypt'] });
    expect(created.GrantId).toMatch(/^[0-9a-f]{64}$/);
    expect(created.GrantToken).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const reply = await call(qkms, 'DescribeKey', { KeyId: KEY_1, GrantTokens: [created.GrantToken] });
    expect(reply.status).toBe(200);
  });

  test('lets a principal of another account use exactly the granted operations', async () => {
    const qkms = createQkms();
    const denied = await call(qkms, 'Encrypt', { KeyId: arnOf(KEY_1), Plaintext: b64('x') }, asPartner);
    expect(errorOf(denied)).toMatchObject({ type: 'AccessDeniedException', message: expect.stringContaining(`User: ${PARTNER}`) });
    await grant(qkms, { KeyId: KEY_1, GranteePrincipal: PARTNER, Operations: ['Encrypt'] });
    expect((await call(qkms, 'Encrypt', { KeyId: arnOf(KEY_1), Plaintext: b64('x') }, asPartner)).status).toBe(200);
    expect(errorOf(await call(qkms, 'DisableKey', { KeyId: arnOf(KEY_1) }, asPartner)).type).toBe('AccessDeniedException');
  });

  test('honours an EncryptionContextSubset constraint', async () => {
    const qkms = createQkms();
    await grant(qkms, {
      KeyId: KEY_1,
      GranteePrincipal: PARTNER,
      Operations: ['Encrypt'],
      Constraints: { EncryptionContextSubset: { Department: 'Finance' } },
    });
    const body = { KeyId: arnOf(KEY_1), Plaintext: b64('x') };
    expect((await call(qkms, 'Encrypt', { ...body, EncryptionContext: { Department: 'Finance', x: 'y' } }, asPartner)).status).toBe(200);
    expect(errorOf(await call(qkms, 'Encrypt', { ...body, EncryptionContext: { Department: 'Sales' } }, asPartner)).type).toBe(
      'AccessDeniedException',
    );
  });

  test('lets a constrained grant allow DescribeKey, which takes no encryption context', async () => {
    const qkms = createQkms();
    await grant(qkms, {
      KeyId: KEY_1,
      GranteePrincipal: PARTNER,
      Operations: ['Encrypt', 'DescribeKey'],
      Constraints: { EncryptionContextSubset: { Department: 'Finance' } },
    });
    expect((await call(qkms, 'DescribeKey', { KeyId: arnOf(KEY_1) }, asPartner)).status).toBe(200);
    expect(errorOf(await call(qkms, 'Encrypt', { KeyId: arnOf(KEY_1), Plaintext: b64('x') }, asPartner)).type).toBe(
      'AccessDeniedException',
    );
  });

  test('matches constraint keys case-insensitively and values case-sensitively', async () => {
    const qkms = createQkms();
    await grant(qkms, {
      KeyId: KEY_1,
      GranteePrincipal: PARTNER,
      Operations: ['Encrypt'],
      Constraints: { EncryptionContextEquals: { Department: 'Finance' } },
    });
    const body = { KeyId: arnOf(KEY_1), Plaintext: b64('x') };
    expect((await call(qkms, 'Encrypt', { ...body, EncryptionContext: { department: 'Finance' } }, asPartner)).status).toBe(200);
    expect(errorOf(await call(qkms, 'Encrypt', { ...body, EncryptionContext: { Department: 'finance' } }, asPartner)).type).toBe(
      'AccessDeniedException',
    );
    expect(
      errorOf(await call(qkms, 'Encrypt', { ...body, EncryptionContext: { Department: 'Finance', x: 'y' } }, asPartner)).type,
    ).toBe('AccessDeniedException');
  });

  test('returns ValidationException given operations the key usage cannot have', async () => {
    const reply = await call(createQkms(), 'CreateGrant', { KeyId: KEY_1, GranteePrincipal: PARTNER, Operations: ['Sign', 'Encrypt'] });
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

  test('answers a repeated named grant with the same grant id and a new token, both of which work', async () => {
    const qkms = createQkms();
    const body = { KeyId: KEY_1, GranteePrincipal: PARTNER, Operations: ['Decrypt', 'Encrypt'], Name: 'same' };
    const first = await grant(qkms, body);
    const second = await grant(qkms, { ...body, Operations: ['Encrypt', 'Decrypt'] });
    expect(second.GrantId).toBe(first.GrantId);
    expect(second.GrantToken).not.toBe(first.GrantToken);
    for (const token of [first.GrantToken, second.GrantToken]) {
      const reply = await call(qkms, 'Encrypt', { KeyId: arnOf(KEY_1), Plaintext: b64('x'), GrantTokens: [token] }, asPartner);
      expect(reply.status).toBe(200);
    }
    const listed = await call(qkms, 'ListGrants', { KeyId: KEY_1, GranteePrincipal: PARTNER });
    expect(listed.body.Grants).toHaveLength(1);
  });

  test('counts constraint maps that differ only in key order as the same named grant', async () => {
    const qkms = createQkms();
    const body = { KeyId: KEY_1, GranteePrincipal: PARTNER, Operations: ['Decrypt'], Name: 'ordered' };
    const first = await grant(qkms, { ...body, Constraints: { EncryptionContextSubset: { a: '1', b: '2' } } });
    const second = await grant(qkms, { ...body, Constraints: { EncryptionContextSubset: { b: '2', a: '1' } } });
    expect(second.GrantId).toBe(first.GrantId);
  });

  test('returns KMSInvalidStateException for a key pending deletion', async () => {
    const qkms = createQkms();
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: KEY_1 });
    const reply = await call(qkms, 'CreateGrant', { KeyId: KEY_1, GranteePrincipal: PARTNER, Operations: ['Decrypt'] });
    expect(errorOf(reply).type).toBe('KMSInvalidStateException');
  });
});

describe('ListGrants', () => {
  test('lists the seeded example grant without its token', async () => {
    const reply = await call(createQkms(), 'ListGrants', { KeyId: KEY_2 });
    expect(reply.body).toEqual({
      Grants: [
        {
          KeyId: arnOf(KEY_2),
          GrantId: SEED_GRANT_ID,
          Name: 'ExampleGrant',
          CreationDate: 1704067200,
          GranteePrincipal: 'arn:verenc:111122223333:role/ExampleRole',
          IssuingAccount: 'arn:verenc:111122223333:root',
          Operations: ['Decrypt', 'Encrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GenerateDataKey', 'DescribeKey'],
        },
      ],
      Truncated: false,
    });
  });

  test('filters by GrantId and GranteePrincipal and pages with Limit and Marker', async () => {
    const qkms = createQkms();
    const a = await grant(qkms, { KeyId: KEY_1, GranteePrincipal: PARTNER, Operations: ['Decrypt'] });
    await grant(qkms, { KeyId: KEY_1, GranteePrincipal: 'arn:verenc:111122223333:role/Other', Operations: ['Decrypt'] });
    const byGrantee = await call(qkms, 'ListGrants', { KeyId: KEY_1, GranteePrincipal: PARTNER });
    expect((byGrantee.body.Grants as { GrantId: string }[]).map((g) => g.GrantId)).toEqual([a.GrantId]);
    const byId = await call(qkms, 'ListGrants', { KeyId: KEY_1, GrantId: a.GrantId });
    expect((byId.body.Grants as unknown[]).length).toBe(1);
    const first = await call(qkms, 'ListGrants', { KeyId: KEY_1, Limit: 1 });
    expect(first.body.Truncated).toBe(true);
    const second = await call(qkms, 'ListGrants', { KeyId: KEY_1, Limit: 1, Marker: first.body.NextMarker });
    expect(second.body.Truncated).toBe(false);
    expect(second.body.Grants).not.toEqual(first.body.Grants);
  });
});

describe('RevokeGrant and RetireGrant', () => {
  test('revoking a grant makes its token invalid', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'RevokeGrant', { KeyId: KEY_2, GrantId: SEED_GRANT_ID })).body).toEqual({});
    const reply = await call(qkms, 'DescribeKey', { KeyId: KEY_2, GrantTokens: [SEED_TOKEN] });
    expect(errorOf(reply).type).toBe('InvalidGrantTokenException');
  });

  test('RevokeGrant returns NotFoundException for an unknown grant and InvalidGrantIdException for a malformed id', async () => {
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'RevokeGrant', { KeyId: KEY_1, GrantId: SEED_GRANT_ID })).type).toBe('NotFoundException');
    expect(errorOf(await call(qkms, 'RevokeGrant', { KeyId: KEY_1, GrantId: 'xyz' })).type).toBe('InvalidGrantIdException');
  });

  test('retires a grant by its token', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'RetireGrant', { GrantToken: SEED_TOKEN })).status).toBe(200);
    expect((await call(qkms, 'ListGrants', { KeyId: KEY_2 })).body.Grants).toEqual([]);
  });

  test('retires a grant by KeyId and GrantId when the caller is its retiring principal', async () => {
    const qkms = createQkms();
    const created = await grant(qkms, { KeyId: KEY_1, GranteePrincipal: PARTNER, RetiringPrincipal: PARTNER, Operations: ['Decrypt'] });
    const reply = await call(qkms, 'RetireGrant', { KeyId: arnOf(KEY_1), GrantId: created.GrantId }, asPartner);
    expect(reply.status).toBe(200);
  });

  test('returns AccessDeniedException when a grantee without RetireGrant retires its grant', async () => {
    const qkms = createQkms();
    const created = await grant(qkms, { KeyId: KEY_1, GranteePrincipal: PARTNER, Operations: ['Decrypt'] });
    expect(errorOf(await call(qkms, 'RetireGrant', { GrantToken: created.GrantToken }, asPartner)).type).toBe('AccessDeniedException');
  });

  test('returns ValidationException given neither a token nor KeyId and GrantId', async () => {
    expect(errorOf(await call(createQkms(), 'RetireGrant', { KeyId: KEY_1 })).type).toBe('ValidationException');
  });

  test('returns InvalidGrantTokenException when retiring with a retired token', async () => {
    const qkms = createQkms();
    await call(qkms, 'RetireGrant', { GrantToken: SEED_TOKEN });
    expect(errorOf(await call(qkms, 'RetireGrant', { GrantToken: SEED_TOKEN })).type).toBe('InvalidGrantTokenException');
  });
});
