import {
  CancelKeyDeletionCommand,
  CreateGrantCommand,
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisabledException,
  EnableKeyCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GenerateDataKeyWithoutPlaintextCommand,
  InvalidGrantTokenException,
  ListGrantsCommand,
  ListKeyRotationsCommand,
  ListKeysCommand,
  NotFoundException,
  ReEncryptCommand,
  RetireGrantCommand,
  RevokeGrantCommand,
  RotateKeyOnDemandCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import type { KMSClient } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../mock-server/node/startServer';
import { expectKmsError } from '../support/expectKmsError';
import { kmsClient } from '../support/kmsClient';
import {
  EXAMPLE_KEY_ID,
  EXAMPLE_ROLE,
  KEY_ARN_PATTERN,
  SECOND_KEY_ID,
  SEEDED_GRANT_ID,
  SEEDED_GRANT_TOKEN,
  keyArn,
} from '../../support/sandbox';
import { startTestServer } from '../support/startTestServer';

const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
const bytes = (value: string): Uint8Array => new TextEncoder().encode(value);

let server: RunningServer;
let kms: KMSClient;
let asExampleRole: KMSClient;

beforeAll(async () => {
  server = await startTestServer({ principals: { AKIDEXAMPLEROLE: EXAMPLE_ROLE } });
  kms = kmsClient(server.url);
  asExampleRole = kmsClient(server.url, { accessKeyId: 'AKIDEXAMPLEROLE' });
});

afterAll(async () => {
  kms.destroy();
  asExampleRole.destroy();
  await server.close();
});

async function newSymmetricKey(): Promise<string> {
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: 'node suite' }));
  return KeyMetadata!.KeyId!;
}

describe('CreateKey and DescribeKey through the AWS SDK', () => {
  it.each([
    { KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] },
    { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT', EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] },
    { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY', SigningAlgorithms: ['ECDSA_SHA_256'] },
    { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC', MacAlgorithms: ['HMAC_SHA_256'] },
  ] as const)('creates an enabled $KeySpec key for $KeyUsage and describes it by id and ARN', async (expected) => {
    const created = await kms.send(
      new CreateKeyCommand({ KeySpec: expected.KeySpec, KeyUsage: expected.KeyUsage, Description: `a ${expected.KeySpec} key` }),
    );
    const metadata = created.KeyMetadata!;
    expect(created.$metadata.httpStatusCode).toBe(200);
    expect(metadata).toMatchObject({
      KeySpec: expected.KeySpec,
      KeyUsage: expected.KeyUsage,
      KeyState: 'Enabled',
      Enabled: true,
      Description: `a ${expected.KeySpec} key`,
      AWSAccountId: '111122223333',
      KeyManager: 'CUSTOMER',
      Origin: 'AWS_KMS',
    });
    expect(metadata.Arn).toMatch(KEY_ARN_PATTERN);
    expect(metadata.Arn).toBe(keyArn(metadata.KeyId!));
    expect(metadata.CreationDate).toBeInstanceOf(Date);
    if ('EncryptionAlgorithms' in expected) expect(metadata.EncryptionAlgorithms).toEqual(expected.EncryptionAlgorithms);
    if ('SigningAlgorithms' in expected) expect(metadata.SigningAlgorithms).toEqual(expected.SigningAlgorithms);
    if ('MacAlgorithms' in expected) expect(metadata.MacAlgorithms).toEqual(expected.MacAlgorithms);

    const byId = await kms.send(new DescribeKeyCommand({ KeyId: metadata.KeyId }));
    const byArn = await kms.send(new DescribeKeyCommand({ KeyId: metadata.Arn }));
    expect(byId.KeyMetadata).toEqual(metadata);
    expect(byArn.KeyMetadata).toEqual(metadata);
  });

  it('describes the seeded example key', async () => {
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: EXAMPLE_KEY_ID }));
    expect(KeyMetadata).toMatchObject({
      KeyId: EXAMPLE_KEY_ID,
      Arn: keyArn(EXAMPLE_KEY_ID),
      KeyState: 'Enabled',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
    });
  });

  it('returns NotFoundException given an unknown key id', async () => {
    await expectKmsError(
      kms.send(new DescribeKeyCommand({ KeyId: '00000000-0000-0000-0000-000000000000' })),
      NotFoundException,
      400,
    );
  });
});

