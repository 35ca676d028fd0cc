import type { Bytes } from '../spec/Bytes';
import type { MaterialPurpose, MaterialVersion } from '../store/records/KeyRecord';
import type { KeySpec, KeyUsageType } from '../spec';
import { ed25519Material } from './ed25519Sign';
import { ecSigningMaterial } from './ecMaterial';
import { toHex } from './hex';
import { mlDsaMaterial } from './mlDsaSign';
import { sealedField } from './materialSealer';
import type { Sealer } from './materialSealer';
import { secp256k1Library } from './nobleLibraries';

type Keys = Partial<Record<MaterialPurpose, CryptoKey>>;

const RSA_BITS: Readonly<Record<string, number>> = { RSA_2048: 2048, RSA_3072: 3072, RSA_4096: 4096 };
const CURVES: Readonly<Record<string, string>> = {
  ECC_NIST_P256: 'P-256',
  ECC_NIST_P384: 'P-384',
  ECC_NIST_P521: 'P-521',
};
const HMAC: Readonly<Record<string, { hash: string; bytes: number }>> = {
  HMAC_256: { hash: 'SHA-256', bytes: 32 },
  HMAC_384: { hash: 'SHA-384', bytes: 48 },
  HMAC_512: { hash: 'SHA-512', bytes: 64 },
};

/**
 * New key material for a spec and usage. Secret and private keys are non-extractable;
 * the public key of a pair stays extractable for GetPublicKey. Symmetric and HMAC material, the
 * ML-DSA seed and the material id come from `random`, so an injected random makes them reproducible.
 * Given a sealer, material that only a non-extractable key would hold is also kept sealed, for export.
 */
export async function generateMaterial(
  spec: KeySpec,
  usage: KeyUsageType,
  version: number,
  createdAt: number,
  random: (length: number) => Bytes,
  seal?: Sealer,
): Promise<MaterialVersion> {
  const generation = { version, createdAt, id: toHex(random(32)) };
  if (spec === 'SYMMETRIC_DEFAULT') {
    const raw = random(32);
    const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
    return { ...generation, keys: { 'AES-GCM': key }, ...(await sealedField(seal, 'raw', raw)) };
  }
  if (spec === 'HMAC_224') return { ...generation, keys: {}, secret: random(28) };
  if (spec in HMAC) {
    const { hash, bytes } = HMAC[spec];
    const raw = random(bytes);
    const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash }, false, ['sign', 'verify']);
    return { ...generation, keys: { HMAC: key }, ...(await sealedField(seal, 'raw', raw)) };
  }
  if (spec in RSA_BITS) return { ...generation, ...(await rsaMaterial(RSA_BITS[spec], usage, seal)) };
  if (spec in CURVES) return { ...generation, ...(await ecMaterial(CURVES[spec], usage, seal)) };
  if (spec === 'ECC_SECG_P256K1') return { ...generation, keys: {}, ...(await secp256k1Material()) };
  if (spec === 'ECC_NIST_EDWARDS25519') return { ...generation, keys: {}, ...(await ed25519Material()) };
  if (spec === 'ML_DSA_44' || spec === 'ML_DSA_65' || spec === 'ML_DSA_87') {
    return { ...generation, keys: {}, ...(await mlDsaMaterial(Number(spec.slice(7)) as 44 | 65 | 87, random(32))) };
  }
  throw new Error(`generateMaterial cannot make ${spec} keys; the key-spec table should have refused them`);
}

export type Generated = Pick<MaterialVersion, 'keys' | 'publicKey' | 'secret' | 'sealed'>;

/* WebCrypto binds an RSA key to one scheme and hash, so the pair is generated once and its
   private half imported (non-extractable) once per algorithm KMS offers for the usage. */
async function rsaMaterial(bits: number, usage: KeyUsageType, seal: Sealer | undefined): Promise<Generated> {
  const pair = await crypto.subtle.generateKey(
    { name: 'RSA-OAEP', modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['encrypt', 'decrypt'],
  );
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', pair.privateKey);
  const spki = await crypto.subtle.exportKey('spki', pair.publicKey);
  return { ...(await rsaMaterialFrom(pkcs8, spki, usage)), ...(await sealedField(seal, 'pkcs8', new Uint8Array(pkcs8))) };
}

/** An RSA pair's material for its usage: the private half imported non-extractable once per scheme and hash. */
export async function rsaMaterialFrom(pkcs8: BufferSource, spki: BufferSource, usage: KeyUsageType): Promise<Generated> {
  const keys: Keys = {};
  if (usage === 'ENCRYPT_DECRYPT') {
    for (const hash of ['SHA-1', 'SHA-256'] as const) {
      keys[`RSA-OAEP-${hash}`] = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSA-OAEP', hash }, false, ['decrypt']);
    }
    const publicKey = await crypto.subtle.importKey('spki', spki, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt']);
    return { keys, publicKey };
  }
  for (const hash of ['SHA-256', 'SHA-384', 'SHA-512'] as const) {
    keys[`RSA-PSS-${hash}`] = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSA-PSS', hash }, false, ['sign']);
    keys[`RSASSA-PKCS1-${hash}`] = await crypto.subtle.importKey(
      'pkcs8',
      pkcs8,
      { name: 'RSASSA-PKCS1-v1_5', hash },
      false,
      ['sign'],
    );
  }
  const publicKey = await crypto.subtle.importKey('spki', spki, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']);
  return { keys, publicKey };
}

async function ecMaterial(namedCurve: string, usage: KeyUsageType, seal: Sealer | undefined): Promise<Generated> {
  if (usage === 'KEY_AGREEMENT') {
    // Generated extractable only to seal its PKCS#8 once; the key kept for deriveBits is re-imported non-extractable.
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve }, true, ['deriveBits']);
    const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
    const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'ECDH', namedCurve }, false, ['deriveBits']);
    const sealed = await sealedField(seal, 'pkcs8', pkcs8);
    pkcs8.fill(0);
    return { keys: { ECDH: privateKey }, publicKey: pair.publicKey, ...sealed };
  }
  return ecSigningMaterial(namedCurve);
}

/* @noble/curves: WebCrypto has no secp256k1. The public key is kept uncompressed, as SPKI carries it. */
async function secp256k1Material(): Promise<Pick<MaterialVersion, 'secret' | 'publicBytes'>> {
  const secp256k1 = await secp256k1Library();
  const secret = new Uint8Array(secp256k1.utils.randomSecretKey());
  return { secret, publicBytes: new Uint8Array(secp256k1.getPublicKey(secret, false)) };
}
