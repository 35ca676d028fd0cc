import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../../mock-server';
import { keyArn } from '../../../support/sandbox';
import { call, errorOf } from '../support/call';
import { create } from '../support/fixtures';

describe('CreateKey', () => {
  test('creates an enabled symmetric key by default and describes it as KMS does', async () => {
    const clock = () => new Date('2025-06-01T12:00:00.500Z');
    const metadata = await create(createQkms({ clock }), { Description: 'mine', Tags: [{ TagKey: 'team', TagValue: 'docs' }] });
    expect(metadata).toEqual({
      AWSAccountId: '111122223333',
      KeyId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      Arn: keyArn(metadata.KeyId),
      CreationDate: 1748779200.5,
      Enabled: true,
      Description: 'mine',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: 'Enabled',
      Origin: 'AWS_KMS',
      KeyManager: 'CUSTOMER',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: false,
      CurrentKeyMaterialId: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  test.each([
    ['RSA_2048', 'ENCRYPT_DECRYPT', { EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] }],
    ['RSA_3072', 'SIGN_VERIFY', { SigningAlgorithms: expect.arrayContaining(['RSASSA_PSS_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_512']) }],
    ['ECC_NIST_P256', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_256'] }],
    ['ECC_NIST_P384', 'KEY_AGREEMENT', { KeyAgreementAlgorithms: ['ECDH'] }],
    ['ECC_NIST_P521', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_512'] }],
    ['HMAC_256', 'GENERATE_VERIFY_MAC', { MacAlgorithms: ['HMAC_SHA_256'] }],
    ['HMAC_384', 'GENERATE_VERIFY_MAC', { MacAlgorithms: ['HMAC_SHA_384'] }],
    ['HMAC_512', 'GENERATE_VERIFY_MAC', { MacAlgorithms: ['HMAC_SHA_512'] }],
  ])('creates a %s key for %s and reports its algorithms', async (KeySpec, KeyUsage, algorithms) => {
    const metadata = await create(createQkms(), { KeySpec, KeyUsage });
    expect(metadata).toMatchObject({ KeySpec, KeyUsage, ...algorithms });
  });

  test('accepts the deprecated CustomerMasterKeySpec as KeySpec', async () => {
    const metadata = await create(createQkms(), { CustomerMasterKeySpec: 'HMAC_512', KeyUsage: 'GENERATE_VERIFY_MAC' });
    expect(metadata.KeySpec).toBe('HMAC_512');
  });

  test('returns ValidationException naming the valid usages given a usage the spec cannot have', async () => {
    const reply = await call(createQkms(), 'CreateKey', { KeySpec: 'HMAC_256' });
    expect(errorOf(reply)).toMatchObject({
      type: 'ValidationException',
      message: 'KeyUsage ENCRYPT_DECRYPT is not valid for KeySpec HMAC_256. Valid KeyUsage values for HMAC_256: GENERATE_VERIFY_MAC.',
    });
  });

  test('returns UnsupportedOperationException for SM2, which exists only in the China Regions, listing what the sandbox can create', async () => {
    const error = errorOf(await call(createQkms(), 'CreateKey', { KeySpec: 'SM2', KeyUsage: 'SIGN_VERIFY' }));
    expect(error).toMatchObject({ type: 'UnsupportedOperationException', status: 400 });
    expect(error.message).toContain('China Regions');
    expect(error.message).toContain(
      'SYMMETRIC_DEFAULT, RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, ECC_NIST_EDWARDS25519, HMAC_224, HMAC_256, HMAC_384, HMAC_512, ML_DSA_44, ML_DSA_65, ML_DSA_87.',
    );
  });

  test.each([
    ['ECC_SECG_P256K1', 'SIGN_VERIFY', ['ECDSA_SHA_256']],
    ['ECC_NIST_EDWARDS25519', 'SIGN_VERIFY', ['ED25519_SHA_512', 'ED25519_PH_SHA_512']],
    ['ML_DSA_44', 'SIGN_VERIFY', ['ML_DSA_SHAKE_256']],
    ['ML_DSA_65', 'SIGN_VERIFY', ['ML_DSA_SHAKE_256']],
    ['ML_DSA_87', 'SIGN_VERIFY', ['ML_DSA_SHAKE_256']],
  ])('creates a %s key with key usage %s and its signing algorithms', async (KeySpec, KeyUsage, algorithms) => {
    const reply = await call(createQkms(), 'CreateKey', { KeySpec, KeyUsage });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.KeyMetadata).toMatchObject({ KeySpec, KeyUsage, SigningAlgorithms: algorithms });
  });

  test('creates an HMAC_224 key with MAC algorithm HMAC_SHA_224', async () => {
    const reply = await call(createQkms(), 'CreateKey', { KeySpec: 'HMAC_224', KeyUsage: 'GENERATE_VERIFY_MAC' });
    expect(reply.body.KeyMetadata).toMatchObject({ KeySpec: 'HMAC_224', MacAlgorithms: ['HMAC_SHA_224'] });
  });

  test('says a spec cannot be generated before it says which KeyUsage the spec needs', async () => {
    const reply = await call(createQkms(), 'CreateKey', { KeySpec: 'SM2', KeyUsage: 'GENERATE_VERIFY_MAC' });
    expect(errorOf(reply)).toMatchObject({ type: 'UnsupportedOperationException', message: expect.stringContaining('China Regions') });
  });

  test('returns UnsupportedOperationException for a custom key store key that is not symmetric', async () => {
    const reply = await call(createQkms(), 'CreateKey', {
      Origin: 'AWS_CLOUDHSM',
      CustomKeyStoreId: 'cks-0a1b2c3d4e5f60718',
      KeySpec: 'RSA_2048',
      KeyUsage: 'SIGN_VERIFY',
    });
    expect(errorOf(reply)).toMatchObject({ type: 'UnsupportedOperationException' });
  });

  test('creates a key with Origin EXTERNAL in PendingImport, without key material', async () => {
    const reply = await call(createQkms(), 'CreateKey', { Origin: 'EXTERNAL' });
    expect(reply.status).toBe(200);
    expect(reply.body.KeyMetadata).toMatchObject({ Origin: 'EXTERNAL', KeyState: 'PendingImport', Enabled: false, KeySpec: 'SYMMETRIC_DEFAULT' });
    expect(reply.body.KeyMetadata).not.toHaveProperty('CurrentKeyMaterialId');
  });

  test('returns UnsupportedOperationException for Origin EXTERNAL with an asymmetric key spec', async () => {
    const reply = await call(createQkms(), 'CreateKey', { Origin: 'EXTERNAL', KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' });
    expect(errorOf(reply)).toEqual({
      type: 'UnsupportedOperationException',
      status: 400,
      message:
        'QKMS imports key material into SYMMETRIC_DEFAULT and HMAC keys only: Origin EXTERNAL takes no KeySpec RSA_2048. Key specs that take imported material: SYMMETRIC_DEFAULT, HMAC_224, HMAC_256, HMAC_384, HMAC_512.',
    });
  });

  test('creates an HMAC key with Origin EXTERNAL in PendingImport', async () => {
    const reply = await call(createQkms(), 'CreateKey', { Origin: 'EXTERNAL', KeySpec: 'HMAC_384', KeyUsage: 'GENERATE_VERIFY_MAC' });
    expect(reply.body.KeyMetadata).toMatchObject({ Origin: 'EXTERNAL', KeyState: 'PendingImport', KeySpec: 'HMAC_384', MacAlgorithms: ['HMAC_SHA_384'] });
  });

  test('returns UnsupportedOperationException given MultiRegion true', async () => {
    expect(errorOf(await call(createQkms(), 'CreateKey', { MultiRegion: true })).type).toBe('UnsupportedOperationException');
  });

  test('returns MalformedPolicyDocumentException given a policy that is not a policy document', async () => {
    expect(errorOf(await call(createQkms(), 'CreateKey', { Policy: '{"nope": true}' })).type).toBe('MalformedPolicyDocumentException');
  });

  test('refuses a policy that would lock the caller out unless the safety check is bypassed', async () => {
    const policy = JSON.stringify({
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:verenc:111122223333:role/Other' }, Action: 'kms:*', Resource: '*' }],
    });
    const qkms = createQkms();
    expect(errorOf(await call(qkms, 'CreateKey', { Policy: policy })).type).toBe('MalformedPolicyDocumentException');
    const metadata = await create(qkms, { Policy: policy, BypassPolicyLockoutSafetyCheck: true });
    const denied = await call(qkms, 'DescribeKey', { KeyId: metadata.KeyId });
    expect(errorOf(denied)).toMatchObject({ type: 'AccessDeniedException' });
    const other = await call(qkms, 'DescribeKey', { KeyId: metadata.KeyId }, { 'X-Qkms-Caller': 'arn:verenc:111122223333:role/Other' });
    expect(other.status).toBe(200);
  });

  test('returns TagException given duplicate tag keys', async () => {
    const Tags = [{ TagKey: 'a', TagValue: '1' }, { TagKey: 'a', TagValue: '2' }];
    expect(errorOf(await call(createQkms(), 'CreateKey', { Tags })).type).toBe('TagException');
  });

  test('returns TagException for a tag key under the reserved aws: prefix, and LimitExceededException for more than 50 tags', async () => {
    const qkms = createQkms();
    const reserved = await call(qkms, 'CreateKey', { Tags: [{ TagKey: 'AWS:owner', TagValue: 'me' }] });
    expect(errorOf(reserved)).toMatchObject({ type: 'TagException', message: 'Tag key AWS:owner begins with aws:, which is reserved for AWS.' });
    const Tags = Array.from({ length: 51 }, (_, i) => ({ TagKey: `k${i}`, TagValue: '' }));
    expect(errorOf(await call(qkms, 'CreateKey', { Tags }))).toMatchObject({
      type: 'LimitExceededException',
      message: 'The key would have 51 tags; a KMS key may have at most 50.',
    });
    expect((await call(qkms, 'CreateKey', { Tags: Tags.slice(0, 50) })).status).toBe(200);
  });
});
