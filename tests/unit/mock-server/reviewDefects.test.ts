import { describe, expect, test } from 'vitest';
import { createQkms } from '../../../mock-server';
import type { Qkms } from '../../../mock-server';
import { arnOf, b64, call, errorOf, KEY_1, KEY_2 } from './call';

const PARTNER = 'arn:verenc:444455556666:role/Partner';
const asPartner = { 'X-Qkms-Caller': PARTNER };

async function grant(qkms: Qkms, body: object, headers: Record<string, string> = {}) {
  return call(qkms, 'CreateGrant', body, headers);
}

async function createKey(qkms: Qkms, body: object): Promise<string> {
  const reply = await call(qkms, 'CreateKey', body);
  expect(reply.status).toBe(200);
  const metadata = reply.body.KeyMetadata as { KeyId: string };
  return metadata.KeyId;
}

describe('defect 1: grant escalation', () => {
  test('refuses a child grant with operations its parent grant lacks, and the grantee still cannot encrypt', async () => {
    const qkms = createQkms();
    expect((await grant(qkms, { KeyId: KEY_1, GranteePrincipal: PARTNER, Operations: ['CreateGrant', 'DescribeKey'] })).status).toBe(200);
    const child = await grant(qkms, { KeyId: arnOf(KEY_1), GranteePrincipal: PARTNER, Operations: ['Encrypt', 'Decrypt'] }, asPartner);
    expect(errorOf(child)).toMatchObject({ type: 'AccessDeniedException', message: expect.stringContaining('kms:CreateGrant') });
    const encrypt = await call(qkms, 'Encrypt', { KeyId: arnOf(KEY_1), Plaintext: b64('x') }, asPartner);
    expect(errorOf(encrypt).type).toBe('AccessDeniedException');
  });

  test('refuses a child grant less constrained than its parent, and accepts one as strict', async () => {
    const qkms = createQkms();
    const parent = { KeyId: KEY_1, GranteePrincipal: PARTNER, Operations: ['CreateGrant', 'Encrypt'] };
    await grant(qkms, { ...parent, Constraints: { EncryptionContextEquals: { Dept: 'IT' } } });
    const child = { KeyId: arnOf(KEY_1), GranteePrincipal: PARTNER, Operations: ['Encrypt'] };
    expect(errorOf(await grant(qkms, child, asPartner)).type).toBe('AccessDeniedException');
    const subset = { ...child, Constraints: { EncryptionContextSubset: { Dept: 'IT' } } };
    expect(errorOf(await grant(qkms, subset, asPartner)).type).toBe('AccessDeniedException');
    const equal = { ...child, Constraints: { EncryptionContextEquals: { dept: 'IT' } } };
    expect((await grant(qkms, equal, asPartner)).status).toBe(200);
  });

  test('lets a grantee whose parent has a subset constraint create a child with that subset and more', async () => {
    const qkms = createQkms();
    await grant(qkms, {
      KeyId: KEY_1,
      GranteePrincipal: PARTNER,
      Operations: ['CreateGrant', 'Decrypt'],
      Constraints: { EncryptionContextSubset: { Dept: 'IT' } },
    });
    const child = { KeyId: arnOf(KEY_1), GranteePrincipal: PARTNER, Operations: ['Decrypt'] };
    const stricter = { ...child, Constraints: { EncryptionContextSubset: { Dept: 'IT', Team: 'Ops' } } };
    expect((await grant(qkms, stricter, asPartner)).status).toBe(200);
    const other = { ...child, Constraints: { EncryptionContextSubset: { Dept: 'HR' } } };
    expect(errorOf(await grant(qkms, other, asPartner)).type).toBe('AccessDeniedException');
  });
});

describe('defect 3: key states as AWS publishes them', () => {
  test('returns DisabledException for CreateGrant on a Disabled key', async () => {
    const qkms = createQkms();
    await call(qkms, 'DisableKey', { KeyId: KEY_1 });
    const reply = await grant(qkms, { KeyId: KEY_1, GranteePrincipal: PARTNER, Operations: ['Decrypt'] });
    expect(errorOf(reply)).toMatchObject({ type: 'DisabledException', message: `${arnOf(KEY_1)} is disabled.` });
  });
});

describe('defect 4: on-demand rotation limit', () => {
  test('rotates a key on demand 25 times and answers LimitExceededException on the 26th', async () => {
    const qkms = createQkms();
    for (let i = 0; i < 25; i++) expect((await call(qkms, 'RotateKeyOnDemand', { KeyId: KEY_1 })).status).toBe(200);
    const reply = await call(qkms, 'RotateKeyOnDemand', { KeyId: KEY_1 });
    expect(errorOf(reply)).toMatchObject({ type: 'LimitExceededException', status: 400, message: expect.stringContaining('25') });
  });
});

