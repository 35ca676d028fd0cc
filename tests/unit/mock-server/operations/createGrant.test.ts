import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';
import { asPartner, grant, PARTNER } from '../support/fixtures';
import type { Qkms } from '../../../../mock-server';

describe('CreateGrant', () => {
  test('returns a 64-hex GrantId and a grant token that GrantTokens accepts', async () => {
    const qkms = createQkms();
    const created = await grant(qkms, { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['Encrypt'] });
    expect(created.GrantId).toMatch(/^[0-9a-f]{64}$/);
    expect(created.GrantToken).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const reply = await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID, GrantTokens: [created.GrantToken] });
    expect(reply.status).toBe(200);
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

  test('answers a repeated named grant with the same grant id and a new token, both of which work', async () => {
    const qkms = createQkms();
    const body = { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['Decrypt', 'Encrypt'], Name: 'same' };
    const first = await grant(qkms, body);
    const second = await grant(qkms, { ...body, Operations: ['Encrypt', 'Decrypt'] });
    expect(second.GrantId).toBe(first.GrantId);
    expect(second.GrantToken).not.toBe(first.GrantToken);
    for (const token of [first.GrantToken, second.GrantToken]) {
      const reply = await call(qkms, 'Encrypt', { KeyId: keyArn(EXAMPLE_KEY_ID), Plaintext: b64('x'), GrantTokens: [token] }, asPartner);
      expect(reply.status).toBe(200);
    }
    const listed = await call(qkms, 'ListGrants', { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER });
    expect(listed.body.Grants).toHaveLength(1);
  });

  test('counts constraint maps that differ only in key order as the same named grant', async () => {
    const qkms = createQkms();
    const body = { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['Decrypt'], Name: 'ordered' };
    const first = await grant(qkms, { ...body, Constraints: { EncryptionContextSubset: { a: '1', b: '2' } } });
    const second = await grant(qkms, { ...body, Constraints: { EncryptionContextSubset: { b: '2', a: '1' } } });
    expect(second.GrantId).toBe(first.GrantId);
  });

  test('returns KMSInvalidStateException for a key pending deletion', async () => {
    const qkms = createQkms();
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID });
    const reply = await call(qkms, 'CreateGrant', { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['Decrypt'] });
    expect(errorOf(reply).type).toBe('KMSInvalidStateException');
  });
});


/** CreateGrant's whole reply, for tests that expect it to refuse. */
const sendCreateGrant = (qkms: Qkms, body: object, headers: Record<string, string> = {}) => call(qkms, 'CreateGrant', body, headers);

describe('grant escalation', () => {
  test('refuses a child grant with operations its parent grant lacks, and the grantee still cannot encrypt', async () => {
    const qkms = createQkms();
    expect((await sendCreateGrant(qkms, { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['CreateGrant', 'DescribeKey'] })).status).toBe(200);
    const child = await sendCreateGrant(qkms, { KeyId: keyArn(EXAMPLE_KEY_ID), GranteePrincipal: PARTNER, Operations: ['Encrypt', 'Decrypt'] }, asPartner);
    expect(errorOf(child)).toMatchObject({ type: 'AccessDeniedException', message: expect.stringContaining('kms:CreateGrant') });
    const encrypt = await call(qkms, 'Encrypt', { KeyId: keyArn(EXAMPLE_KEY_ID), Plaintext: b64('x') }, asPartner);
    expect(errorOf(encrypt).type).toBe('AccessDeniedException');
  });

  test('refuses a child grant less constrained than its parent, and accepts one as strict', async () => {
    const qkms = createQkms();
    const parent = { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['CreateGrant', 'Encrypt'] };
    await sendCreateGrant(qkms, { ...parent, Constraints: { EncryptionContextEquals: { Dept: 'IT' } } });
    const child = { KeyId: keyArn(EXAMPLE_KEY_ID), GranteePrincipal: PARTNER, Operations: ['Encrypt'] };
    expect(errorOf(await sendCreateGrant(qkms, child, asPartner)).type).toBe('AccessDeniedException');
    const subset = { ...child, Constraints: { EncryptionContextSubset: { Dept: 'IT' } } };
    expect(errorOf(await sendCreateGrant(qkms, subset, asPartner)).type).toBe('AccessDeniedException');
    const equal = { ...child, Constraints: { EncryptionContextEquals: { dept: 'IT' } } };
    expect((await sendCreateGrant(qkms, equal, asPartner)).status).toBe(200);
  });

  test('lets a grantee whose parent has a subset constraint create a child with that subset and more', async () => {
    const qkms = createQkms();
    await sendCreateGrant(qkms, {
      KeyId: EXAMPLE_KEY_ID,
      GranteePrincipal: PARTNER,
      Operations: ['CreateGrant', 'Decrypt'],
      Constraints: { EncryptionContextSubset: { Dept: 'IT' } },
    });
    const child = { KeyId: keyArn(EXAMPLE_KEY_ID), GranteePrincipal: PARTNER, Operations: ['Decrypt'] };
    const stricter = { ...child, Constraints: { EncryptionContextSubset: { Dept: 'IT', Team: 'Ops' } } };
    expect((await sendCreateGrant(qkms, stricter, asPartner)).status).toBe(200);
    const other = { ...child, Constraints: { EncryptionContextSubset: { Dept: 'HR' } } };
    expect(errorOf(await sendCreateGrant(qkms, other, asPartner)).type).toBe('AccessDeniedException');
  });
});

describe('key states as AWS publishes them', () => {
  test('returns DisabledException for CreateGrant on a Disabled key', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    const reply = await sendCreateGrant(qkms, { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, Operations: ['Decrypt'] });
    expect(errorOf(reply)).toMatchObject({ type: 'DisabledException', message: `${keyArn(EXAMPLE_KEY_ID)} is disabled.` });
  });
});

describe('encryption contexts must be well-formed Unicode', () => {
  test('refuses a lone surrogate in a grant constraint with ValidationException', async () => {
    const reply = await sendCreateGrant(createQkms(), {
      KeyId: EXAMPLE_KEY_ID,
      GranteePrincipal: PARTNER,
      Operations: ['Decrypt'],
      Constraints: { EncryptionContextSubset: { k: '\ud800' } },
    });
    expect(errorOf(reply).type).toBe('ValidationException');
  });
});

describe('principals are validated', () => {
  test.each(['notaprincipal', 'arn:verenc:111122223333:group/Admins', 'arn:aws:iam::111122223333:role/Aws'])(
    'refuses GranteePrincipal %s with InvalidArnException',
    async (GranteePrincipal) => {
      const reply = await sendCreateGrant(createQkms(), { KeyId: EXAMPLE_KEY_ID, GranteePrincipal, Operations: ['Decrypt'] });
      expect(errorOf(reply)).toMatchObject({ type: 'InvalidArnException', message: expect.stringContaining(GranteePrincipal) });
    },
  );

  test('refuses a RetiringPrincipal that is not a principal ARN', async () => {
    const reply = await sendCreateGrant(createQkms(), { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: PARTNER, RetiringPrincipal: 'someone', Operations: ['Decrypt'] });
    expect(errorOf(reply).type).toBe('InvalidArnException');
  });
});
