import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn, SECOND_KEY_ID } from '../../support/sandbox';
import { b64, call, errorOf } from './support/call';
import { asPartner, encrypted, grant, PARTNER } from './support/fixtures';

/* What a principal of another account may do with a key: nothing without a grant, exactly what its grants and their constraints allow. */

describe('grant authorization', () => {
  test('returns AccessDeniedException for another account naming the key ARN without a grant', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: keyArn(EXAMPLE_KEY_ID) }, { 'X-Qkms-Caller': 'arn:verenc:444455556666:root' });
    expect(errorOf(reply)).toEqual({
      type: 'AccessDeniedException',
      status: 400,
      message: `User: arn:verenc:444455556666:root is not authorized to perform: kms:DescribeKey on resource: ${keyArn(EXAMPLE_KEY_ID)} because no resource-based policy allows the kms:DescribeKey action`,
    });
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

  test('needs ReEncryptFrom on the source and ReEncryptTo on the destination for another account', async () => {
    const qkms = createQkms();
    const blob = await encrypted(qkms);
    const outsider = { 'X-Qkms-Caller': 'arn:verenc:444455556666:role/Outsider' };
    const body = { CiphertextBlob: blob, SourceEncryptionContext: { Department: 'Finance' }, DestinationKeyId: keyArn(SECOND_KEY_ID) };
    const denied = await call(qkms, 'ReEncrypt', body, outsider);
    expect(errorOf(denied)).toMatchObject({ type: 'AccessDeniedException', message: expect.stringContaining('kms:ReEncryptFrom') });
    await call(qkms, 'CreateGrant', { KeyId: EXAMPLE_KEY_ID, GranteePrincipal: outsider['X-Qkms-Caller'], Operations: ['ReEncryptFrom'] });
    const halfway = await call(qkms, 'ReEncrypt', body, outsider);
    expect(errorOf(halfway)).toMatchObject({ type: 'AccessDeniedException', message: expect.stringContaining('kms:ReEncryptTo') });
    await call(qkms, 'CreateGrant', { KeyId: SECOND_KEY_ID, GranteePrincipal: outsider['X-Qkms-Caller'], Operations: ['ReEncryptTo'] });
    const allowed = await call(qkms, 'ReEncrypt', body, outsider);
    expect(allowed.status).toBe(200);
  });
});