describe('defect 5: encryption contexts must be well-formed Unicode', () => {
  test('refuses a lone surrogate in an encryption context with ValidationException', async () => {
    const qkms = createQkms();
    const reply = await call(qkms, 'Encrypt', { KeyId: KEY_1, Plaintext: b64('x'), EncryptionContext: { k: '\ud800' } });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('surrogate') });
    const key = await call(qkms, 'Encrypt', { KeyId: KEY_1, Plaintext: b64('x'), EncryptionContext: { '\udc00': 'v' } });
    expect(errorOf(key).type).toBe('ValidationException');
  });

  test('refuses a lone surrogate in a grant constraint with ValidationException', async () => {
    const reply = await grant(createQkms(), {
      KeyId: KEY_1,
      GranteePrincipal: PARTNER,
      Operations: ['Decrypt'],
      Constraints: { EncryptionContextSubset: { k: '\ud800' } },
    });
    expect(errorOf(reply).type).toBe('ValidationException');
  });

  test('accepts a context with a well-formed astral character and needs the same to decrypt', async () => {
    const qkms = createQkms();
    const sealed = await call(qkms, 'Encrypt', { KeyId: KEY_1, Plaintext: b64('x'), EncryptionContext: { k: '😀' } });
    expect(sealed.status).toBe(200);
    const opened = await call(qkms, 'Decrypt', { CiphertextBlob: sealed.body.CiphertextBlob, EncryptionContext: { k: '😀' } });
    expect(opened.status).toBe(200);
  });
});

describe('defect 7: Recipient is refused, never ignored', () => {
  const Recipient = { KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256', AttestationDocument: b64('attestation') };

  test('refuses Decrypt with a Recipient and returns no plaintext', async () => {
    const qkms = createQkms();
    const sealed = await call(qkms, 'Encrypt', { KeyId: KEY_1, Plaintext: b64('secret') });
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob: sealed.body.CiphertextBlob, Recipient });
    expect(errorOf(reply)).toMatchObject({ type: 'ValidationException', message: expect.stringContaining('attested recipients') });
    expect(reply.body.Plaintext).toBeUndefined();
  });

  test('refuses GenerateDataKey with a Recipient and returns no plaintext', async () => {
    const reply = await call(createQkms(), 'GenerateDataKey', { KeyId: KEY_1, KeySpec: 'AES_256', Recipient });
    expect(errorOf(reply).type).toBe('ValidationException');
    expect(reply.body.Plaintext).toBeUndefined();
  });
});

describe('defect 8: PendingDeletionWindowInDays', () => {
  test('DescribeKey leaves PendingDeletionWindowInDays out for a key pending deletion', async () => {
    const qkms = createQkms();
    await call(qkms, 'ScheduleKeyDeletion', { KeyId: KEY_1, PendingWindowInDays: 7 });
    const metadata = (await call(qkms, 'DescribeKey', { KeyId: KEY_1 })).body.KeyMetadata;
    expect(metadata).toMatchObject({ KeyState: 'PendingDeletion', DeletionDate: expect.any(Number) });
    expect(metadata).not.toHaveProperty('PendingDeletionWindowInDays');
  });
});

