import type { KeySpec } from '../spec';
import type { Bytes } from '../spec/Bytes';
import type { MaterialVersion } from '../store/records/KeyRecord';
import { concatBytes, oid, spki } from './der';

const ID_EC_PUBLIC_KEY = [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]; // 1.2.840.10045.2.1
const SECP256K1 = [0x2b, 0x81, 0x04, 0x00, 0x0a]; // 1.3.132.0.10
const ED25519 = [0x2b, 0x65, 0x70]; // 1.3.101.112 (RFC 8410)
const ML_DSA_ARC = [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03]; // 2.16.840.1.101.3.4.3 (FIPS 204 / RFC 9881)

/** The AlgorithmIdentifier content (OIDs, no parameters) of a library-implemented key spec. */
const ALGORITHM: Partial<Record<KeySpec, Uint8Array>> = {
  ECC_SECG_P256K1: concatBytes(oid(ID_EC_PUBLIC_KEY), oid(SECP256K1)),
  ECC_NIST_EDWARDS25519: oid(ED25519),
  ML_DSA_44: oid([...ML_DSA_ARC, 0x11]),
  ML_DSA_65: oid([...ML_DSA_ARC, 0x12]),
  ML_DSA_87: oid([...ML_DSA_ARC, 0x13]),
};

/** The AlgorithmIdentifier content of a library-implemented key spec (what spki() and PKCS#8 wrap). */
export function algorithmIdentifier(spec: KeySpec): Uint8Array {
  const algorithm = ALGORITHM[spec];
  if (!algorithm) throw new Error(`${spec} has no library AlgorithmIdentifier`);
  return algorithm;
}

/** The DER SubjectPublicKeyInfo GetPublicKey returns. */
export async function publicKeyDer(spec: KeySpec, material: MaterialVersion): Promise<Bytes> {
  if (material.publicKey) return new Uint8Array(await crypto.subtle.exportKey('spki', material.publicKey));
  const algorithm = ALGORITHM[spec];
  if (!algorithm || !material.publicBytes) throw new Error(`${spec} material has no public key`);
  return spki(algorithm, material.publicBytes);
}