describe('ListKeys through the AWS SDK', () => {
  it('pages through every key with Limit and Marker', async () => {
    const created = [await newSymmetricKey(), await newSymmetricKey(), await newSymmetricKey()];
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = await kms.send(new ListKeysCommand({ Limit: 2, Marker: marker }));
      pages += 1;
      expect(page.Keys!.length).toBeLessThanOrEqual(2);
      for (const key of page.Keys!) {
        expect(key.KeyArn).toBe(keyArn(key.KeyId!));
        seen.push(key.KeyId!);
      }
      expect(page.Truncated).toBe(page.NextMarker !== undefined);
      marker = page.NextMarker;
    } while (marker !== undefined);

    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([EXAMPLE_KEY_ID, SECOND_KEY_ID, ...created]));
  });
});

describe('Encrypt, Decrypt and ReEncrypt through the AWS SDK', () => {
  it('decrypts what it encrypted, under the same encryption context', async () => {
    const context = { purpose: 'node-suite', tenant: 'a' };
    const encrypted = await kms.send(
      new EncryptCommand({ KeyId: EXAMPLE_KEY_ID, Plaintext: bytes('attack at dawn'), EncryptionContext: context }),
    );
    expect(encrypted).toMatchObject({ KeyId: keyArn(EXAMPLE_KEY_ID), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    expect(text(encrypted.CiphertextBlob)).not.toContain('attack at dawn');

    const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, EncryptionContext: context }));
    expect(text(decrypted.Plaintext)).toBe('attack at dawn');
    expect(decrypted).toMatchObject({ KeyId: keyArn(EXAMPLE_KEY_ID), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
  });

  it('encrypts the same plaintext to a different ciphertext each time', async () => {
    const first = await kms.send(new EncryptCommand({ KeyId: EXAMPLE_KEY_ID, Plaintext: bytes('same') }));
    const second = await kms.send(new EncryptCommand({ KeyId: EXAMPLE_KEY_ID, Plaintext: bytes('same') }));
    expect(Buffer.from(first.CiphertextBlob!).equals(Buffer.from(second.CiphertextBlob!))).toBe(false);
  });

  it('encrypts with an RSA key using RSAES_OAEP_SHA_256 and decrypts with the key id', async () => {
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }));
    const encrypted = await kms.send(
      new EncryptCommand({ KeyId: KeyMetadata!.KeyId, Plaintext: bytes('rsa secret'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }),
    );
    expect(encrypted.CiphertextBlob!.length).toBe(256);
    const decrypted = await kms.send(
      new DecryptCommand({
        KeyId: KeyMetadata!.KeyId,
        CiphertextBlob: encrypted.CiphertextBlob,
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      }),
    );
    expect(text(decrypted.Plaintext)).toBe('rsa secret');
  });

  it('re-encrypts from one key to another so that only the new context decrypts it', async () => {
    const encrypted = await kms.send(
      new EncryptCommand({ KeyId: EXAMPLE_KEY_ID, Plaintext: bytes('moving house'), EncryptionContext: { stage: 'old' } }),
    );
    const reEncrypted = await kms.send(
      new ReEncryptCommand({
        CiphertextBlob: encrypted.CiphertextBlob,
        SourceKeyId: EXAMPLE_KEY_ID,
        SourceEncryptionContext: { stage: 'old' },
        DestinationKeyId: SECOND_KEY_ID,
        DestinationEncryptionContext: { stage: 'new' },
      }),
    );
    expect(reEncrypted).toMatchObject({
      SourceKeyId: keyArn(EXAMPLE_KEY_ID),
      KeyId: keyArn(SECOND_KEY_ID),
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    });
    const decrypted = await kms.send(
      new DecryptCommand({ CiphertextBlob: reEncrypted.CiphertextBlob, EncryptionContext: { stage: 'new' } }),
    );
    expect(text(decrypted.Plaintext)).toBe('moving house');
    expect(decrypted.KeyId).toBe(keyArn(SECOND_KEY_ID));
  });
});

