import type { KeySpec } from '../../../../mock-server/spec';

/**
 * How many cases each property runs. One table, so the suite's total is checked in one place
 * (propertyBudget.test.ts: at least 10,000) and the slow properties visibly run fewer cases.
 */
export const PROPERTY_RUNS = {
  encryptDecrypt: 2500,
  encryptReEncryptDecrypt: 1200,
  flippedCiphertextBit: 1500,
  changedContextBit: 1000,
  macVerifyMac: 1200,
  /** The Node server's AES-GCM against WebCrypto's on the same bytes. */
  nodeAesGcmMatchesWebCrypto: 400,
  /** The Node server's HMAC and ECDSA against WebCrypto's, per hash (3) and per curve (3). */
  nodeSignerMatchesWebCrypto: 100,
  /** The sandbox's seeded P-256 scalar against @noble/curves' own derivation. */
  p256ScalarFromSeed: 300,
  /** Per key spec and signing algorithm, for the specs that sign in well under a millisecond. */
  signVerifyFast: 150,
  /** Per operation. */
  anyBodyAnyOperation: 100,
} as const;

/** RSA and ML-DSA sign in milliseconds (RSA 4096: tens), so their properties run fewer cases per algorithm. */
const SLOW_SIGNING_RUNS: Readonly<Partial<Record<KeySpec, number>>> = {
  RSA_2048: 25,
  RSA_3072: 12,
  RSA_4096: 6,
  ML_DSA_44: 30,
  ML_DSA_65: 30,
  ML_DSA_87: 30,
};

/** Cases of the Sign→Verify property per signing algorithm of a key of `spec`. */
export const signVerifyRuns = (spec: KeySpec): number => SLOW_SIGNING_RUNS[spec] ?? PROPERTY_RUNS.signVerifyFast;