describe('defect 9: ReEncrypt takes symmetric keys only, source and destination alike', () => {
  test('refuses an RSA source key named with its RSA algorithm, as it refuses an RSA destination', async () => {
    const qkms = createQkms();
    const rsa = await createKey(qkms, { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    const sealed = await call(qkms, 'Encrypt', { KeyId: rsa, Plaintext: b64('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
    expect(sealed.status).toBe(200);
    const source = await call(qkms, 'ReEncrypt', {
      CiphertextBlob: sealed.body.CiphertextBlob,
      SourceKeyId: rsa,
      SourceEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      DestinationKeyId: KEY_2,
    });
    expect(errorOf(source)).toMatchObject({ type: 'InvalidKeyUsageException', message: expect.stringContaining('symmetric') });
    const symmetric = await call(qkms, 'Encrypt', { KeyId: KEY_1, Plaintext: b64('x') });
    const destination = await call(qkms, 'ReEncrypt', { CiphertextBlob: symmetric.body.CiphertextBlob, DestinationKeyId: rsa });
    expect(errorOf(destination).type).toBe('InvalidKeyUsageException');
    const rsaSourceKey = await call(qkms, 'ReEncrypt', { CiphertextBlob: symmetric.body.CiphertextBlob, SourceKeyId: rsa, DestinationKeyId: KEY_2 });
    expect(errorOf(rsaSourceKey).type).toBe('InvalidKeyUsageException');
  });
});

describe('defect 10: principals are validated', () => {
  test.each(['notaprincipal', 'arn:verenc:111122223333:group/Admins', 'arn:aws:iam::111122223333:role/Aws'])(
    'refuses GranteePrincipal %s with InvalidArnException',
    async (GranteePrincipal) => {
      const reply = await grant(createQkms(), { KeyId: KEY_1, GranteePrincipal, Operations: ['Decrypt'] });
      expect(errorOf(reply)).toMatchObject({ type: 'InvalidArnException', message: expect.stringContaining(GranteePrincipal) });
    },
  );

  test('refuses a RetiringPrincipal that is not a principal ARN', async () => {
    const reply = await grant(createQkms(), { KeyId: KEY_1, GranteePrincipal: PARTNER, RetiringPrincipal: 'someone', Operations: ['Decrypt'] });
    expect(errorOf(reply).type).toBe('InvalidArnException');
  });
});

describe('defect 11: key material ids', () => {
  test('reports the material that encrypted, decrypted and re-encrypted, and changes it on rotation', async () => {
    const qkms = createQkms();
    const describe = async (keyId: string) => (await call(qkms, 'DescribeKey', { KeyId: keyId })).body.KeyMetadata as Record<string, unknown>;
    const first = (await describe(KEY_1)).CurrentKeyMaterialId;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    const before = await call(qkms, 'Encrypt', { KeyId: KEY_1, Plaintext: b64('old') });
    expect(before.body.KeyMaterialId).toBe(first);
    await call(qkms, 'RotateKeyOnDemand', { KeyId: KEY_1 });
    const second = (await describe(KEY_1)).CurrentKeyMaterialId;
    expect(second).toMatch(/^[0-9a-f]{64}$/);
    expect(second).not.toBe(first);
    expect((await call(qkms, 'Encrypt', { KeyId: KEY_1, Plaintext: b64('new') })).body.KeyMaterialId).toBe(second);
    expect((await call(qkms, 'Decrypt', { CiphertextBlob: before.body.CiphertextBlob })).body.KeyMaterialId).toBe(first);
    const moved = await call(qkms, 'ReEncrypt', { CiphertextBlob: before.body.CiphertextBlob, DestinationKeyId: KEY_2 });
    expect(moved.body).toMatchObject({
      SourceKeyMaterialId: first,
      DestinationKeyMaterialId: (await describe(KEY_2)).CurrentKeyMaterialId,
    });
    const data = await call(qkms, 'GenerateDataKey', { KeyId: KEY_1, KeySpec: 'AES_256' });
    expect(data.body.KeyMaterialId).toBe(second);
  });

  test('lists the first material too when ListKeyRotations is asked for ALL_KEY_MATERIAL', async () => {
    const qkms = createQkms();
    await call(qkms, 'RotateKeyOnDemand', { KeyId: KEY_1 });
    const rotations = (await call(qkms, 'ListKeyRotations', { KeyId: KEY_1 })).body.Rotations as Record<string, unknown>[];
    expect(rotations).toHaveLength(1);
    const all = (await call(qkms, 'ListKeyRotations', { KeyId: KEY_1, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' })).body
      .Rotations as Record<string, unknown>[];
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({ KeyMaterialState: 'NON_CURRENT' });
    expect(all[0]).not.toHaveProperty('RotationDate');
    expect(all[1]).toMatchObject({ KeyMaterialState: 'CURRENT', RotationType: 'ON_DEMAND', KeyMaterialId: rotations[0].KeyMaterialId });
  });
});

describe('defect 12: naming the wrong key for a ciphertext', () => {
  test('answers IncorrectKeyException when Decrypt names an HMAC key', async () => {
    const qkms = createQkms();
    const hmac = await createKey(qkms, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const sealed = await call(qkms, 'Encrypt', { KeyId: KEY_1, Plaintext: b64('x') });
    const reply = await call(qkms, 'Decrypt', { CiphertextBlob: sealed.body.CiphertextBlob, KeyId: hmac });
    expect(errorOf(reply).type).toBe('IncorrectKeyException');
  });

  test('answers IncorrectKeyException when ReEncrypt names an HMAC key as its source', async () => {
    const qkms = createQkms();
    const hmac = await createKey(qkms, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const sealed = await call(qkms, 'Encrypt', { KeyId: KEY_1, Plaintext: b64('x') });
    const reply = await call(qkms, 'ReEncrypt', { CiphertextBlob: sealed.body.CiphertextBlob, SourceKeyId: hmac, DestinationKeyId: KEY_2 });
    expect(errorOf(reply).type).toBe('IncorrectKeyException');
  });
});
