import type { DataKeyPairSpec } from '../spec';

/**
 * The data key pair specs QKMS generates: every one but SM2, which exists only in the AWS China Regions.
 * dataKeyPairGenerators must have a generator for each (a compile error otherwise); the reference tables
 * read this small list without loading the generators.
 */
export const generatedKeyPairSpecs = [
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'ECC_NIST_EDWARDS25519',
] as const satisfies readonly DataKeyPairSpec[];

export type GeneratedKeyPairSpec = (typeof generatedKeyPairSpecs)[number];
