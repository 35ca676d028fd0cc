import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { keyArn, SIGNING_KEY_ID } from '../../../support/sandbox';
import { b64, call, errorOf } from '../support/call';
import { asPartner, PARTNER } from '../support/fixtures';
import { keyWithPolicy, policyWith } from './keyWithPolicy';

/* Each KMS and AWS condition key QKMS puts in a request, checked through the fetch handler. */

const partnerMay = (Action: string | string[], Condition: object) => ({
  Effect: 'Allow',
  Principal: { AWS: PARTNER },
  Action,
  Resource: '*',
  Condition,
});
const adminDeniedWhen = (Action: string, Condition: object) => ({
  Effect: 'Deny',
  Principal: { AWS: 'arn:verenc:111122223333:root' },
  Action,
  Resource: '*',
  Condition,
});

describe('condition keys of the request', () => {
  test('kms:EncryptionContext:<key> is the value of that encryption context pair', async () => {
    const qkms = createQkms();
    const { Arn } = await keyWithPolicy(qkms, [partnerMay('kms:Encrypt', { StringEquals: { 'kms:EncryptionContext:dept': 'IT' } })]);
    const encrypt = (EncryptionContext?: object) => call(qkms, 'Encrypt', { KeyId: Arn, Plaintext: b64('x'), EncryptionContext }, asPartner);
    expect((await encrypt({ dept: 'IT' })).status).toBe(200);
    expect(errorOf(await encrypt({ dept: 'HR' })).type).toBe('AccessDeniedException');
    expect(errorOf(await encrypt()).type).toBe('AccessDeniedException');
  });

  test('kms:EncryptionContextKeys lists the keys of the encryption context', async () => {
    const qkms = createQkms();
    const { Arn } = await keyWithPolicy(qkms, [
      partnerMay('kms:Encrypt', { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'project' } }),
    ]);
    const encrypt = (EncryptionContext: object) => call(qkms, 'Encrypt', { KeyId: Arn, Plaintext: b64('x'), EncryptionContext }, asPartner);
    expect((await encrypt({ project: 'apollo', dept: 'IT' })).status).toBe(200);
    expect(errorOf(await encrypt({ dept: 'IT' })).type).toBe('AccessDeniedException');
  });

  test('kms:CallerAccount and aws:PrincipalArn name the caller', async () => {
    const qkms = createQkms();
    const { Arn } = await keyWithPolicy(qkms, [
      { ...partnerMay('kms:DescribeKey', { StringEquals: { 'kms:CallerAccount': '444455556666' } }), Principal: '*' },
      adminDeniedWhen('kms:GetKeyPolicy', { ArnNotEquals: { 'aws:PrincipalArn': 'arn:verenc:111122223333:role/Auditor' } }),
    ]);
    expect((await call(qkms, 'DescribeKey', { KeyId: Arn }, asPartner)).status).toBe(200);
    const otherAccount = { 'X-Qkms-Caller': 'arn:verenc:999988887777:root' };
    expect(errorOf(await call(qkms, 'DescribeKey', { KeyId: Arn }, otherAccount)).type).toBe('AccessDeniedException');
    expect(errorOf(await call(qkms, 'GetKeyPolicy', { KeyId: Arn })).message).toMatch(/with an explicit deny/);
    expect((await call(qkms, 'GetKeyPolicy', { KeyId: Arn }, { 'X-Qkms-Caller': 'arn:verenc:111122223333:role/Auditor' })).status).toBe(200);
  });

  test('kms:KeySpec and kms:KeyUsage describe the key', async () => {
    const qkms = createQkms();
    const { Arn } = await keyWithPolicy(
      qkms,
      [partnerMay('kms:Sign', { StringEquals: { 'kms:KeySpec': 'ECC_NIST_P256', 'kms:KeyUsage': 'SIGN_VERIFY' } })],
      { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' },
    );
    const sign = { KeyId: Arn, Message: b64('m'), SigningAlgorithm: 'ECDSA_SHA_256' };
    expect((await call(qkms, 'Sign', sign, asPartner)).status).toBe(200);
    const { Arn: symmetric } = await keyWithPolicy(qkms, [partnerMay('kms:Encrypt', { StringEquals: { 'kms:KeySpec': 'ECC_NIST_P256' } })]);
    expect(errorOf(await call(qkms, 'Encrypt', { KeyId: symmetric, Plaintext: b64('x') }, asPartner)).type).toBe('AccessDeniedException');
  });

  test('kms:EncryptionAlgorithm, kms:SigningAlgorithm and kms:MacAlgorithm are the algorithms the request names', async () => {
    const qkms = createQkms();
    const { Arn } = await keyWithPolicy(
      qkms,
      [adminDeniedWhen('kms:Encrypt', { StringNotEquals: { 'kms:EncryptionAlgorithm': 'RSAES_OAEP_SHA_256' } })],
      { KeySpec: 'RSA_2048' },
    );
    const encrypt = (EncryptionAlgorithm: string) => call(qkms, 'Encrypt', { KeyId: Arn, Plaintext: b64('x'), EncryptionAlgorithm });
    expect((await encrypt('RSAES_OAEP_SHA_256')).status).toBe(200);
    expect(errorOf(await encrypt('RSAES_OAEP_SHA_1')).message).toMatch(/explicit deny/);

    const { Arn: signing } = await keyWithPolicy(
      qkms,
      [adminDeniedWhen('kms:Sign', { StringNotLike: { 'kms:SigningAlgorithm': 'RSASSA_PSS_*' } })],
      { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' },
    );
    const sign = (SigningAlgorithm: string) => call(qkms, 'Sign', { KeyId: signing, Message: b64('m'), SigningAlgorithm });
    expect((await sign('RSASSA_PSS_SHA_256')).status).toBe(200);
    expect(errorOf(await sign('RSASSA_PKCS1_V1_5_SHA_256')).type).toBe('AccessDeniedException');

    const { Arn: mac } = await keyWithPolicy(
      qkms,
      [adminDeniedWhen('kms:GenerateMac', { StringNotEquals: { 'kms:MacAlgorithm': 'HMAC_SHA_256' } })],
      { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' },
    );
    expect((await call(qkms, 'GenerateMac', { KeyId: mac, Message: b64('m'), MacAlgorithm: 'HMAC_SHA_256' })).status).toBe(200);
  });

  test('kms:RequestAlias is the alias the request names the key by, and absent for a key id', async () => {
    const qkms = createQkms();
    const { KeyId } = await keyWithPolicy(qkms, [
      adminDeniedWhen('kms:Encrypt', { StringNotEquals: { 'kms:RequestAlias': 'alias/finance' } }),
    ]);
    await call(qkms, 'CreateAlias', { AliasName: 'alias/finance', TargetKeyId: KeyId });
    await call(qkms, 'CreateAlias', { AliasName: 'alias/other', TargetKeyId: KeyId });
    const encrypt = (reference: string) => call(qkms, 'Encrypt', { KeyId: reference, Plaintext: b64('x') });
    expect((await encrypt('alias/finance')).status).toBe(200);
    expect((await encrypt('arn:verenc:111122223333:alias/finance')).status).toBe(200);
    expect(errorOf(await encrypt('alias/other')).type).toBe('AccessDeniedException');
    expect(errorOf(await encrypt(KeyId)).type).toBe('AccessDeniedException');
  });

  test('kms:GrantOperations, kms:GranteePrincipal and kms:GrantIsForAWSResource describe the grant CreateGrant would make', async () => {
    const qkms = createQkms();
    const { Arn } = await keyWithPolicy(qkms, [
      partnerMay('kms:CreateGrant', {
        'ForAllValues:StringEquals': { 'kms:GrantOperations': ['Encrypt', 'Decrypt'] },
        StringLike: { 'kms:GranteePrincipal': 'arn:verenc:444455556666:*' },
        Bool: { 'kms:GrantIsForAWSResource': 'false' },
      }),
    ]);
    const createGrant = (Operations: string[], GranteePrincipal = 'arn:verenc:444455556666:role/Worker') =>
      call(qkms, 'CreateGrant', { KeyId: Arn, GranteePrincipal, Operations }, asPartner);
    expect((await createGrant(['Encrypt'])).status).toBe(200);
    expect(errorOf(await createGrant(['Encrypt', 'ReEncryptFrom'])).type).toBe('AccessDeniedException');
    expect(errorOf(await createGrant(['Decrypt'], 'arn:verenc:999988887777:root')).type).toBe('AccessDeniedException');
  });

  test('kms:RetiringPrincipal and kms:GrantConstraintType describe the grant CreateGrant would make', async () => {
    const qkms = createQkms();
    const { Arn } = await keyWithPolicy(qkms, [
      partnerMay('kms:CreateGrant', {
        StringEquals: { 'kms:RetiringPrincipal': 'arn:verenc:444455556666:role/Retirer' },
        'ForAnyValue:StringEquals': { 'kms:GrantConstraintType': 'EncryptionContextEquals' },
      }),
    ]);
    const createGrant = (RetiringPrincipal: string, Constraints?: object) =>
      call(
        qkms,
        'CreateGrant',
        { KeyId: Arn, GranteePrincipal: 'arn:verenc:444455556666:role/Worker', Operations: ['Decrypt'], RetiringPrincipal, Constraints },
        asPartner,
      );
    const equals = { EncryptionContextEquals: { dept: 'IT' } };
    expect((await createGrant('arn:verenc:444455556666:role/Retirer', equals)).status).toBe(200);
    expect(errorOf(await createGrant('arn:verenc:444455556666:role/Other', equals)).type).toBe('AccessDeniedException');
    expect(errorOf(await createGrant('arn:verenc:444455556666:role/Retirer', { EncryptionContextSubset: { dept: 'IT' } })).type).toBe(
      'AccessDeniedException',
    );
    expect(errorOf(await createGrant('arn:verenc:444455556666:role/Retirer')).type).toBe('AccessDeniedException');
  });

  test('aws:PrincipalAccount is the account of the caller', async () => {
    const qkms = createQkms();
    const { Arn } = await keyWithPolicy(qkms, [{ ...partnerMay('kms:DescribeKey', { StringEquals: { 'aws:PrincipalAccount': '444455556666' } }), Principal: '*' }]);
    expect((await call(qkms, 'DescribeKey', { KeyId: Arn }, asPartner)).status).toBe(200);
    const otherAccount = { 'X-Qkms-Caller': 'arn:verenc:999988887777:root' };
    expect(errorOf(await call(qkms, 'DescribeKey', { KeyId: Arn }, otherAccount)).type).toBe('AccessDeniedException');
  });

  test('kms:KeyOrigin and kms:MultiRegion describe the key', async () => {
    const qkms = createQkms();
    const { Arn } = await keyWithPolicy(qkms, [
      partnerMay('kms:DescribeKey', { StringEquals: { 'kms:KeyOrigin': 'AWS_KMS' }, Bool: { 'kms:MultiRegion': 'false' } }),
      partnerMay('kms:GetKeyPolicy', { StringEquals: { 'kms:KeyOrigin': 'EXTERNAL' } }),
      partnerMay('kms:ListKeyPolicies', { Bool: { 'kms:MultiRegion': 'true' } }),
    ]);
    expect((await call(qkms, 'DescribeKey', { KeyId: Arn }, asPartner)).status).toBe(200);
    expect(errorOf(await call(qkms, 'GetKeyPolicy', { KeyId: Arn }, asPartner)).type).toBe('AccessDeniedException');
    expect(errorOf(await call(qkms, 'ListKeyPolicies', { KeyId: Arn }, asPartner)).type).toBe('AccessDeniedException');
  });

  test('kms:ViaService is never present: no AWS service calls QKMS for a caller', async () => {
    const qkms = createQkms();
    const { Arn } = await keyWithPolicy(qkms, [
      partnerMay('kms:Encrypt', { Null: { 'kms:ViaService': 'true' } }),
      partnerMay('kms:Decrypt', { StringEquals: { 'kms:ViaService': 's3.amazonaws.com' } }),
    ]);
    expect((await call(qkms, 'Encrypt', { KeyId: Arn, Plaintext: b64('x') }, asPartner)).status).toBe(200);
    expect(errorOf(await call(qkms, 'DescribeKey', { KeyId: Arn }, asPartner)).type).toBe('AccessDeniedException');
  });

  test('kms:BypassPolicyLockoutSafetyCheck is the request member PutKeyPolicy sends', async () => {
    const qkms = createQkms();
    const denyBypass = adminDeniedWhen('kms:PutKeyPolicy', { Bool: { 'kms:BypassPolicyLockoutSafetyCheck': 'true' } });
    const { Arn } = await keyWithPolicy(qkms, [denyBypass]);
    const put = (BypassPolicyLockoutSafetyCheck: boolean) =>
      call(qkms, 'PutKeyPolicy', { KeyId: Arn, Policy: policyWith(denyBypass), BypassPolicyLockoutSafetyCheck });
    expect(errorOf(await put(true)).message).toMatch(/explicit deny/);
    expect((await put(false)).status).toBe(200);
  });

  test('aws:CurrentTime is the sandbox clock', async () => {
    const qkms = createQkms({ clock: () => new Date('2026-06-01T00:00:00Z') });
    const { Arn } = await keyWithPolicy(qkms, [
      adminDeniedWhen('kms:Encrypt', { DateGreaterThan: { 'aws:CurrentTime': '2026-12-31T00:00:00Z' } }),
    ]);
    expect((await call(qkms, 'Encrypt', { KeyId: Arn, Plaintext: b64('x') })).status).toBe(200);
    const later = createQkms({ clock: () => new Date('2027-06-01T00:00:00Z') });
    const { Arn: laterKey } = await keyWithPolicy(later, [
      adminDeniedWhen('kms:Encrypt', { DateGreaterThan: { 'aws:CurrentTime': '2026-12-31T00:00:00Z' } }),
    ]);
    expect(errorOf(await call(later, 'Encrypt', { KeyId: laterKey, Plaintext: b64('x') })).type).toBe('AccessDeniedException');
  });

  test('the seeded keys keep the default policy: another account gets nothing from it', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: keyArn(SIGNING_KEY_ID) }, asPartner);
    expect(errorOf(reply).type).toBe('AccessDeniedException');
  });
});

