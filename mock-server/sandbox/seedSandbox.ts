import { ecSigningMaterialFromScalar } from '../crypto/ecMaterial';
import { rsaMaterialFrom } from '../crypto/generateMaterial';
import { decodeBase64 } from '../spec/base64';
import type { Bytes } from '../spec/Bytes';
import { EXAMPLE_CLOUDHSM_KEY_ID, EXAMPLE_CLOUDHSM_KEY_STORE_ID, exampleKeyStores } from './exampleKeyStores';
import { EXAMPLE_RSA_PRIVATE_KEY, EXAMPLE_RSA_PUBLIC_KEY } from './exampleRsaKey';
import { seedAgreementMaterial } from '../crypto/seedAgreementMaterial';
import { seedBytes, seedMaterial, seedMaterialId } from '../crypto/seedMaterial';
import { aliasArn, keyArn, rootPrincipal, SANDBOX_ACCOUNT } from '../model/identity/account';
import type { AliasRecord } from '../store/records/AliasRecord';
import type { GrantRecord } from '../store/records/GrantRecord';
import type { KeyRecord } from '../store/records/KeyRecord';
import type { Store } from '../store/Store';
import { wrappingKeyPairFrom } from '../crypto/wrappingKeyPair';
import { IMPORT_PARAMETERS_LIFETIME_MS, readImportToken } from '../model/keys/importToken';
import { EXAMPLE_IMPORT_TOKEN, EXAMPLE_WRAPPING_PRIVATE_KEY, EXAMPLE_WRAPPING_PUBLIC_KEY } from './exampleImport';

export const EXAMPLE_KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const SECOND_EXAMPLE_KEY_ID = '0987dcba-09fe-87dc-65ba-ab0987654321';
/** An ECC_NIST_P256 KEY_AGREEMENT key, for DeriveSharedSecret's examples. */
export const EXAMPLE_AGREEMENT_KEY_ID = '5ca1ab1e-ecd4-4a9e-8d5e-1234567890ab';
/** The seeded ECC_NIST_P256 SIGN_VERIFY key: its private scalar is HKDF of the public constant. */
export const EXAMPLE_SIGNING_KEY_ID = '5a1e7c3d-9b2f-4e6a-8c0d-1f2e3d4c5b6a';
/** The seeded HMAC_256 key: its 32 key bytes are HKDF of the public constant. */
export const EXAMPLE_MAC_KEY_ID = '7d8e9f0a-1b2c-4d3e-9f4a-5b6c7d8e9f0a';
/** The seeded RSA_2048 ENCRYPT_DECRYPT key, with the published pair of exampleRsaKey.ts. */
export const EXAMPLE_RSA_KEY_ID = 'e5a0c3b1-2d4f-4a6b-8c9d-0e1f2a3b4c5d';
/** The seeded SYMMETRIC_DEFAULT key for imported material (Origin EXTERNAL), PendingImport, with import parameters. */
export const EXAMPLE_IMPORT_KEY_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
export const EXAMPLE_ALIAS = 'alias/ExampleAlias';
export const EXAMPLE_GRANTEE = `arn:verenc:${SANDBOX_ACCOUNT}:role/ExampleRole`;
export const EXAMPLE_GRANT_ID = '0c237476b39f8bc44e45212e08498fbe3151305030726c0590dd8d3e9f3d6a18';
export const EXAMPLE_GRANT_TOKEN =
  'AQpAM2RhZTk1MGMyNTk2ZmZmMzEyYWVhOWViN2I1MWM4Mzc0MWFiYjc0ZDE1ODkyNGFlNTIzODZhMzgyZjBlNDkxOAF4';
/** The tags the first example key starts with, so ListResourceTags and UntagResource have something to show. */
export const EXAMPLE_TAGS = [
  { TagKey: 'Project', TagValue: 'QKMS docs' },
  { TagKey: 'Environment', TagValue: 'Sandbox' },
] as const;
/** Fixed so a fresh sandbox describes its keys the same way every time (2024-01-01T00:00:00Z). */
export const SEED_DATE = Date.UTC(2024, 0, 1);

export const SEED_MARKER = 'sandbox-seed';
/**
 * The shape of the records a seeded sandbox holds. A sandbox seeded under another version (an older
 * page left it in IndexedDB) is cleared and seeded again: 2 added key material ids and grant token lists,
 * 3 the ECDH, signing, MAC and RSA example keys, alias dates, alias ids by alias ARN and the first example key's tags,
 * 4 the example key for imported material and its import parameters;
 * 5 the two example custom key stores and the key in the AWS CloudHSM one.
 */
export const SEED_VERSION = 5;

