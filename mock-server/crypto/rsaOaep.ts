import type { Bytes } from './Bytes';
import type { MaterialVersion } from '../model/KeyRecord';

export type OaepAlgorithm = 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256';

const HASH: Readonly<Record<OaepAlgorithm, { name: 'SHA-1' | 'SHA-256'; bytes: number }>> = {
  RSAES_OAEP_SHA_1: { name: 'SHA-1', bytes: 20 },
  RSAES_OAEP_SHA_256: { name: 'SHA-256', bytes: 32 },
};

/** The largest plaintext RSA-OAEP takes: modulus bytes - 2 * hash bytes - 2 (RFC 8017). */
export const maxOaepPlaintext = (modulusBits: number, algorithm: OaepAlgorithm) =>
  modulusBits / 8 - 2 * HASH[algorithm].bytes - 2;

/** Raw RSA-OAEP, so ciphertexts interoperate with the public key. */
export async function oaepEncrypt(material: MaterialVersion, algorithm: OaepAlgorithm, plaintext: Bytes): Promise<Bytes> {
  if (!material.publicKey) throw new Error('RSA material has no public key');
  const spki = await crypto.subtle.exportKey('spki', material.publicKey);
  const key = await crypto.subtle.importKey('spki', spki, { name: 'RSA-OAEP', hash: HASH[algorithm].name }, false, ['encrypt']);
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
