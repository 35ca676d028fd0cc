import { maxOaepPlaintext } from '../../crypto/oaepHash';
import { keySpecValues, keyUsageTypeValues } from '../../spec';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type {
  EncryptionAlgorithmSpec,
  GrantOperation,
  KeyAgreementAlgorithmSpec,
  KeySpec,
  KeyUsageType,
  MacAlgorithmSpec,
  SigningAlgorithmSpec,
} from '../../spec';

/** What a key of one spec can do under one key usage. */
export interface UsageProfile {
  readonly encryptionAlgorithms?: readonly EncryptionAlgorithmSpec[];
  readonly signingAlgorithms?: readonly SigningAlgorithmSpec[];
  readonly macAlgorithms?: readonly MacAlgorithmSpec[];
  readonly keyAgreementAlgorithms?: readonly KeyAgreementAlgorithmSpec[];
  /** The operations a grant on such a key may allow. */
  readonly grantOperations: readonly GrantOperation[];
}

export interface KeySpecProfile {
  readonly usages: Readonly<Partial<Record<KeyUsageType, UsageProfile>>>;
  /** Encrypt's largest plaintext in bytes, per encryption algorithm. */
  readonly maxPlaintext?: Readonly<Partial<Record<EncryptionAlgorithmSpec, number>>>;
  /** Sign's, Verify's and GenerateMac's largest message in bytes (MessageType RAW). */
  readonly maxMessage?: number;
  /** How QKMS makes the key, or why it cannot: undefined `by` means CreateKey refuses the spec. */
  readonly implementation: { readonly by: string } | { readonly by?: undefined; readonly refusal: string };
}

const ANY_KEY: readonly GrantOperation[] = ['CreateGrant', 'RetireGrant', 'DescribeKey'];
const SYMMETRIC_GRANTS: readonly GrantOperation[] = [
  'Decrypt',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'ReEncryptFrom',
  'ReEncryptTo',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  ...ANY_KEY,
];
const ASYMMETRIC_ENCRYPTION_GRANTS: readonly GrantOperation[] = ['Decrypt', 'Encrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GetPublicKey', ...ANY_KEY];
const SIGNING_GRANTS: readonly GrantOperation[] = ['Sign', 'Verify', 'GetPublicKey', ...ANY_KEY];
const MAC_GRANTS: readonly GrantOperation[] = ['GenerateMac', 'VerifyMac', ...ANY_KEY];
const AGREEMENT_GRANTS: readonly GrantOperation[] = ['DeriveSharedSecret', 'GetPublicKey', ...ANY_KEY];

/** KMS's limit on a message to sign or MAC, and on a symmetric Encrypt's plaintext. */
const MESSAGE_LIMIT = 4096;

const RSA_SIGNING: readonly SigningAlgorithmSpec[] = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
];

