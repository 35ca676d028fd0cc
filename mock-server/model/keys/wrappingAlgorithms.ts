import type { Wrapping } from '../../crypto/unwrapKeyMaterial';
import type { AlgorithmSpec, WrappingKeySpec } from '../../spec';

/** The wrapping algorithms QKMS offers, as KMS does outside the China Regions (RSAES_PKCS1_V1_5 is retired). */
export type QkmsWrappingAlgorithm = Exclude<AlgorithmSpec, 'RSAES_PKCS1_V1_5' | 'SM2PKE'>;
export type QkmsWrappingKeySpec = Exclude<WrappingKeySpec, 'SM2'>;

export const WRAPPING_ALGORITHMS: Readonly<Record<QkmsWrappingAlgorithm, { readonly wrapping: Wrapping; readonly hash: 'SHA-1' | 'SHA-256' }>> = {
  RSAES_OAEP_SHA_1: { wrapping: 'RSAES_OAEP', hash: 'SHA-1' },
  RSAES_OAEP_SHA_256: { wrapping: 'RSAES_OAEP', hash: 'SHA-256' },
  RSA_AES_KEY_WRAP_SHA_1: { wrapping: 'RSA_AES_KEY_WRAP', hash: 'SHA-1' },
  RSA_AES_KEY_WRAP_SHA_256: { wrapping: 'RSA_AES_KEY_WRAP', hash: 'SHA-256' },
};

export const WRAPPING_KEY_BITS: Readonly<Record<QkmsWrappingKeySpec, number>> = { RSA_2048: 2048, RSA_3072: 3072, RSA_4096: 4096 };

export const wrappingAlgorithms = Object.keys(WRAPPING_ALGORITHMS) as readonly QkmsWrappingAlgorithm[];
export const wrappingKeySpecs = Object.keys(WRAPPING_KEY_BITS) as readonly QkmsWrappingKeySpec[];

export const isQkmsWrappingAlgorithm = (algorithm: AlgorithmSpec): algorithm is QkmsWrappingAlgorithm => algorithm in WRAPPING_ALGORITHMS;
export const isQkmsWrappingKeySpec = (spec: WrappingKeySpec): spec is QkmsWrappingKeySpec => spec in WRAPPING_KEY_BITS;
