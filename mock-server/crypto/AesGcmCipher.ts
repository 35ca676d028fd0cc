import type { Bytes } from '../spec/Bytes';

/**
 * AES-256-GCM with a 128-bit tag on a CryptoKey: what the ciphertext envelopes are sealed and opened with.
 * WebCrypto's by default; the Node server passes node:crypto's (mock-server/node/nodeAesGcm), which does the
 * same work on the same key without a hop to a worker thread. Both give the same bytes.
 */
export interface AesGcmCipher {
  /** The ciphertext followed by the tag. */
  encrypt(key: CryptoKey, iv: Bytes, additionalData: Bytes, plaintext: Bytes): Promise<Bytes>;
  /** The plaintext; rejects when the tag does not authenticate (another key, IV, additional data or ciphertext). */
  decrypt(key: CryptoKey, iv: Bytes, additionalData: Bytes, sealed: Bytes): Promise<Bytes>;
}

export const webCryptoAesGcm: AesGcmCipher = {
  encrypt: async (key, iv, additionalData, plaintext) =>
    new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData, tagLength: 128 }, key, plaintext)),
  decrypt: async (key, iv, additionalData, sealed) =>
    new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData, tagLength: 128 }, key, sealed)),
};