describe('GenerateDataKey and GenerateDataKeyWithoutPlaintext through the AWS SDK', () => {
  it('returns a 256-bit data key and its ciphertext, which decrypts to the same key', async () => {
    const generated = await kms.send(
      new GenerateDataKeyCommand({ KeyId: EXAMPLE_KEY_ID, KeySpec: 'AES_256', EncryptionContext: { file: 'a.txt' } }),
    );
    expect(generated.Plaintext!.length).toBe(32);
    expect(generated.KeyId).toBe(keyArn(EXAMPLE_KEY_ID));
    const decrypted = await kms.send(
      new DecryptCommand({ CiphertextBlob: generated.CiphertextBlob, EncryptionContext: { file: 'a.txt' } }),
    );
    expect(Buffer.from(decrypted.Plaintext!).equals(Buffer.from(generated.Plaintext!))).toBe(true);
  });

  it('returns a data key of NumberOfBytes bytes', async () => {
    const generated = await kms.send(new GenerateDataKeyCommand({ KeyId: EXAMPLE_KEY_ID, NumberOfBytes: 64 }));
    expect(generated.Plaintext!.length).toBe(64);
  });

  it('returns only the encrypted data key without plaintext, decryptable to 128 bits', async () => {
    const generated = await kms.send(new GenerateDataKeyWithoutPlaintextCommand({ KeyId: SECOND_KEY_ID, KeySpec: 'AES_128' }));
    expect(generated).not.toHaveProperty('Plaintext');
    expect(generated.KeyId).toBe(keyArn(SECOND_KEY_ID));
    const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob: generated.CiphertextBlob }));
    expect(decrypted.Plaintext!.length).toBe(16);
  });
});

describe('key state operations through the AWS SDK', () => {
  it('disables a key so it refuses to encrypt, and enables it again', async () => {
    const keyId = await newSymmetricKey();
    await kms.send(new DisableKeyCommand({ KeyId: keyId }));
    const disabled = await kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    expect(disabled.KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    await expectKmsError(kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: bytes('x') })), DisabledException, 400);

    await kms.send(new EnableKeyCommand({ KeyId: keyId }));
    const enabled = await kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    expect(enabled.KeyMetadata).toMatchObject({ KeyState: 'Enabled', Enabled: true });
    await kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: bytes('x') }));
  });

  it('schedules a deletion after the pending window, and cancelling it leaves the key disabled', async () => {
    const keyId = await newSymmetricKey();
    const before = Date.now();
    const scheduled = await kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }));
    expect(scheduled).toMatchObject({ KeyId: keyArn(keyId), KeyState: 'PendingDeletion', PendingWindowInDays: 7 });
    const sevenDays = 7 * 24 * 60 * 60 * 1000;
    expect(scheduled.DeletionDate!.getTime()).toBeGreaterThanOrEqual(before + sevenDays - 1000);
    expect(scheduled.DeletionDate!.getTime()).toBeLessThanOrEqual(Date.now() + sevenDays + 1000);
    const pending = await kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    expect(pending.KeyMetadata).toMatchObject({ KeyState: 'PendingDeletion', Enabled: false });

    const cancelled = await kms.send(new CancelKeyDeletionCommand({ KeyId: keyId }));
    expect(cancelled.KeyId).toBe(keyArn(keyId));
    const after = await kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    expect(after.KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    expect(after.KeyMetadata).not.toHaveProperty('DeletionDate');
  });
});

