import { constants, createCipheriv, createPublicKey, publicEncrypt, randomBytes } from 'node:crypto';

export type WrappingAlgorithm = 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256' | 'RSA_AES_KEY_WRAP_SHA_1' | 'RSA_AES_KEY_WRAP_SHA_256';

/** RFC 5649's alternative initial value: OpenSSL's id-aes256-wrap-pad takes its first 4 bytes. */
const KWP_IV = Buffer.from('A65959A6', 'hex');

/**
 * Wraps key material outside QKMS, with node:crypto only, as a reader following the imported-key-material page
 * would: RSA-OAEP under the GetParametersForImport public key, or (RSA_AES_KEY_WRAP) RSA-OAEP of a fresh AES-256
 * key followed by the material wrapped under that key with AES key wrap with padding (RFC 5649).
 */
export function wrapKeyMaterial(publicKeyDer: Uint8Array, algorithm: WrappingAlgorithm, material: Uint8Array): Buffer {
  const key = createPublicKey({ key: Buffer.from(publicKeyDer), format: 'der', type: 'spki' });
  const oaepHash = algorithm.endsWith('SHA_1') ? 'sha1' : 'sha256';
  const oaep = (plaintext: Uint8Array) => publicEncrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash }, plaintext);
  if (algorithm.startsWith('RSAES_OAEP')) return oaep(material);
  const kek = randomBytes(32);
  const cipher = createCipheriv('id-aes256-wrap-pad', kek, KWP_IV);
  return Buffer.concat([oaep(kek), cipher.update(material), cipher.final()]);
}
