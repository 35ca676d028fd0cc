import type { Bytes } from '../spec';

/** The shared secret's length per curve: the x-coordinate, field size rounded up to whole bytes. */
const SECRET_BITS: Readonly<Record<string, number>> = { 'P-256': 256, 'P-384': 384, 'P-521': 528 };

/** The WebCrypto curve name ('P-256', …) of an EC key. */
export function namedCurveOf(key: CryptoKey): string {
  const algorithm: KeyAlgorithm = key.algorithm;
  if ('namedCurve' in algorithm && typeof algorithm.namedCurve === 'string') return algorithm.namedCurve;
  throw new Error(`${algorithm.name} key has no named curve`);
}

/**
 * Raw ECDH (the x-coordinate of the shared point, as KMS returns it) between our private key and a
 * peer's SPKI public key; undefined when the bytes are not a valid public key on our key's curve.
 * WebCrypto's import checks the encoding, the curve and that the point lies on it; only the peer's
 * bytes vary here, so a failure of either step is the peer key's fault.
 */
export async function ecdhSharedSecret(privateKey: CryptoKey, peerSpki: Bytes): Promise<Bytes | undefined> {
  const namedCurve = namedCurveOf(privateKey);
  try {
    const peer = await crypto.subtle.importKey('spki', peerSpki, { name: 'ECDH', namedCurve }, false, []);
    return new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: peer }, privateKey, SECRET_BITS[namedCurve]));
  } catch {
    return undefined;
  }
}
