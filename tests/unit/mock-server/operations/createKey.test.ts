import { describe, expect, test } from 'vitest';
import { createMemoryStore, createQkms } from '../../../../mock-server';
import type { KeyRecord } from '../../../../mock-server/model/KeyRecord';
import type { Qkms } from '../../../../mock-server';
import { EXAMPLE_KEY_ID, keyArn, SECOND_KEY_ID } from '../../../support/sandbox';
import { b64, call, errorOf, text } from '../support/call';

interface Metadata {
  readonly KeyId: string;
  readonly [member: string]: unknown;
}

async function create(qkms: Qkms, body: object = {}): Promise<Metadata> {
  const reply = await call(qkms, 'CreateKey', body);
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
  return reply.body.KeyMetadata as Metadata;
}

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

  test.each(['ECC_SECG_P256K1', 'SM2', 'HMAC_224', 'ML_DSA_65', 'ECC_NIST_EDWARDS25519'])(
    'returns UnsupportedOperationException listing what the sandbox can create given %s',
    async (KeySpec) => {
      const KeyUsage = KeySpec === 'HMAC_224' ? 'GENERATE_VERIFY_MAC' : 'SIGN_VERIFY';
      const reply = await call(createQkms(), 'CreateKey', { KeySpec, KeyUsage });
      const error = errorOf(reply);
      expect(error).toMatchObject({ type: 'UnsupportedOperationException', status: 400 });
      expect(error.message).toContain(`cannot generate ${KeySpec}`);
      expect(error.message).toContain('SYMMETRIC_DEFAULT, RSA_2048');
    },
  );

  test('says a spec cannot be generated before it says which KeyUsage the spec needs', async () => {
    const reply = await call(createQkms(), 'CreateKey', { KeySpec: 'ECC_SECG_P256K1' });
    expect(errorOf(reply)).toMatchObject({
      type: 'UnsupportedOperationException',
      message: expect.stringContaining('cannot generate ECC_SECG_P256K1'),
    });
  });

  test('returns UnsupportedOperationException given an Origin other than AWS_KMS', async () => {
    const reply = await call(createQkms(), 'CreateKey', { Origin: 'EXTERNAL' });
    expect(errorOf(reply)).toMatchObject({ type: 'UnsupportedOperationException', message: expect.stringContaining('Origin must be AWS_KMS') });
  });

  test('returns UnsupportedOperationException given MultiRegion true', async () => {
    expect(errorOf(await call(createQkms(), 'CreateKey', { MultiRegion: true })).type).toBe('UnsupportedOperationException');
  });

  test('returns MalformedPolicyDocumentException given a policy that is not a policy document', async () => {
    expect(errorOf(await call(createQkms(), 'CreateKey', { Policy: '{"nope": true}' })).type).toBe('MalformedPolicyDocumentException');
  });

  test('refuses a policy that would lock the caller out unless the safety check is bypassed', async () => {
    const policy = JSON.stringify({
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:verenc:111122223333:role/Other' }, Action: 'kms:*' }],
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

  test('creates keys in the account of the calling principal', async () => {
    const qkms = createQkms();
    const caller = { 'X-Qkms-Caller': 'arn:verenc:444455556666:root' };
    const reply = await call(qkms, 'CreateKey', {}, caller);
    const metadata = reply.body.KeyMetadata as Metadata;
    expect(metadata.Arn).toBe(`arn:verenc:444455556666:key/${metadata.KeyId}`);
    const listed = await call(qkms, 'ListKeys', {}, caller);
    expect(listed.body.Keys).toEqual([{ KeyId: metadata.KeyId, KeyArn: metadata.Arn }]);
  });
});

describe('DescribeKey', () => {
  test('describes a seeded key', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: EXAMPLE_KEY_ID });
    expect(reply.body.KeyMetadata).toMatchObject({ KeyId: EXAMPLE_KEY_ID, Arn: keyArn(EXAMPLE_KEY_ID), KeyState: 'Enabled', CreationDate: 1704067200 });
  });

  test('returns NotFoundException in AWS wording given a key id that is not a key id', async () => {
    expect(errorOf(await call(createQkms(), 'DescribeKey', { KeyId: 'banana' }))).toMatchObject({
      type: 'NotFoundException',
      message: "Invalid keyId 'banana'",
    });
  });

  test('returns NotFoundException for a key of this account named by a principal of another', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: EXAMPLE_KEY_ID }, { 'X-Qkms-Caller': 'arn:verenc:444455556666:root' });
    expect(errorOf(reply)).toMatchObject({ type: 'NotFoundException', message: `Key 'arn:verenc:444455556666:key/${EXAMPLE_KEY_ID}' does not exist` });
  });

  test('returns AccessDeniedException for another account naming the key ARN without a grant', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: keyArn(EXAMPLE_KEY_ID) }, { 'X-Qkms-Caller': 'arn:verenc:444455556666:root' });
    expect(errorOf(reply)).toEqual({
      type: 'AccessDeniedException',
      status: 400,
      message: `User: arn:verenc:444455556666:root is not authorized to perform: kms:DescribeKey on resource: ${keyArn(EXAMPLE_KEY_ID)} because no resource-based policy allows the kms:DescribeKey action`,
    });
  });

  test('returns ValidationException given an X-Qkms-Caller that is not a principal ARN', async () => {
    const reply = await call(createQkms(), 'DescribeKey', { KeyId: EXAMPLE_KEY_ID }, { 'X-Qkms-Caller': 'somebody' });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('X-Qkms-Caller') });
  });
});

