import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { asPartner, create } from '../support/fixtures';
import { policyWith } from '../keyPolicies/keyWithPolicy';

const DEFAULT_POLICY = `{
  "Version" : "2012-10-17",
  "Id" : "key-default-1",
  "Statement" : [ {
    "Sid" : "Enable IAM User Permissions",
    "Effect" : "Allow",
    "Principal" : {
      "AWS" : "arn:verenc:111122223333:root"
    },
    "Action" : "kms:*",
    "Resource" : "*"
  } ]
}`;

describe('GetKeyPolicy', () => {
  test("returns KMS's default key policy document for a key created without a policy", async () => {
    const reply = await call(createQkms(), 'GetKeyPolicy', { KeyId: EXAMPLE_KEY_ID, PolicyName: 'default' });
    expect(reply.body).toEqual({ Policy: DEFAULT_POLICY, PolicyName: 'default' });
  });

  test('returns the policy text exactly as CreateKey or PutKeyPolicy was given it, and PolicyName is optional', async () => {
    const qkms = createQkms();
    const policy = policyWith({ Sid: 'Readers', Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: 'kms:Describe*', Resource: '*' });
    const { KeyId } = await create(qkms, { Policy: policy });
    expect((await call(qkms, 'GetKeyPolicy', { KeyId })).body).toEqual({ Policy: policy, PolicyName: 'default' });
    const spaced = JSON.stringify(JSON.parse(policy), null, 2);
    await call(qkms, 'PutKeyPolicy', { KeyId, Policy: spaced });
    expect((await call(qkms, 'GetKeyPolicy', { KeyId })).body.Policy).toBe(spaced);
  });

  test('returns NotFoundException for a PolicyName other than default', async () => {
    const reply = await call(createQkms(), 'GetKeyPolicy', { KeyId: EXAMPLE_KEY_ID, PolicyName: 'custom' });
    expect(errorOf(reply)).toMatchObject({
      type: 'NotFoundException',
      message: "There is no key policy named 'custom': a KMS key has one key policy, named default.",
    });
  });

  test('needs kms:GetKeyPolicy: another account is refused under the default policy', async () => {
    const reply = await call(createQkms(), 'GetKeyPolicy', { KeyId: keyArn(EXAMPLE_KEY_ID) }, asPartner);
    expect(errorOf(reply).message).toContain('is not authorized to perform: kms:GetKeyPolicy on resource');
  });

  test('reads the policy of a key in any state, pending deletion included', async () => {
    const qkms = createQkms();
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    expect((await call(qkms, 'GetKeyPolicy', { KeyId: EXAMPLE_KEY_ID })).status).toBe(200);
  });
});
