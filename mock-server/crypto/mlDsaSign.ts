import type { Bytes } from '../spec/Bytes';
import type { MaterialVersion } from '../store/records/KeyRecord';
import { mlDsaLibrary } from './nobleLibraries';

export type MlDsaLevel = 44 | 65 | 87;

/* @noble/post-quantum ML-DSA (FIPS 204), loaded when a key needs it: neither WebCrypto nor Node 20 has it. */
async function library(level: MlDsaLevel) {
  const { ml_dsa44, ml_dsa65, ml_dsa87 } = await mlDsaLibrary();
  return level === 44 ? ml_dsa44 : level === 65 ? ml_dsa65 : ml_dsa87;
}

/**
 * An ML-DSA key pair from its 32-byte seed ξ (FIPS 204 Algorithm 6, ML-DSA.KeyGen_internal): the caller
 * supplies the seed from the request's random source, so NIST's keyGen vectors test this very path.
 */
export async function mlDsaMaterial(level: MlDsaLevel, seed: Bytes): Promise<{ secret: Bytes; publicBytes: Bytes }> {
  if (seed.length !== 32) throw new Error(`ML-DSA key generation takes a 32-byte seed, not ${seed.length} bytes`);
  const { secretKey, publicKey } = (await library(level)).keygen(seed);
  return { secret: new Uint8Array(secretKey), publicBytes: new Uint8Array(publicKey) };
}

/**
 * Pure ML-DSA with an empty context over a RAW message, as KMS signs; with `externalMu` the message
 * is the 64-byte representative mu (FIPS 204 §6.2, MessageType EXTERNAL_MU). Signing is hedged
 * (fresh randomness), so signatures of one message differ.
 */
export async function mlDsaSign(material: MaterialVersion, level: MlDsaLevel, message: Bytes, externalMu: boolean): Promise<Bytes> {
  if (!material.secret) throw new Error('ML-DSA material has no secret');
  const dsa = await library(level);
  const signature = externalMu ? dsa.internal.sign(message, material.secret, { externalMu: true }) : dsa.sign(message, material.secret);
  return new Uint8Array(signature);
}

export async function mlDsaVerify(material: MaterialVersion, level: MlDsaLevel, message: Bytes, signature: Bytes, externalMu: boolean): Promise<boolean> {
  if (!material.publicBytes) throw new Error('ML-DSA material has no public key');
  const dsa = await library(level);
  try {
    return externalMu
      ? dsa.internal.verify(signature, message, material.publicBytes, { externalMu: true })
      : dsa.verify(signature, message, material.publicBytes);
  } catch {
    return false;
  }
}
