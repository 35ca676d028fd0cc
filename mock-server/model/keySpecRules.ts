import type {
  EncryptionAlgorithm,
  KeyAgreementAlgorithm,
  KeySpec,
  KeyUsage,
  MacAlgorithm,
  SigningAlgorithm,
  SupportedKeySpec,
} from './wireTypes';

/** Which key usages AWS KMS allows for each key spec. */
export const validUsages: Readonly<Record<KeySpec, readonly KeyUsage[]>> = {
  SYMMETRIC_DEFAULT: ['ENCRYPT_DECRYPT'],
  RSA_2048: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_3072: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_4096: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  ECC_NIST_P256: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P384: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P521: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_SECG_P256K1: ['SIGN_VERIFY'],
  HMAC_224: ['GENERATE_VERIFY_MAC'],
  HMAC_256: ['GENERATE_VERIFY_MAC'],
  HMAC_384: ['GENERATE_VERIFY_MAC'],
  HMAC_512: ['GENERATE_VERIFY_MAC'],
  SM2: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'KEY_AGREEMENT'],
  ML_DSA_44: ['SIGN_VERIFY'],
  ML_DSA_65: ['SIGN_VERIFY'],
  ML_DSA_87: ['SIGN_VERIFY'],
  ECC_NIST_EDWARDS25519: ['SIGN_VERIFY'],
};

export const SUPPORTED_KEY_SPECS: readonly SupportedKeySpec[] = [
  'SYMMETRIC_DEFAULT',
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'HMAC_256',
  'HMAC_384',
  'HMAC_512',
];

export const isSupportedKeySpec = (spec: KeySpec): spec is SupportedKeySpec =>
  (SUPPORTED_KEY_SPECS as readonly string[]).includes(spec);

export interface KeyAlgorithms {
  readonly EncryptionAlgorithms?: readonly EncryptionAlgorithm[];
  readonly SigningAlgorithms?: readonly SigningAlgorithm[];
  readonly MacAlgorithms?: readonly MacAlgorithm[];
  readonly KeyAgreementAlgorithms?: readonly KeyAgreementAlgorithm[];
}

const ECDSA_BY_CURVE: Readonly<Record<string, SigningAlgorithm>> = {
  ECC_NIST_P256: 'ECDSA_SHA_256',
  ECC_NIST_P384: 'ECDSA_SHA_384',
  ECC_NIST_P521: 'ECDSA_SHA_512',
};
const MAC_BY_SPEC: Readonly<Record<string, MacAlgorithm>> = {
  HMAC_256: 'HMAC_SHA_256',
  HMAC_384: 'HMAC_SHA_384',
  HMAC_512: 'HMAC_SHA_512',
};

/** The algorithm lists DescribeKey reports for a key, as KMS reports them per spec and usage. */
export function keyAlgorithms(spec: SupportedKeySpec, usage: KeyUsage): KeyAlgorithms {
  if (spec === 'SYMMETRIC_DEFAULT') return { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] };
  if (spec.startsWith('RSA_')) {
    return usage === 'ENCRYPT_DECRYPT'
      ? { EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] }
      : {
          SigningAlgorithms: [
            'RSASSA_PSS_SHA_256',
            'RSASSA_PSS_SHA_384',
            'RSASSA_PSS_SHA_512',
            'RSASSA_PKCS1_V1_5_SHA_256',
            'RSASSA_PKCS1_V1_5_SHA_384',
            'RSASSA_PKCS1_V1_5_SHA_512',
          ],
        };
  }
  if (spec.startsWith('ECC_')) {
    return usage === 'KEY_AGREEMENT' ? { KeyAgreementAlgorithms: ['ECDH'] } : { SigningAlgorithms: [ECDSA_BY_CURVE[spec]] };
  }
  return { MacAlgorithms: [MAC_BY_SPEC[spec]] };
}