describe('grants through the AWS SDK', () => {
  it('lists the seeded grant, whose token lets ExampleRole decrypt', async () => {
    const { Grants } = await kms.send(new ListGrantsCommand({ KeyId: SECOND_KEY_ID }));
    expect(Grants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          GrantId: SEEDED_GRANT_ID,
          KeyId: keyArn(SECOND_KEY_ID),
          GranteePrincipal: EXAMPLE_ROLE,
          Operations: expect.arrayContaining(['Decrypt', 'Encrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GenerateDataKey', 'DescribeKey']),
        }),
      ]),
    );
    const encrypted = await kms.send(new EncryptCommand({ KeyId: SECOND_KEY_ID, Plaintext: bytes('for the role') }));
    const decrypted = await asExampleRole.send(
      new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, GrantTokens: [SEEDED_GRANT_TOKEN] }),
    );
    expect(text(decrypted.Plaintext)).toBe('for the role');
  });

  it('creates a grant that ListGrants shows, and revoking it removes it', async () => {
    const keyId = await newSymmetricKey();
    const created = await kms.send(
      new CreateGrantCommand({ KeyId: keyId, GranteePrincipal: EXAMPLE_ROLE, Operations: ['Encrypt', 'Decrypt'], Name: 'node-suite' }),
    );
    expect(created.GrantId).toMatch(/^[0-9a-f]{64}$/);
    expect(created.GrantToken!.length).toBeGreaterThan(0);

    const listed = await kms.send(new ListGrantsCommand({ KeyId: keyId }));
    expect(listed.Grants).toEqual([
      expect.objectContaining({
        GrantId: created.GrantId,
        KeyId: keyArn(keyId),
        GranteePrincipal: EXAMPLE_ROLE,
        Operations: ['Encrypt', 'Decrypt'],
        Name: 'node-suite',
      }),
    ]);

    await kms.send(new RevokeGrantCommand({ KeyId: keyId, GrantId: created.GrantId }));
    expect((await kms.send(new ListGrantsCommand({ KeyId: keyId }))).Grants).toEqual([]);
    await expectKmsError(
      kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: bytes('x'), GrantTokens: [created.GrantToken!] })),
      InvalidGrantTokenException,
      400,
    );
  });

  it('retires a grant by its grant token', async () => {
    const keyId = await newSymmetricKey();
    const created = await kms.send(
      new CreateGrantCommand({ KeyId: keyId, GranteePrincipal: EXAMPLE_ROLE, Operations: ['Decrypt'] }),
    );
    await kms.send(new RetireGrantCommand({ GrantToken: created.GrantToken }));
    expect((await kms.send(new ListGrantsCommand({ KeyId: keyId }))).Grants).toEqual([]);
  });

  it('retires a grant by key id and grant id', async () => {
    const keyId = await newSymmetricKey();
    const created = await kms.send(
      new CreateGrantCommand({ KeyId: keyId, GranteePrincipal: EXAMPLE_ROLE, Operations: ['Decrypt'] }),
    );
    await kms.send(new RetireGrantCommand({ KeyId: keyArn(keyId), GrantId: created.GrantId }));
    expect((await kms.send(new ListGrantsCommand({ KeyId: keyId }))).Grants).toEqual([]);
  });
});

describe('rotation through the AWS SDK', () => {
  it('rotates on demand, lists the rotation, and still decrypts what the old material encrypted', async () => {
    const keyId = await newSymmetricKey();
    const old = await kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: bytes('before rotation') }));
    expect((await kms.send(new ListKeyRotationsCommand({ KeyId: keyId }))).Rotations).toEqual([]);

    const rotated = await kms.send(new RotateKeyOnDemandCommand({ KeyId: keyId }));
    expect(rotated.KeyId).toBe(keyArn(keyId));

    const { Rotations, Truncated } = await kms.send(new ListKeyRotationsCommand({ KeyId: keyId }));
    expect(Truncated).toBe(false);
    expect(Rotations).toEqual([expect.objectContaining({ KeyId: keyArn(keyId), RotationType: 'ON_DEMAND' })]);
    expect(Rotations![0].RotationDate).toBeInstanceOf(Date);

    const fresh = await kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: bytes('after rotation') }));
    expect(text((await kms.send(new DecryptCommand({ CiphertextBlob: old.CiphertextBlob }))).Plaintext)).toBe('before rotation');
    expect(text((await kms.send(new DecryptCommand({ CiphertextBlob: fresh.CiphertextBlob }))).Plaintext)).toBe('after rotation');
  });
});