describe('ListKeys', () => {
  test('lists the seeded keys', async () => {
    const reply = await call(createQkms(), 'ListKeys', {});
    expect(reply.body).toEqual({
      Keys: [
        { KeyId: EXAMPLE_KEY_ID, KeyArn: keyArn(EXAMPLE_KEY_ID) },
        { KeyId: SECOND_KEY_ID, KeyArn: keyArn(SECOND_KEY_ID) },
      ],
      Truncated: false,
    });
  });

  test('pages with Limit and Marker until Truncated is false', async () => {
    const qkms = createQkms();
    for (let i = 0; i < 3; i += 1) await create(qkms);
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const reply = await call(qkms, 'ListKeys', marker ? { Limit: 2, Marker: marker } : { Limit: 2 });
      seen.push(...(reply.body.Keys as { KeyId: string }[]).map((key) => key.KeyId));
      marker = reply.body.Truncated ? String(reply.body.NextMarker) : undefined;
      pages += 1;
    } while (marker);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
  });

  test('returns InvalidMarkerException given a marker it did not hand out', async () => {
    expect(errorOf(await call(createQkms(), 'ListKeys', { Marker: 'made-up' })).type).toBe('InvalidMarkerException');
  });
});

describe('EnableKey and DisableKey', () => {
  test('disables and re-enables a key', async () => {
    const qkms = createQkms();
    expect((await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID })).body).toEqual({});
    expect((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).body.KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    await call(qkms, 'EnableKey', { KeyId: EXAMPLE_KEY_ID });
    expect((await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).body.KeyMetadata).toMatchObject({ KeyState: 'Enabled', Enabled: true });
  });

  test.each(['EnableKey', 'DisableKey'] as const)('%s returns KMSInvalidStateException for a key pending deletion', async (operation) => {
    const qkms = createQkms();
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID });
    expect(errorOf(await call(qkms, operation, { KeyId: EXAMPLE_KEY_ID }))).toMatchObject({
      type: 'KMSInvalidStateException',
      message: `${keyArn(EXAMPLE_KEY_ID)} is pending deletion.`,
    });
  });
});

describe('ScheduleKeyDeletion and CancelKeyDeletion', () => {
  test('schedules deletion after 30 days by default', async () => {
    const clock = () => new Date('2025-01-01T00:00:00Z');
    const reply = await call(createQkms({ clock }), 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID });
    expect(reply.body).toEqual({
      KeyId: keyArn(EXAMPLE_KEY_ID),
      DeletionDate: Date.parse('2025-01-31T00:00:00Z') / 1000,
      KeyState: 'PendingDeletion',
      PendingWindowInDays: 30,
    });
  });

  test.each([6, 31])('returns ValidationException given a window of %i days', async (days) => {
    const reply = await call(createQkms(), 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: days });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining(`Value '${days}' at 'pendingWindowInDays'`) });
  });

  test('cancelling a deletion leaves the key Disabled, as KMS does', async () => {
    const qkms = createQkms();
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    expect((await call(qkms, 'CancelKeyDeletion', { KeyId: EXAMPLE_KEY_ID })).body).toEqual({ KeyId: keyArn(EXAMPLE_KEY_ID) });
    const metadata = (await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).body.KeyMetadata;
    expect(metadata).toMatchObject({ KeyState: 'Disabled' });
    expect(metadata).not.toHaveProperty('DeletionDate');
  });

  test('CancelKeyDeletion returns KMSInvalidStateException for a key not pending deletion', async () => {
    expect(errorOf(await call(createQkms(), 'CancelKeyDeletion', { KeyId: EXAMPLE_KEY_ID })).type).toBe('KMSInvalidStateException');
  });

  test('deletes the key once its deletion date has passed', async () => {
    let now = Date.parse('2025-01-01T00:00:00Z');
    const qkms = createQkms({ clock: () => new Date(now) });
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: EXAMPLE_KEY_ID, PendingWindowInDays: 7 });
    now += 7 * 24 * 3600 * 1000;
    expect(errorOf(await call(qkms, 'DescribeKey', { KeyId: EXAMPLE_KEY_ID })).type).toBe('NotFoundException');
  });
});

