import type { Bytes } from '../spec/Bytes';
import { concatBytes, derElement } from './der';
import { algorithmIdentifier } from './publicKeyDer';

/**
 * A secp256k1 private key as PKCS#8 (RFC 5208) wrapping an ECPrivateKey (RFC 5915), the form KMS
 * returns and OpenSSL reads:
 *   SEQUENCE { INTEGER 0, AlgorithmIdentifier, OCTET STRING { SEQUENCE { INTEGER 1,
 *     OCTET STRING privateKey, [1] { BIT STRING publicKey } } } }
 * Formatting only: the key bytes come from @noble/curves.
 */
export function secp256k1Pkcs8(secret: Uint8Array, uncompressedPublicKey: Uint8Array): Bytes {
  const publicKey = derElement(0xa1, derElement(0x03, concatBytes(new Uint8Array([0]), uncompressedPublicKey)));
  const ecPrivateKey = derElement(0x30, concatBytes(derElement(0x02, new Uint8Array([1])), derElement(0x04, secret), publicKey));
  const algorithm = derElement(0x30, algorithmIdentifier('ECC_SECG_P256K1'));
  return derElement(0x30, concatBytes(derElement(0x02, new Uint8Array([0])), algorithm, derElement(0x04, ecPrivateKey)));
}
