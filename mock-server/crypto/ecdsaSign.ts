import type { Bytes } from '../spec/Bytes';
import type { MaterialVersion } from '../store/records/KeyRecord';
import type { EcdsaSigner } from './CryptoEngine';
import { derToP1363, p1363ToDer } from './der';
import type { ShaName } from './signingHash';
import { nistCurvesLibrary, secp256k1Library } from './nobleLibraries';

export type EcdsaCurve = 'P-256' | 'P-384' | 'P-521' | 'secp256k1';

/** Bytes of a scalar (and of each half of r||s) on the curve. */
export const CURVE_BYTES: Readonly<Record<EcdsaCurve, number>> = { 'P-256': 32, 'P-384': 48, 'P-521': 66, secp256k1: 32 };

/* @noble/curves, loaded only when a key needs it: WebCrypto has no secp256k1 and always hashes the
   message, so signing a DIGEST as given needs the library and the raw private scalar. */
async function library(curve: EcdsaCurve) {
  if (curve === 'secp256k1') return secp256k1Library();
  const nist = await nistCurvesLibrary();
  return curve === 'P-256' ? nist.p256 : curve === 'P-384' ? nist.p384 : nist.p521;
}

const byWebCrypto = (curve: EcdsaCurve, digest: boolean) => curve !== 'secp256k1' && !digest;

/**
 * ECDSA as KMS does it, the signature DER-encoded. `digest`: the message is already the hash
 * (MessageType DIGEST) and is signed as given. The curve's hash is fixed by the key spec.
 */
export async function ecdsaSign(signer: EcdsaSigner, material: MaterialVersion, curve: EcdsaCurve, hash: ShaName, message: Bytes, digest: boolean): Promise<Bytes> {
  if (byWebCrypto(curve, digest)) {
    const key = material.keys.ECDSA;
    if (!key) throw new Error('ECDSA material has no private key');
    return p1363ToDer(await signer.sign(key, hash, message));
  }
  if (!material.secret) throw new Error('ECDSA material has no private scalar');
  const ecdsa = await library(curve);
  return new Uint8Array(ecdsa.sign(message, material.secret, { prehash: !digest, format: 'der' }));
}

export async function ecdsaVerify(
  signer: EcdsaSigner,
  material: MaterialVersion,
  curve: EcdsaCurve,
  hash: ShaName,
  message: Bytes,
  signature: Bytes,
  digest: boolean,
): Promise<boolean> {
  if (byWebCrypto(curve, digest)) {
    if (!material.publicKey) throw new Error('ECDSA material has no public key');
    const rs = derToP1363(signature, CURVE_BYTES[curve]);
    return rs !== undefined && signer.verify(material.publicKey, hash, message, rs);
  }
  const publicKey = material.publicBytes ?? (material.publicKey && new Uint8Array(await crypto.subtle.exportKey('raw', material.publicKey)));
  if (!publicKey) throw new Error('ECDSA material has no public key');
  const ecdsa = await library(curve);
  try {
    // lowS false: a valid high-S signature verifies, as it does with OpenSSL and in KMS.
    return ecdsa.verify(signature, message, publicKey, { prehash: !digest, format: 'der', lowS: false });
  } catch {
    return false;
  }
}
