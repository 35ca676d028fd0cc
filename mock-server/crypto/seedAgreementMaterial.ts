import { SEED_KEY_MATERIAL_CONSTANT } from './seedMaterial';
import { scalarReductionLibrary } from './nobleLibraries';

const utf8 = new TextEncoder();
/** What @noble/curves' randomSecretKey takes for P-256: 16 bytes over the scalar, so reducing it leaves no usable bias. */
const SEED_BYTES = 48;
/** The order n of P-256's base point (FIPS 186-5 / SEC 2), the modulus of its private scalars. */
const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

/**
 * The private scalar, in 1..n-1, that seed bytes give: what `p256.utils.randomSecretKey(seed)` answers, computed with
 * the reduction it calls (@noble/curves' mapHashToField) and no curve. Building the curves module (P-256, P-384,
 * P-521 and their precomputed points) was the longest task of a first visit's sandbox seeding on a phone.
 */
export async function p256ScalarFromSeed(seed: Uint8Array): Promise<Uint8Array> {
  const { mapHashToField } = await scalarReductionLibrary();
  return mapHashToField(seed, P256_ORDER);
}

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
 * PKCS #8 of a P-256 private key holding only its scalar (RFC 5915 ECPrivateKey with the publicKey field left out):
 * version 0, algorithm id-ecPublicKey with prime256v1, then the 32-byte scalar.
 */
const P256_PKCS8_PREFIX = Uint8Array.from([
  0x30, 0x41, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d,
  0x03, 0x01, 0x07, 0x04, 0x27, 0x30, 0x25, 0x02, 0x01, 0x01, 0x04, 0x20,
]);

/**
 * The public point of a P-256 scalar, multiplied by WebCrypto: the platform fills in the public key of a PKCS #8
 * key that lacks it. @noble/curves did it in JavaScript, whose first multiplication builds its precomputed
 * tables — a quarter of a second of a phone's main thread on a first visit, when the sandbox is seeded.
 */
async function p256PublicPoint(scalar: Uint8Array): Promise<{ readonly x: string; readonly y: string }> {
  const pkcs8 = new Uint8Array(P256_PKCS8_PREFIX.length + scalar.length);
  pkcs8.set(P256_PKCS8_PREFIX);
  pkcs8.set(scalar, P256_PKCS8_PREFIX.length);
  const scratch = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const { x, y } = await crypto.subtle.exportKey('jwk', scratch);
  if (!x || !y) throw new Error('seedAgreementMaterial: WebCrypto gave no public point for the seeded scalar');
  return { x, y };
}

/**
 * A seeded ECC_NIST_P256 KEY_AGREEMENT pair: HKDF-SHA-256(ikm = the public constant, salt = empty,
 * info = `${keyId}/v${version}/ecdh`) gives 48 bytes, which p256ScalarFromSeed reduces to a scalar in
 * 1..n-1 (FIPS 186-5 A.2 extra-bits method, so no modulo bias); WebCrypto multiplies it into the public point.
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
  const scalar = await p256ScalarFromSeed(seed);
  const { x, y } = await p256PublicPoint(scalar);
  const algorithm = { name: 'ECDH', namedCurve: 'P-256' };
  const privateKey = await crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x, y, d: base64url(scalar) }, algorithm, false, [
    'deriveBits',
  ]);
  const publicKey = await crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x, y }, algorithm, true, []);
  return { privateKey, publicKey };
}
