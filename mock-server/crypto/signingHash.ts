import type { SigningAlgorithmSpec } from '../spec';

export type ShaName = 'SHA-256' | 'SHA-384' | 'SHA-512';

/** The hash a signing algorithm runs over a RAW message, and so the length of a DIGEST it takes. */
export const signingHash: Readonly<Record<SigningAlgorithmSpec, { readonly name: ShaName | 'SHAKE-256' | 'SM3'; readonly bytes: number }>> = {
  RSASSA_PSS_SHA_256: { name: 'SHA-256', bytes: 32 },
  RSASSA_PSS_SHA_384: { name: 'SHA-384', bytes: 48 },
  RSASSA_PSS_SHA_512: { name: 'SHA-512', bytes: 64 },
  RSASSA_PKCS1_V1_5_SHA_256: { name: 'SHA-256', bytes: 32 },
  RSASSA_PKCS1_V1_5_SHA_384: { name: 'SHA-384', bytes: 48 },
  RSASSA_PKCS1_V1_5_SHA_512: { name: 'SHA-512', bytes: 64 },
  ECDSA_SHA_256: { name: 'SHA-256', bytes: 32 },
  ECDSA_SHA_384: { name: 'SHA-384', bytes: 48 },
  ECDSA_SHA_512: { name: 'SHA-512', bytes: 64 },
  ED25519_SHA_512: { name: 'SHA-512', bytes: 64 },
  ED25519_PH_SHA_512: { name: 'SHA-512', bytes: 64 },
  // ML-DSA's "digest" is the 64-byte representative mu (EXTERNAL_MU), SHAKE256 of the key hash and message.
  ML_DSA_SHAKE_256: { name: 'SHAKE-256', bytes: 64 },
  SM2DSA: { name: 'SM3', bytes: 32 },
};
