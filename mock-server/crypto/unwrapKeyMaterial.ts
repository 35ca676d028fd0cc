import type { Bytes } from '../spec/Bytes';
import { aesKeyWrapLibrary } from './nobleLibraries';

/** How the material was wrapped: RSA-OAEP alone, or RSA-OAEP around an AES key that wraps it (RFC 5649). */
export type Wrapping = 'RSAES_OAEP' | 'RSA_AES_KEY_WRAP';

/**
 * The key material inside `wrapped`, or undefined when it does not unwrap with this private key (wrong
 * public key, wrong algorithm or hash, altered bytes). RSA_AES_KEY_WRAP is what KMS and OpenSSL's
 * `-id-aes256-wrap-pad` make: the RSA-OAEP encryption of an ephemeral AES key (one modulus long), then the
 * material wrapped under that key with AES key wrap with padding. WebCrypto's AES-KW is RFC 3394 only (no
 * padding, and it checks the RFC 3394 IV), so the padded unwrap is @noble/ciphers' audited aeskwp.
 */
export async function unwrapKeyMaterial(privateKey: CryptoKey, wrapping: Wrapping, wrapped: Bytes): Promise<Bytes | undefined> {
  const algorithm = privateKey.algorithm as RsaHashedKeyAlgorithm;
  const modulusBytes = algorithm.modulusLength / 8;
  const oaep = async (ciphertext: Bytes) => {
    try {
      return new Uint8Array(await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, privateKey, ciphertext));
    } catch {
      return undefined;
    }
  };
  if (wrapping === 'RSAES_OAEP') return wrapped.length === modulusBytes ? oaep(wrapped) : undefined;
  if (wrapped.length <= modulusBytes) return undefined;
  const kek = await oaep(wrapped.subarray(0, modulusBytes));
  if (kek === undefined || ![16, 24, 32].includes(kek.length)) return undefined;
  const aeskwp = await aesKeyWrapLibrary();
  try {
    return aeskwp(kek).decrypt(wrapped.subarray(modulusBytes));
  } catch {
    return undefined;
  }
}
