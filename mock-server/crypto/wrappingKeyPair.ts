import type { Bytes } from '../spec/Bytes';

/** A wrapping key pair for GetParametersForImport: the private half stays in QKMS, non-extractable. */
export interface WrappingKeyPair {
  readonly privateKey: CryptoKey;
  /** The public half as DER SubjectPublicKeyInfo, what GetParametersForImport returns. */
  readonly spki: Bytes;
}

/**
 * A fresh RSA-OAEP pair. WebCrypto binds the hash at generation, so the pair is made for the hash the
 * wrapping algorithm names; the private key is non-extractable (WebCrypto always lets the public half out).
 */
export async function wrappingKeyPair(modulusLength: number, hash: 'SHA-1' | 'SHA-256'): Promise<WrappingKeyPair> {
  const pair = await crypto.subtle.generateKey(
    { name: 'RSA-OAEP', modulusLength, publicExponent: new Uint8Array([1, 0, 1]), hash },
    false,
    ['decrypt'],
  );
  return { privateKey: pair.privateKey, spki: new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)) };
}

/** A published wrapping pair (the sandbox's example parameters), imported with the private half non-extractable. */
export async function wrappingKeyPairFrom(pkcs8: Bytes, spki: Bytes, hash: 'SHA-1' | 'SHA-256'): Promise<WrappingKeyPair> {
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSA-OAEP', hash }, false, ['decrypt']);
  return { privateKey, spki };
}
