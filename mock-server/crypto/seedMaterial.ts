import { toHex } from './hex';
/** Public on purpose: anyone can derive the seeded keys, which is what makes docs ciphertexts portable. */
export const SEED_KEY_MATERIAL_CONSTANT = 'QKMS sandbox example key material: public, for trying things only';

const utf8 = new TextEncoder();

/** HKDF-SHA-256(ikm = the public constant, salt = empty, info = `${keyId}/v${version}`) as a non-extractable AES-256-GCM key. */
export async function seedMaterial(keyId: string, version: number): Promise<CryptoKey> {
  const ikm = await crypto.subtle.importKey('raw', utf8.encode(SEED_KEY_MATERIAL_CONSTANT), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8.encode(`${keyId}/v${version}`) },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The seeded material's KeyMaterialId: 32 bytes of HKDF-SHA-256 with info `${keyId}/v${version}/id`, in hex. */
export async function seedMaterialId(keyId: string, version: number): Promise<string> {
  const ikm = await crypto.subtle.importKey('raw', utf8.encode(SEED_KEY_MATERIAL_CONSTANT), 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8.encode(`${keyId}/v${version}/id`) },
    ikm,
    256,
  );
  return toHex(new Uint8Array(bits));
}

/** HKDF-SHA-256 bits with info `${keyId}/v${version}`, for seeded material a library or WebCrypto imports from bytes. */
export async function seedBytes(keyId: string, version: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
  const ikm = await crypto.subtle.importKey('raw', utf8.encode(SEED_KEY_MATERIAL_CONSTANT), 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8.encode(`${keyId}/v${version}`) },
    ikm,
    length * 8,
  );
  return new Uint8Array(bits);
}