describe('condition keys of particular operations', () => {
  test('kms:MessageType, kms:DataKeyPairSpec and kms:KeyAgreementAlgorithm are what Sign, GenerateDataKeyPair and DeriveSharedSecret ask for', async () => {
    const qkms = createQkms();
    const { Arn: signing } = await keyWithPolicy(
      qkms,
      [adminDeniedWhen('kms:Sign', { StringEquals: { 'kms:MessageType': 'DIGEST' } })],
      { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' },
    );
    const sign = (MessageType: string, Message: string) => call(qkms, 'Sign', { KeyId: signing, Message, MessageType, SigningAlgorithm: 'ECDSA_SHA_256' });
    expect((await sign('RAW', b64('m'))).status).toBe(200);
    expect(errorOf(await sign('DIGEST', Buffer.alloc(32, 1).toString('base64'))).type).toBe('AccessDeniedException');

    const { Arn: symmetric } = await keyWithPolicy(qkms, [
      adminDeniedWhen('kms:GenerateDataKeyPair', { StringLike: { 'kms:DataKeyPairSpec': 'RSA_*' } }),
    ]);
    expect((await call(qkms, 'GenerateDataKeyPair', { KeyId: symmetric, KeyPairSpec: 'ECC_NIST_P256' })).status).toBe(200);
    expect(errorOf(await call(qkms, 'GenerateDataKeyPair', { KeyId: symmetric, KeyPairSpec: 'RSA_2048' })).type).toBe('AccessDeniedException');
  });

  test('a condition operator with a line break in its name is refused, not crashed on', async () => {
    const reply = await call(createQkms(), 'CreateKey', {
      Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { 'String\nEquals': { 'kms:CallerAccount': '1' } } }] }),
    });
    expect(errorOf(reply)).toMatchObject({ type: 'MalformedPolicyDocumentException', message: expect.stringContaining('unknown operator') });
  });
});
