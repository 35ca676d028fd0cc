import { SEED_KEY_MATERIAL_CONSTANT } from './seedMaterial';

const utf8 = new TextEncoder();
/** What @noble/curves' randomSecretKey takes for P-256: 16 bytes over the scalar, so reducing it leaves no usable bias. */
const SEED_BYTES = 48;

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export interface SeedAgreementPair {
  /** Non-extractable, for deriveBits. */
  readonly privateKey: CryptoKey;
  /** Extractable, as every pair's public key is (GetPublicKey). */
  readonly publicKey: CryptoKey;
}

/**
 * A seeded ECC_NIST_P256 KEY_AGREEMENT pair: HKDF-SHA-256(ikm = the public constant, salt = empty,
 * info = `${keyId}/v${version}/ecdh`) gives 48 bytes, which @noble/curves reduces to a scalar in
 * 1..n-1 (FIPS 186-5 A.2 extra-bits method, so no modulo bias) and multiplies into the public point.
 * WebCrypto cannot derive an EC key from bytes, so the pair goes in as a JWK.
 */
export async function seedAgreementMaterial(keyId: string, version: number): Promise<SeedAgreementPair> {
  const ikm = await crypto.subtle.importKey('raw', utf8.encode(SEED_KEY_MATERIAL_CONSTANT), 'HKDF', false, ['deriveBits']);
  const seed = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8.encode(`${keyId}/v${version}/ecdh`) },
      ikm,
      SEED_BYTES * 8,
    ),
  );
  // Loaded on demand, as every @noble use: a static import put the curve code in every page's first load.
  const { p256 } = await import('@noble/curves/nist.js');
  const scalar = p256.utils.randomSecretKey(seed);
  const point = p256.getPublicKey(scalar, false); // 0x04 || x || y
  const x = base64url(point.slice(1, 33));
  const y = base64url(point.slice(33, 65));
  const algorithm = { name: 'ECDH', namedCurve: 'P-256' };
  const privateKey = await crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x, y, d: base64url(scalar) }, algorithm, false, [
    'deriveBits',
  ]);
  const publicKey = await crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x, y }, algorithm, true, []);
  return { privateKey, publicKey };
}
