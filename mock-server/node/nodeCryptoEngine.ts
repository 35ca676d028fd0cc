import { createCipheriv, createDecipheriv, createHmac, KeyObject, sign, timingSafeEqual, verify, type CipherGCMTypes } from 'node:crypto';
import type { AesGcmCipher, CryptoEngine, EcdsaSigner, HmacSigner } from '../crypto/CryptoEngine';
import { concatBytes } from '../crypto/der';
import type { ShaName } from '../crypto/signingHash';

const TAG_LENGTH = 16;

// KeyObject.from reads the key out of its CryptoKey (non-extractable ones too, inside Node), so once per key.
const keyObjects = new WeakMap<CryptoKey, KeyObject>();
const keyObjectOf = (key: CryptoKey, algorithm: 'AES-GCM' | 'HMAC' | 'ECDSA', usage: KeyUsage): KeyObject => {
  // KeyObject.from takes any key; WebCrypto refuses a key made for another algorithm or usage, and so does this.
  if (key.algorithm.name !== algorithm || !key.usages.includes(usage)) {
    throw new TypeError(`the key is not an ${algorithm} key for ${usage}: ${key.algorithm.name} for ${key.usages.join(', ')}`);
  }
  let keyObject = keyObjects.get(key);
  if (keyObject === undefined) {
    keyObject = KeyObject.from(key);
    keyObjects.set(key, keyObject);
  }
  return keyObject;
};

const GCM_BY_KEY_BYTES: Readonly<Record<number, CipherGCMTypes>> = { 16: 'aes-128-gcm', 24: 'aes-192-gcm', 32: 'aes-256-gcm' };

function cipherName(keyObject: KeyObject): CipherGCMTypes {
  const name = GCM_BY_KEY_BYTES[keyObject.symmetricKeySize ?? 0];
  if (name === undefined) throw new TypeError(`not an AES key: ${keyObject.symmetricKeySize ?? 0} bytes`);
  return name;
}

const NODE_HASH: Readonly<Record<ShaName, string>> = { 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

function nodeHash(name: string): string {
  const hash = NODE_HASH[name as ShaName];
  if (hash === undefined) throw new TypeError(`unsupported hash: ${name}`);
  return hash;
}

const aesGcm: AesGcmCipher = {
  async encrypt(key, iv, additionalData, plaintext) {
    const keyObject = keyObjectOf(key, 'AES-GCM', 'encrypt');
    const cipher = createCipheriv(cipherName(keyObject), keyObject, iv, { authTagLength: TAG_LENGTH });
    cipher.setAAD(additionalData);
    const head = cipher.update(plaintext);
    const tail = cipher.final();
    return concatBytes(head, tail, cipher.getAuthTag());
  },
  async decrypt(key, iv, additionalData, sealed) {
    if (sealed.length < TAG_LENGTH) throw new RangeError('AES-GCM ciphertext is shorter than its tag');
    const keyObject = keyObjectOf(key, 'AES-GCM', 'decrypt');
    const decipher = createDecipheriv(cipherName(keyObject), keyObject, iv, { authTagLength: TAG_LENGTH });
    decipher.setAAD(additionalData);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_LENGTH));
    const head = decipher.update(sealed.subarray(0, sealed.length - TAG_LENGTH));
    return concatBytes(head, decipher.final());
  },
};

function hmacOf(key: CryptoKey, usage: KeyUsage, message: Uint8Array): Buffer {
  const keyObject = keyObjectOf(key, 'HMAC', usage);
  return createHmac(nodeHash((key.algorithm as HmacKeyAlgorithm).hash.name), keyObject).update(message).digest();
}

const hmac: HmacSigner = {
  sign: async (key, message) => new Uint8Array(hmacOf(key, 'sign', message)),
  async verify(key, mac, message) {
    const expected = hmacOf(key, 'verify', message);
    return expected.length === mac.length && timingSafeEqual(expected, mac);
  },
};

const ecdsa: EcdsaSigner = {
  sign: async (privateKey, hash, message) =>
    new Uint8Array(sign(nodeHash(hash), message, { key: keyObjectOf(privateKey, 'ECDSA', 'sign'), dsaEncoding: 'ieee-p1363' })),
  async verify(publicKey, hash, message, signature) {
    const key = keyObjectOf(publicKey, 'ECDSA', 'verify');
    try {
      return verify(nodeHash(hash), message, { key, dsaEncoding: 'ieee-p1363' }, signature);
    } catch {
      // As WebCrypto's verify, a signature of the wrong shape for the curve is simply not valid.
      return false;
    }
  },
};

/**
 * node:crypto (OpenSSL, as WebCrypto's in Node is) run in the request's own thread. WebCrypto queues each call
 * on libuv's worker pool and resolves back on the main thread: for a request's few hundred bytes that round
 * trip is most of the cost (about 30 µs against 4-10 µs for AES-GCM itself, and far more when the worker has
 * to be woken between requests).
 */
export const nodeCryptoEngine: CryptoEngine = { aesGcm, hmac, ecdsa };
