import { createCipheriv, createDecipheriv, KeyObject, type CipherGCMTypes } from 'node:crypto';
import type { AesGcmCipher } from '../crypto/AesGcmCipher';

const TAG_LENGTH = 16;

// KeyObject.from reads the key out of its CryptoKey (non-extractable ones too, inside Node), so once per key.
const keyObjects = new WeakMap<CryptoKey, KeyObject>();
const keyObjectOf = (key: CryptoKey, usage: KeyUsage): KeyObject => {
  // KeyObject.from takes any secret key; WebCrypto refuses a key made for another algorithm or usage, and so does this.
  if (key.algorithm.name !== 'AES-GCM' || !key.usages.includes(usage)) {
    throw new TypeError(`the key is not an AES-GCM key for ${usage}: ${key.algorithm.name} for ${key.usages.join(', ')}`);
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

/**
 * node:crypto's AES-GCM (OpenSSL, as WebCrypto's in Node is) run in the request's own thread. WebCrypto queues
 * each call on libuv's worker pool and resolves back on the main thread: for a request's few hundred bytes that
 * round trip is most of the cost (about 30 µs against 4-10 µs for the cipher alone, and far more when the
 * worker has to be woken between requests).
 */
export const nodeAesGcm: AesGcmCipher = {
  async encrypt(key, iv, additionalData, plaintext) {
    const keyObject = keyObjectOf(key, 'encrypt');
    const cipher = createCipheriv(cipherName(keyObject), keyObject, iv, { authTagLength: TAG_LENGTH });
    cipher.setAAD(additionalData);
    const head = cipher.update(plaintext);
    const tail = cipher.final();
    const tag = cipher.getAuthTag();
    const out = new Uint8Array(head.length + tail.length + TAG_LENGTH);
    out.set(head, 0);
    out.set(tail, head.length);
    out.set(tag, head.length + tail.length);
    return out;
  },
  async decrypt(key, iv, additionalData, sealed) {
    if (sealed.length < TAG_LENGTH) throw new RangeError('AES-GCM ciphertext is shorter than its tag');
    const keyObject = keyObjectOf(key, 'decrypt');
    const decipher = createDecipheriv(cipherName(keyObject), keyObject, iv, { authTagLength: TAG_LENGTH });
    decipher.setAAD(additionalData);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_LENGTH));
    const head = decipher.update(sealed.subarray(0, sealed.length - TAG_LENGTH));
    const tail = decipher.final();
    const out = new Uint8Array(head.length + tail.length);
    out.set(head, 0);
    out.set(tail, head.length);
    return out;
  },
};
