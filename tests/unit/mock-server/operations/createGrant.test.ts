import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { grant, PARTNER } from '../support/fixtures';

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