async function exampleKey(keyId: string, description: string, tags: KeyRecord['tags'] = []): Promise<KeyRecord> {
  return {
    KeyId: keyId,
    Arn: keyArn(SANDBOX_ACCOUNT, keyId),
    AWSAccountId: SANDBOX_ACCOUNT,
    CreationDate: SEED_DATE,
    Description: description,
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeySpec: 'SYMMETRIC_DEFAULT',
    KeyState: 'Enabled',
    Origin: 'AWS_KMS',
    KeyManager: 'CUSTOMER',
    MultiRegion: false,
    EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    materials: [
      { version: 1, id: await seedMaterialId(keyId, 1), createdAt: SEED_DATE, keys: { 'AES-GCM': await seedMaterial(keyId, 1) } },
    ],
    rotations: [],
    tags,
  };
}

async function exampleAgreementKey(keyId: string): Promise<KeyRecord> {
  const pair = await seedAgreementMaterial(keyId, 1);
  return {
    KeyId: keyId,
    Arn: keyArn(SANDBOX_ACCOUNT, keyId),
    AWSAccountId: SANDBOX_ACCOUNT,
    CreationDate: SEED_DATE,
    Description: 'QKMS sandbox example key agreement key (ECDH on P-256). Its private key is public: use it for trying things only.',
    KeyUsage: 'KEY_AGREEMENT',
    KeySpec: 'ECC_NIST_P256',
    KeyState: 'Enabled',
    Origin: 'AWS_KMS',
    KeyManager: 'CUSTOMER',
    MultiRegion: false,
    KeyAgreementAlgorithms: ['ECDH'],
    materials: [
      { version: 1, id: await seedMaterialId(keyId, 1), createdAt: SEED_DATE, keys: { ECDH: pair.privateKey }, publicKey: pair.publicKey },
    ],
    rotations: [],
    tags: [],
  };
}

const PUBLIC_MATERIAL = 'Its key material is public: use it for trying things only.';

function seededKey(keyId: string, description: string): Omit<KeyRecord, 'KeyUsage' | 'KeySpec' | 'materials'> {
  return {
    KeyId: keyId,
    Arn: keyArn(SANDBOX_ACCOUNT, keyId),
    AWSAccountId: SANDBOX_ACCOUNT,
    CreationDate: SEED_DATE,
    Description: `${description} ${PUBLIC_MATERIAL}`,
    KeyState: 'Enabled',
    Origin: 'AWS_KMS',
    KeyManager: 'CUSTOMER',
    MultiRegion: false,
    rotations: [],
    tags: [],
  };
}

async function exampleSigningKey(): Promise<KeyRecord> {
  const keyId = EXAMPLE_SIGNING_KEY_ID;
  // A 32-byte HKDF output is below the P-256 group order for this key id (checked by the seed tests).
  const material = await ecSigningMaterialFromScalar('P-256', await seedBytes(keyId, 1, 32));
  return {
    ...seededKey(keyId, 'QKMS sandbox example signing key (ECC_NIST_P256).'),
    KeyUsage: 'SIGN_VERIFY',
    KeySpec: 'ECC_NIST_P256',
    SigningAlgorithms: ['ECDSA_SHA_256'],
    materials: [{ version: 1, id: await seedMaterialId(keyId, 1), createdAt: SEED_DATE, ...material }],
  };
}

async function exampleRsaKey(): Promise<KeyRecord> {
  const keyId = EXAMPLE_RSA_KEY_ID;
  const material = await rsaMaterialFrom(decodeBase64Strict(EXAMPLE_RSA_PRIVATE_KEY), decodeBase64Strict(EXAMPLE_RSA_PUBLIC_KEY), 'ENCRYPT_DECRYPT');
  return {
    ...seededKey(keyId, 'QKMS sandbox example RSA encryption key (RSA_2048). Its private key is published: use it for trying things only.'),
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeySpec: 'RSA_2048',
    EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'],
    materials: [{ version: 1, id: await seedMaterialId(keyId, 1), createdAt: SEED_DATE, ...material }],
  };
}

function decodeBase64Strict(text: string): Bytes {
  const bytes = decodeBase64(text);
  if (!bytes) throw new Error('the published example RSA key is not base64');
  return bytes;
}

