import type { Bytes } from '../spec';
import type { MaterialVersion } from '../store/records/KeyRecord';
import { OAEP_HASH as HASH, type OaepAlgorithm } from './oaepHash';

/*
 * WebCrypto binds the stored public key to SHA-256, so SHA-1 (and, to stay one path, SHA-256)
 * needs the key re-imported for its hash: done once per stored key handle and hash, not per call.
 */
const encryptKeys = new WeakMap<CryptoKey, Map<OaepAlgorithm, Promise<CryptoKey>>>();

function encryptKey(publicKey: CryptoKey, algorithm: OaepAlgorithm): Promise<CryptoKey> {
  let byAlgorithm = encryptKeys.get(publicKey);
  if (!byAlgorithm) {
    byAlgorithm = new Map();
    encryptKeys.set(publicKey, byAlgorithm);
  }
  let key = byAlgorithm.get(algorithm);
  if (!key) {
    key = crypto.subtle
      .exportKey('spki', publicKey)
      .then((spki) => crypto.subtle.importKey('spki', spki, { name: 'RSA-OAEP', hash: HASH[algorithm].name }, false, ['encrypt']));
    byAlgorithm.set(algorithm, key);
    // A failed import is not remembered, so the next call tries again.
    key.catch(() => byAlgorithm.delete(algorithm));
  }
  return key;
}

/** Raw RSA-OAEP, so ciphertexts interoperate with the public key. */
export async function oaepEncrypt(material: MaterialVersion, algorithm: OaepAlgorithm, plaintext: Bytes): Promise<Bytes> {
  if (!material.publicKey) throw new Error('RSA material has no public key');
  const key = await encryptKey(material.publicKey, algorithm);
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, plaintext));
}

/** undefined when the ciphertext does not decrypt under the key. */
export async function oaepDecrypt(
  material: MaterialVersion,
  algorithm: OaepAlgorithm,
  ciphertext: Bytes,
): Promise<Bytes | undefined> {
  const key = material.keys[`RSA-OAEP-${HASH[algorithm].name}`];
  if (!key) throw new Error('RSA material has no private key for ' + algorithm);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, key, ciphertext));
  } catch {
    return undefined;
  }
}
