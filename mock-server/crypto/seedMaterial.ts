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