async function exampleMacKey(): Promise<KeyRecord> {
  const keyId = EXAMPLE_MAC_KEY_ID;
  const hmac = await crypto.subtle.importKey('raw', await seedBytes(keyId, 1, 32), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  return {
    ...seededKey(keyId, 'QKMS sandbox example MAC key (HMAC_256).'),
    KeyUsage: 'GENERATE_VERIFY_MAC',
    KeySpec: 'HMAC_256',
    MacAlgorithms: ['HMAC_SHA_256'],
    materials: [{ version: 1, id: await seedMaterialId(keyId, 1), createdAt: SEED_DATE, keys: { HMAC: hmac } }],
  };
}

/**
 * The key for imported material: no material until a reader imports the published example material, and
 * import parameters (the published wrapping pair) that expire 24 hours after `now`, as KMS's do.
 */
async function exampleImportKey(now: number): Promise<KeyRecord> {
  const keyId = EXAMPLE_IMPORT_KEY_ID;
  const token = readImportToken(decodeBase64Strict(EXAMPLE_IMPORT_TOKEN));
  if (token?.keyId !== keyId) throw new Error('the published example import token does not name the example import key');
  const pair = await wrappingKeyPairFrom(decodeBase64Strict(EXAMPLE_WRAPPING_PRIVATE_KEY), decodeBase64Strict(EXAMPLE_WRAPPING_PUBLIC_KEY), 'SHA-256');
  return {
    ...seededKey(keyId, 'QKMS sandbox example key for imported material (Origin EXTERNAL).'),
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeySpec: 'SYMMETRIC_DEFAULT',
    KeyState: 'PendingImport',
    Origin: 'EXTERNAL',
    EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    materials: [],
    importParameters: [
      {
        handle: token.handle,
        wrappingAlgorithm: 'RSA_AES_KEY_WRAP_SHA_256',
        wrappingKeySpec: 'RSA_2048',
        privateKey: pair.privateKey,
        validTo: now + IMPORT_PARAMETERS_LIFETIME_MS,
      },
    ],
  };
}

/**
 * Seeds a fresh sandbox: the two example keys (material derived from a public constant, so
 * ciphertexts in the docs decrypt in every sandbox; the first tagged), the ECDH, signing and MAC example keys
 * (likewise, so documented secrets, signatures and MACs are what every sandbox gives), an RSA encryption key with a
 * published pair, alias/ExampleAlias for the first one,
 * and the example grant on the second, the key for imported material whose parameters expire a day after `now`,
 * and the two example custom key stores with a key in the AWS CloudHSM one.
 * Writes the seed marker last.
 */
export async function seedSandbox(store: Store, now: number = SEED_DATE): Promise<void> {
  const keys: KeyRecord[] = [
    await exampleKey(
      EXAMPLE_KEY_ID,
      'QKMS sandbox example key. Its key material is public: use it for trying things only.',
      EXAMPLE_TAGS.map((tag) => ({ ...tag })),
    ),
    await exampleKey(
      SECOND_EXAMPLE_KEY_ID,
      'Second QKMS sandbox example key (ReEncrypt destination). Its key material is public: use it for trying things only.',
    ),
    await exampleAgreementKey(EXAMPLE_AGREEMENT_KEY_ID),
    await exampleSigningKey(),
    await exampleMacKey(),
    await exampleRsaKey(),
    await exampleImportKey(now),
    {
      ...(await exampleKey(
        EXAMPLE_CLOUDHSM_KEY_ID,
        'QKMS sandbox example key in the example AWS CloudHSM key store. Its key material is public: use it for trying things only.',
      )),
      Origin: 'AWS_CLOUDHSM',
      CustomKeyStoreId: EXAMPLE_CLOUDHSM_KEY_STORE_ID,
    },
  ];
  for (const keyStore of exampleKeyStores(SEED_DATE)) await store.put('customKeyStores', keyStore.CustomKeyStoreId, keyStore);
  for (const key of keys) await store.put('keys', key.KeyId, key);
  const alias: AliasRecord = {
    AliasName: EXAMPLE_ALIAS,
    AWSAccountId: SANDBOX_ACCOUNT,
    TargetKeyId: EXAMPLE_KEY_ID,
    CreationDate: SEED_DATE,
    LastUpdatedDate: SEED_DATE,
  };
  await store.put('aliases', aliasArn(alias.AWSAccountId, alias.AliasName), alias);
  const grant: GrantRecord = {
    GrantId: EXAMPLE_GRANT_ID,
    GrantTokens: [EXAMPLE_GRANT_TOKEN],
    KeyId: keyArn(SANDBOX_ACCOUNT, SECOND_EXAMPLE_KEY_ID),
    GranteePrincipal: EXAMPLE_GRANTEE,
    IssuingAccount: rootPrincipal(SANDBOX_ACCOUNT),
    Operations: ['Decrypt', 'Encrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GenerateDataKey', 'DescribeKey'],
    Name: 'ExampleGrant',
    CreationDate: SEED_DATE,
  };
  await store.put('grants', grant.GrantId, grant);
  await store.put('meta', SEED_MARKER, { kind: 'seed', seededAt: SEED_DATE, version: SEED_VERSION });
}
