import type { Bytes } from '../spec/Bytes';
import type { MaterialVersion } from '../store/records/KeyRecord';
import { derElement, concatBytes, oid } from './der';
import { decodeBase64 } from '../spec/base64';

const CURVE_OID: Readonly<Record<string, number[]>> = {
  'P-256': [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07],
  'P-384': [0x2b, 0x81, 0x04, 0x00, 0x22],
  'P-521': [0x2b, 0x81, 0x04, 0x00, 0x23],
};

type EcSigning = Pick<MaterialVersion, 'keys' | 'publicKey' | 'secret'>;

const fromBase64Url = (text: string): Bytes => {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = decodeBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  if (!bytes) throw new Error('WebCrypto exported a JWK that is not base64url');
  return bytes;
};

/*
 * A NIST-curve signing key: the private key non-extractable for WebCrypto (MessageType RAW), and
 * its scalar d kept as bytes for @noble/curves, because WebCrypto cannot sign a DIGEST as given.
 */
async function fromExtractable(privateKey: CryptoKey, namedCurve: string): Promise<EcSigning> {
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  if (!jwk.d || !jwk.x || !jwk.y) throw new Error('WebCrypto exported an EC JWK without d, x or y');
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', privateKey);
  const ECDSA = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve }, false, ['sign']);
  const publicKey = await crypto.subtle.importKey('jwk', { kty: 'EC', crv: namedCurve, x: jwk.x, y: jwk.y }, { name: 'ECDSA', namedCurve }, true, [
    'verify',
  ]);
  return { keys: { ECDSA }, publicKey, secret: fromBase64Url(jwk.d) };
}

export async function ecSigningMaterial(namedCurve: string): Promise<EcSigning> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve }, true, ['sign', 'verify']);
  return fromExtractable(pair.privateKey, namedCurve);
}

/** Signing material from a known scalar (the seeded example key): PKCS#8 without the optional public key, which WebCrypto computes. */
export async function ecSigningMaterialFromScalar(namedCurve: string, d: Bytes): Promise<EcSigning> {
  const algorithm = derElement(0x30, concatBytes(oid([0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]), oid(CURVE_OID[namedCurve])));
  const ecPrivateKey = derElement(0x30, concatBytes(new Uint8Array([0x02, 0x01, 0x01]), derElement(0x04, d)));
  const pkcs8 = derElement(0x30, concatBytes(new Uint8Array([0x02, 0x01, 0x00]), algorithm, derElement(0x04, ecPrivateKey)));
  const extractable = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve }, true, ['sign']);
  return fromExtractable(extractable, namedCurve);
}
