import type { KeySpec } from '../spec';
import type { Bytes } from '../spec/Bytes';
import type { MaterialVersion } from '../store/records/KeyRecord';
import { sealedField } from './materialSealer';
import type { Sealer } from './materialSealer';

/** The bytes of key material a key spec takes: a 256-bit AES key, or an HMAC key as long as its hash's output. */
export const IMPORTABLE_MATERIAL_BYTES: Readonly<Partial<Record<KeySpec, number>>> = {
  SYMMETRIC_DEFAULT: 32,
  HMAC_224: 28,
  HMAC_256: 32,
  HMAC_384: 48,
  HMAC_512: 64,
};

const HMAC_HASH: Readonly<Partial<Record<KeySpec, string>>> = { HMAC_256: 'SHA-256', HMAC_384: 'SHA-384', HMAC_512: 'SHA-512' };

/**
 * Imported bytes as the key's material, held the way generated material of the spec is: a non-extractable
 * WebCrypto key, or for HMAC_224 (WebCrypto has no SHA-224) a copy of the bytes, as generated HMAC_224 keys keep them.
 */
export async function importedMaterialKeys(
  spec: KeySpec,
  material: Bytes,
  seal?: Sealer,
): Promise<Pick<MaterialVersion, 'keys' | 'secret' | 'sealed'>> {
  if (spec === 'SYMMETRIC_DEFAULT') {
    const key = await crypto.subtle.importKey('raw', material, 'AES-GCM', false, ['encrypt', 'decrypt']);
    return { keys: { 'AES-GCM': key }, ...(await sealedField(seal, 'raw', material)) };
  }
  if (spec === 'HMAC_224') return { keys: {}, secret: material.slice() };
  const hash = HMAC_HASH[spec];
  if (hash === undefined) throw new Error(`importedMaterialKeys cannot hold ${spec} material; CreateKey should have refused Origin EXTERNAL`);
  const key = await crypto.subtle.importKey('raw', material, { name: 'HMAC', hash }, false, ['sign', 'verify']);
  return { keys: { HMAC: key }, ...(await sealedField(seal, 'raw', material)) };
}
