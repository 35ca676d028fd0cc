import type { Bytes } from '../spec/Bytes';
import type { ShaName } from './signingHash';

/**
 * The WebCrypto primitives the backend runs on every request, on its non-extractable CryptoKeys. WebCrypto's
 * by default; the Node server passes node:crypto's (mock-server/node/nodeCryptoEngine), which does the same work
 * on the same keys in the request's own thread instead of a hop to a worker thread. Both give the same answers.
 */
export interface CryptoEngine {
  readonly aesGcm: AesGcmCipher;
  readonly hmac: HmacSigner;
  readonly ecdsa: EcdsaSigner;
}

/** AES-GCM with a 128-bit tag: what the ciphertext envelopes are sealed and opened with. */
export interface AesGcmCipher {
  /** The ciphertext followed by the tag. */
  encrypt(key: CryptoKey, iv: Bytes, additionalData: Bytes, plaintext: Bytes): Promise<Bytes>;
  /** The plaintext; rejects when the tag does not authenticate (another key, IV, additional data or ciphertext). */
  decrypt(key: CryptoKey, iv: Bytes, additionalData: Bytes, sealed: Bytes): Promise<Bytes>;
}

/** HMAC with the hash the key was made for. */
export interface HmacSigner {
  sign(key: CryptoKey, message: Bytes): Promise<Bytes>;
  /** Whether `mac` is the message's whole MAC, compared in constant time. */
  verify(key: CryptoKey, mac: Bytes, message: Bytes): Promise<boolean>;
}

/** ECDSA over the message hashed with `hash`, signatures as fixed-width r||s (IEEE P1363), as WebCrypto has them. */
export interface EcdsaSigner {
  sign(privateKey: CryptoKey, hash: ShaName, message: Bytes): Promise<Bytes>;
  verify(publicKey: CryptoKey, hash: ShaName, message: Bytes, signature: Bytes): Promise<boolean>;
}

export const webCryptoEngine: CryptoEngine = {
  aesGcm: {
    encrypt: async (key, iv, additionalData, plaintext) =>
      new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData, tagLength: 128 }, key, plaintext)),
    decrypt: async (key, iv, additionalData, sealed) =>
      new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData, tagLength: 128 }, key, sealed)),
  },
  hmac: {
    sign: async (key, message) => new Uint8Array(await crypto.subtle.sign('HMAC', key, message)),
    verify: (key, mac, message) => crypto.subtle.verify('HMAC', key, mac, message),
  },
  ecdsa: {
    sign: async (privateKey, hash, message) => new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash }, privateKey, message)),
    verify: (publicKey, hash, message, signature) => crypto.subtle.verify({ name: 'ECDSA', hash }, publicKey, signature, message),
  },
};
