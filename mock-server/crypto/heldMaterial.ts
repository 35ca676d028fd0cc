import type { KeySpec, KeyUsageType } from '../spec';
import type { Bytes } from '../spec/Bytes';
import type { MaterialVersion, SealedMaterial } from '../store/records/KeyRecord';
import { ecSigningMaterialFromScalar } from './ecMaterial';
import { rsaMaterialFrom } from './generateMaterial';
import { importedMaterialKeys } from './importedMaterial';
import { sealedField } from './materialSealer';
import type { Sealer } from './materialSealer';

type Held = Pick<MaterialVersion, 'keys' | 'publicKey' | 'secret' | 'sealed'>;

const CURVES: Readonly<Partial<Record<KeySpec, string>>> = {
  ECC_NIST_P256: 'P-256',
  ECC_NIST_P384: 'P-384',
  ECC_NIST_P521: 'P-521',
};

/* WebCrypto cannot compute a public key from a private one directly; an extractable copy, read as JWK, can. */
async function rsaPublicSpki(pkcs8: Bytes): Promise<ArrayBuffer> {
  const algorithm = { name: 'RSA-OAEP', hash: 'SHA-256' };
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, algorithm, true, ['decrypt']);
  const { n, e } = await crypto.subtle.exportKey('jwk', privateKey);
  const publicKey = await crypto.subtle.importKey('jwk', { kty: 'RSA', n, e }, algorithm, true, ['encrypt']);
  return crypto.subtle.exportKey('spki', publicKey);
}

async function ecdhMaterial(namedCurve: string, pkcs8: Bytes): Promise<Pick<MaterialVersion, 'keys' | 'publicKey'>> {
  const algorithm = { name: 'ECDH', namedCurve };
  const { x, y, crv } = await crypto.subtle.exportKey('jwk', await crypto.subtle.importKey('pkcs8', pkcs8, algorithm, true, ['deriveBits']));
  const publicKey = await crypto.subtle.importKey('jwk', { kty: 'EC', crv, x, y }, algorithm, true, []);
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, algorithm, false, ['deriveBits']);
  return { keys: { ECDH: privateKey }, publicKey };
}

/**
 * A key's usable material again from the bytes an export wrote (the format it was sealed in), held as when
 * it was made: non-extractable keys, public keys extractable, sealed anew under `seal`.
 */
export async function heldMaterial(spec: KeySpec, usage: KeyUsageType, format: SealedMaterial['format'], material: Bytes, seal: Sealer): Promise<Held> {
  if (format === 'raw') return importedMaterialKeys(spec, material, seal);
  const curve = CURVES[spec];
  if (spec.startsWith('RSA_')) {
    return { ...(await rsaMaterialFrom(material, await rsaPublicSpki(material), usage)), ...(await sealedField(seal, 'pkcs8', material)) };
  }
  if (curve !== undefined && usage === 'KEY_AGREEMENT') return { ...(await ecdhMaterial(curve, material)), ...(await sealedField(seal, 'pkcs8', material)) };
  throw new Error(`${spec} ${usage} material is not kept as PKCS#8`);
}

/** NIST-curve signing material from its scalar, which the record keeps as `secret` (for signing digests with @noble). */
export function ecSigningFromSecret(spec: KeySpec, secret: Bytes): Promise<Held> | undefined {
  const curve = CURVES[spec];
  return curve === undefined ? undefined : ecSigningMaterialFromScalar(curve, secret);
}
