import type { EncryptionAlgorithmSpec } from '../spec';

export type OaepAlgorithm = Extract<EncryptionAlgorithmSpec, 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256'>;

/** The hash of each RSA-OAEP algorithm, as WebCrypto names it, and its length. */
export const OAEP_HASH: Readonly<Record<OaepAlgorithm, { readonly name: 'SHA-1' | 'SHA-256'; readonly bytes: number }>> = {
  RSAES_OAEP_SHA_1: { name: 'SHA-1', bytes: 20 },
  RSAES_OAEP_SHA_256: { name: 'SHA-256', bytes: 32 },
};

/** The largest plaintext RSA-OAEP takes: modulus bytes - 2 * hash bytes - 2 (RFC 8017). */
export const maxOaepPlaintext = (modulusBits: number, algorithm: OaepAlgorithm): number =>
  modulusBits / 8 - 2 * OAEP_HASH[algorithm].bytes - 2;