function rsa(bits: number): KeySpecProfile {
  return {
    usages: {
      ENCRYPT_DECRYPT: { encryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'], grantOperations: ASYMMETRIC_ENCRYPTION_GRANTS },
      SIGN_VERIFY: { signingAlgorithms: RSA_SIGNING, grantOperations: SIGNING_GRANTS },
    },
    maxPlaintext: { RSAES_OAEP_SHA_1: maxOaepPlaintext(bits, 'RSAES_OAEP_SHA_1'), RSAES_OAEP_SHA_256: maxOaepPlaintext(bits, 'RSAES_OAEP_SHA_256') },
    maxMessage: MESSAGE_LIMIT,
    implementation: {
      by: `WebCrypto RSA (${bits}-bit modulus, exponent 65537): RSA-OAEP, RSA-PSS (salt as long as the hash) and RSASSA-PKCS1-v1_5; MessageType RAW only`,
    },
  };
}

function nistCurve(signing: SigningAlgorithmSpec, curve: string): KeySpecProfile {
  return {
    usages: {
      SIGN_VERIFY: { signingAlgorithms: [signing], grantOperations: SIGNING_GRANTS },
      KEY_AGREEMENT: { keyAgreementAlgorithms: ['ECDH'], grantOperations: AGREEMENT_GRANTS },
    },
    maxMessage: MESSAGE_LIMIT,
    implementation: { by: `WebCrypto ECDSA and ECDH on ${curve}; @noble/curves signs and verifies a DIGEST as given` },
  };
}

function hmac(algorithm: MacAlgorithmSpec, implementation: KeySpecProfile['implementation']): KeySpecProfile {
  return {
    usages: { GENERATE_VERIFY_MAC: { macAlgorithms: [algorithm], grantOperations: MAC_GRANTS } },
    maxMessage: MESSAGE_LIMIT,
    implementation,
  };
}

/**
 * The one table of key specs: for each KMS key spec, its key usages with their algorithms and grant
 * operations, its plaintext and message limits, and how QKMS implements it. Every operation that
 * depends on a key's spec reads it from here.
 */
export const keySpecs: Readonly<Record<KeySpec, KeySpecProfile>> = {
  SYMMETRIC_DEFAULT: {
    usages: { ENCRYPT_DECRYPT: { encryptionAlgorithms: ['SYMMETRIC_DEFAULT'], grantOperations: SYMMETRIC_GRANTS } },
    maxPlaintext: { SYMMETRIC_DEFAULT: MESSAGE_LIMIT },
    implementation: { by: 'WebCrypto AES-256-GCM in the QKMS ciphertext envelope' },
  },
  RSA_2048: rsa(2048),
  RSA_3072: rsa(3072),
  RSA_4096: rsa(4096),
  ECC_NIST_P256: nistCurve('ECDSA_SHA_256', 'P-256'),
  ECC_NIST_P384: nistCurve('ECDSA_SHA_384', 'P-384'),
  ECC_NIST_P521: nistCurve('ECDSA_SHA_512', 'P-521'),
  ECC_SECG_P256K1: {
    usages: { SIGN_VERIFY: { signingAlgorithms: ['ECDSA_SHA_256'], grantOperations: SIGNING_GRANTS } },
    maxMessage: MESSAGE_LIMIT,
    implementation: { by: '@noble/curves secp256k1 ECDSA (WebCrypto has no secp256k1)' },
  },
  ECC_NIST_EDWARDS25519: {
    usages: { SIGN_VERIFY: { signingAlgorithms: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'], grantOperations: SIGNING_GRANTS } },
    maxMessage: MESSAGE_LIMIT,
    implementation: { by: '@noble/curves Ed25519 and Ed25519ph (RFC 8032; WebCrypto has no prehash variant)' },
  },
  HMAC_224: hmac('HMAC_SHA_224', { by: '@noble/hashes HMAC with SHA-224, 224-bit key (WebCrypto has no SHA-224)' }),
  HMAC_256: hmac('HMAC_SHA_256', { by: 'WebCrypto HMAC with SHA-256, 256-bit key' }),
  HMAC_384: hmac('HMAC_SHA_384', { by: 'WebCrypto HMAC with SHA-384, 384-bit key' }),
  HMAC_512: hmac('HMAC_SHA_512', { by: 'WebCrypto HMAC with SHA-512, 512-bit key' }),
  ML_DSA_44: {
    usages: { SIGN_VERIFY: { signingAlgorithms: ['ML_DSA_SHAKE_256'], grantOperations: SIGNING_GRANTS } },
    maxMessage: MESSAGE_LIMIT,
    implementation: { by: '@noble/post-quantum ML-DSA-44 (FIPS 204; WebCrypto has none)' },
  },
  ML_DSA_65: {
    usages: { SIGN_VERIFY: { signingAlgorithms: ['ML_DSA_SHAKE_256'], grantOperations: SIGNING_GRANTS } },
    maxMessage: MESSAGE_LIMIT,
    implementation: { by: '@noble/post-quantum ML-DSA-65 (FIPS 204; WebCrypto has none)' },
  },
  ML_DSA_87: {
    usages: { SIGN_VERIFY: { signingAlgorithms: ['ML_DSA_SHAKE_256'], grantOperations: SIGNING_GRANTS } },
    maxMessage: MESSAGE_LIMIT,
    implementation: { by: '@noble/post-quantum ML-DSA-87 (FIPS 204; WebCrypto has none)' },
  },
  SM2: {
    usages: {
      ENCRYPT_DECRYPT: { encryptionAlgorithms: ['SM2PKE'], grantOperations: ASYMMETRIC_ENCRYPTION_GRANTS },
      SIGN_VERIFY: { signingAlgorithms: ['SM2DSA'], grantOperations: SIGNING_GRANTS },
      KEY_AGREEMENT: { keyAgreementAlgorithms: ['ECDH'], grantOperations: AGREEMENT_GRANTS },
    },
    implementation: { refusal: 'SM2 keys exist only in the AWS China Regions, which QKMS does not model.' },
  },
};

const tableOrder = Object.keys(keySpecs);

/** The key specs CreateKey makes, in the table's order (symmetric first). */
export const creatableKeySpecs: readonly KeySpec[] = keySpecValues
  .filter((spec) => keySpecs[spec].implementation.by !== undefined)
  .sort((a, b) => tableOrder.indexOf(a) - tableOrder.indexOf(b));

/** The key usages KMS allows for `spec`. */
export const usagesOf = (spec: KeySpec): readonly KeyUsageType[] =>
  keyUsageTypeValues.filter((usage) => keySpecs[spec].usages[usage] !== undefined);

/** What a key of `spec` does under `usage`, or undefined when KMS does not allow that pairing. */
export const usageProfile = (spec: KeySpec, usage: KeyUsageType): UsageProfile | undefined => keySpecs[spec].usages[usage];

/** Encrypt's largest plaintext for a key and algorithm. */
export const maxPlaintextFor = (key: KeyRecord, algorithm: EncryptionAlgorithmSpec): number | undefined =>
  keySpecs[key.KeySpec].maxPlaintext?.[algorithm];
