import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { b64, call, errorOf, text } from '../support/call';
import { asPartner, PARTNER } from '../support/fixtures';
import { keyWithPolicy, policyWith } from './keyWithPolicy';

/* The walk-throughs the key policies page promises, through the fetch handler as a reader would send them. */

describe('key policy walk-throughs', () => {
  test('a partner account allowed Encrypt only with dept = IT: the IT request succeeds, the HR one is refused naming action and key', async () => {
    const qkms = createQkms();
    const { Arn } = await keyWithPolicy(qkms, [
      {
        Sid: 'PartnerEncryptsForIT',
        Effect: 'Allow',
        Principal: { AWS: 'arn:verenc:444455556666:root' },
        Action: 'kms:Encrypt',
        Resource: '*',
        Condition: { StringEquals: { 'kms:EncryptionContext:dept': 'IT' } },
      },
    ]);
    const encrypt = (dept: string) => call(qkms, 'Encrypt', { KeyId: Arn, Plaintext: b64('payroll'), EncryptionContext: { dept } }, asPartner);
    expect((await encrypt('IT')).status).toBe(200);
    expect(errorOf(await encrypt('HR'))).toEqual({
      type: 'AccessDeniedException',
      status: 400,
      message: `User: ${PARTNER} is not authorized to perform: kms:Encrypt on resource: ${Arn} because no resource-based policy allows the kms:Encrypt action`,
    });
    expect(errorOf(await call(qkms, 'Decrypt', { CiphertextBlob: (await encrypt('IT')).body.CiphertextBlob, EncryptionContext: { dept: 'IT' } }, asPartner)).type).toBe(
      'AccessDeniedException',
    );
  });

  test('denying kms:ReEncryptFrom on a key makes ReEncrypt from it fail while Decrypt still works', async () => {
    const qkms = createQkms();
    const { Arn: source } = await keyWithPolicy(qkms, [
      { Sid: 'NoReEncryptFrom', Effect: 'Deny', Principal: '*', Action: 'kms:ReEncryptFrom', Resource: '*' },
    ]);
    const { Arn: destination } = await keyWithPolicy(qkms, []);
    const sealed = await call(qkms, 'Encrypt', { KeyId: source, Plaintext: b64('ledger') });
    const blob = sealed.body.CiphertextBlob;
    const reEncrypted = await call(qkms, 'ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: destination });
    expect(errorOf(reEncrypted)).toEqual({
      type: 'AccessDeniedException',
      status: 400,
      message: `User: arn:verenc:111122223333:root is not authorized to perform: kms:ReEncryptFrom on resource: ${source} with an explicit deny in a resource-based policy`,
    });
    const decrypted = await call(qkms, 'Decrypt', { CiphertextBlob: blob });
    expect(text(decrypted.body.Plaintext)).toBe('ledger');
  });

  test('kms:ReEncryptTo is checked on the destination key, not the source', async () => {
    const qkms = createQkms();
    const noTo = { Effect: 'Deny', Principal: '*', Action: 'kms:ReEncryptTo', Resource: '*' };
    const { Arn: source } = await keyWithPolicy(qkms, [noTo]);
    const { Arn: destination } = await keyWithPolicy(qkms, [noTo]);
    const { Arn: open } = await keyWithPolicy(qkms, []);
    const blob = (await call(qkms, 'Encrypt', { KeyId: source, Plaintext: b64('x') })).body.CiphertextBlob;
    expect((await call(qkms, 'ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: open })).status).toBe(200);
    const refused = await call(qkms, 'ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: destination });
    expect(errorOf(refused).message).toContain(`kms:ReEncryptTo on resource: ${destination} with an explicit deny`);
  });

  test('a key policy Deny beats a grant, while a grant still lets in what the policy does not mention', async () => {
    const qkms = createQkms();
    const { Arn } = await keyWithPolicy(qkms, [
      { Effect: 'Deny', Principal: { AWS: PARTNER }, Action: 'kms:Decrypt', Resource: '*' },
    ]);
    await call(qkms, 'CreateGrant', { KeyId: Arn, GranteePrincipal: PARTNER, Operations: ['Encrypt', 'Decrypt'] });
    const sealed = await call(qkms, 'Encrypt', { KeyId: Arn, Plaintext: b64('x') }, asPartner);
    expect(sealed.status).toBe(200);
    const refused = await call(qkms, 'Decrypt', { CiphertextBlob: sealed.body.CiphertextBlob }, asPartner);
    expect(errorOf(refused).message).toContain('with an explicit deny in a resource-based policy');
  });

  test('a policy put on a key decides its next request, and putting the default back restores access', async () => {
    const qkms = createQkms();
    const { Arn } = await keyWithPolicy(qkms, []);
    const partnerAllowed = policyWith({ Effect: 'Allow', Principal: { AWS: PARTNER }, Action: 'kms:Describe*', Resource: '*' });
    expect(errorOf(await call(qkms, 'DescribeKey', { KeyId: Arn }, asPartner)).type).toBe('AccessDeniedException');
    expect((await call(qkms, 'PutKeyPolicy', { KeyId: Arn, Policy: partnerAllowed })).status).toBe(200);
    expect((await call(qkms, 'DescribeKey', { KeyId: Arn }, asPartner)).status).toBe(200);
    expect(errorOf(await call(qkms, 'Encrypt', { KeyId: Arn, Plaintext: b64('x') }, asPartner)).type).toBe('AccessDeniedException');
  });
});
