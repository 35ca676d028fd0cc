import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';
import { asPartner, PARTNER } from '../support/fixtures';
import { ADMIN_STATEMENT, policyWith } from '../keyPolicies/keyWithPolicy';

const partnerEncrypts = { Sid: 'Partner', Effect: 'Allow', Principal: { AWS: PARTNER }, Action: 'kms:Encrypt', Resource: '*' };

describe('PutKeyPolicy', () => {
  test('replaces the key policy, answers an empty body, and the new policy decides the next request', async () => {
    const qkms = createQkms();
    const encrypt = () => call(qkms, 'Encrypt', { KeyId: keyArn(EXAMPLE_KEY_ID), Plaintext: b64('x') }, asPartner);
    expect(errorOf(await encrypt()).type).toBe('AccessDeniedException');
    const reply = await call(qkms, 'PutKeyPolicy', { KeyId: EXAMPLE_KEY_ID, PolicyName: 'default', Policy: policyWith(partnerEncrypts) });
    expect(reply).toMatchObject({ status: 200, body: {} });
    expect((await encrypt()).status).toBe(200);
  });

  test('returns MalformedPolicyDocumentException saying what is wrong, and keeps the old policy', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'PutKeyPolicy', {
      KeyId: EXAMPLE_KEY_ID,
      Policy: JSON.stringify({ Statement: [{ ...ADMIN_STATEMENT, Effect: 'allow' }] }),
    });
    expect(errorOf(reply)).toMatchObject({
      type: 'MalformedPolicyDocumentException',
      message: 'Statement 1 (Sid \'Admin\') has Effect "allow"; Effect must be Allow or Deny.',
    });
    expect((await call(qkms, 'GetKeyPolicy', { KeyId: EXAMPLE_KEY_ID })).body.Policy).toContain('key-default-1');
  });

  test('refuses a policy that would lock the caller out unless BypassPolicyLockoutSafetyCheck is true', async () => {
    const qkms = createQkms();
    const Policy = JSON.stringify({ Statement: [partnerEncrypts] });
    const refused = await call(qkms, 'PutKeyPolicy', { KeyId: EXAMPLE_KEY_ID, Policy });
    expect(errorOf(refused)).toMatchObject({
      type: 'MalformedPolicyDocumentException',
      message: expect.stringMatching(/^The new key policy will not allow you to update the key policy in the future/),
    });
    expect((await call(qkms, 'PutKeyPolicy', { KeyId: EXAMPLE_KEY_ID, Policy, BypassPolicyLockoutSafetyCheck: true })).status).toBe(200);
    const lockedOut = await call(qkms, 'PutKeyPolicy', { KeyId: EXAMPLE_KEY_ID, Policy: policyWith() });
    expect(errorOf(lockedOut).message).toContain('is not authorized to perform: kms:PutKeyPolicy');
  });

  test('the lockout check counts a Deny: a policy that denies the caller PutKeyPolicy is refused', async () => {
    const denyPut = { Effect: 'Deny', Principal: '*', Action: 'kms:Put*', Resource: '*' };
    const reply = await call(createQkms(), 'PutKeyPolicy', { KeyId: EXAMPLE_KEY_ID, Policy: policyWith(denyPut) });
    expect(errorOf(reply).type).toBe('MalformedPolicyDocumentException');
  });

  test('needs kms:PutKeyPolicy from the current policy: another account is refused', async () => {
    const reply = await call(createQkms(), 'PutKeyPolicy', { KeyId: keyArn(EXAMPLE_KEY_ID), Policy: policyWith() }, asPartner);
    expect(errorOf(reply).message).toContain('kms:PutKeyPolicy on resource');
  });

  test('returns NotFoundException for a PolicyName other than default', async () => {
    const reply = await call(createQkms(), 'PutKeyPolicy', { KeyId: EXAMPLE_KEY_ID, PolicyName: 'other', Policy: policyWith() });
    expect(errorOf(reply).type).toBe('NotFoundException');
  });

  test('returns ValidationException for a policy with characters outside the model pattern', async () => {
    const reply = await call(createQkms(), 'PutKeyPolicy', { KeyId: EXAMPLE_KEY_ID, Policy: policyWith().replace('Admin', 'Ādmin') });
    expect(errorOf(reply).type).toBe('ValidationException');
  });
});