describe('RotateKeyOnDemand and ListKeyRotations', () => {
  test('rotation keeps old ciphertexts decryptable and encrypts new ones with the new material', async () => {
    const qkms = createQkms();
    const before = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('old') });
    expect((await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID })).body).toEqual({ KeyId: keyArn(EXAMPLE_KEY_ID) });
    const after = await call(qkms, 'Encrypt', { KeyId: EXAMPLE_KEY_ID, Plaintext: b64('new') });
    const version = (blob: unknown) => Buffer.from(String(blob), 'base64').readUInt32BE(17);
    expect(version(before.body.CiphertextBlob)).toBe(1);
    expect(version(after.body.CiphertextBlob)).toBe(2);
    expect(text((await call(qkms, 'Decrypt', { CiphertextBlob: before.body.CiphertextBlob })).body.Plaintext)).toBe('old');
    expect(text((await call(qkms, 'Decrypt', { CiphertextBlob: after.body.CiphertextBlob })).body.Plaintext)).toBe('new');
  });

  test('lists on-demand rotations with their dates', async () => {
    const clock = () => new Date('2025-03-04T05:06:07Z');
    const qkms = createQkms({ clock });
    await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID });
    await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID });
    const reply = await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID, Limit: 1 });
    const rotation = { KeyId: keyArn(EXAMPLE_KEY_ID), RotationDate: Date.parse('2025-03-04T05:06:07Z') / 1000, RotationType: 'ON_DEMAND' };
    expect(reply.body).toEqual({ Rotations: [rotation], NextMarker: expect.any(String), Truncated: true });
    const next = await call(qkms, 'ListKeyRotations', { KeyId: EXAMPLE_KEY_ID, Marker: reply.body.NextMarker });
    expect(next.body).toEqual({ Rotations: [rotation], Truncated: false });
  });

  test('returns UnsupportedOperationException when rotating an asymmetric key', async () => {
    const qkms = createQkms();
    const metadata = await create(qkms, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    expect(errorOf(await call(qkms, 'RotateKeyOnDemand', { KeyId: metadata.KeyId })).type).toBe('UnsupportedOperationException');
  });

  test('returns DisabledException when rotating a disabled key', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: EXAMPLE_KEY_ID });
    expect(errorOf(await call(qkms, 'RotateKeyOnDemand', { KeyId: EXAMPLE_KEY_ID })).type).toBe('DisabledException');
  });
});

describe('key material', () => {
  test.each([
    ['SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT'],
    ['RSA_2048', 'ENCRYPT_DECRYPT'],
    ['RSA_2048', 'SIGN_VERIFY'],
    ['ECC_NIST_P256', 'KEY_AGREEMENT'],
    ['HMAC_256', 'GENERATE_VERIFY_MAC'],
  ])('keeps %s %s secret material non-extractable and public keys extractable', async (KeySpec, KeyUsage) => {
    const store = createMemoryStore();
    const metadata = await create(createQkms({ store }), { KeySpec, KeyUsage });
    const record = await store.get<KeyRecord>('keys', metadata.KeyId);
    const material = record?.materials[0];
    const secrets = Object.values(material?.keys ?? {});
    expect(secrets.length).toBeGreaterThan(0);
    for (const key of secrets) expect(key.extractable).toBe(false);
    if (KeySpec.startsWith('SYMMETRIC') || KeySpec.startsWith('HMAC')) expect(material?.publicKey).toBeUndefined();
    else expect(material?.publicKey?.extractable).toBe(true);
  });
});
