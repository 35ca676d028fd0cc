import type { Bytes } from '../spec/Bytes';
import type { MaterialVersion } from '../store/records/KeyRecord';
import type { HmacSigner } from './CryptoEngine';
import { hmacSha224Library } from './nobleLibraries';

/*
 * HMAC_256/384/512 keys are non-extractable WebCrypto HMAC keys. WebCrypto has no SHA-224, so
 * HMAC_224 keys keep their 28 raw bytes in the record and @noble/hashes computes the MAC.
 */
async function hmacSha224(secret: Bytes, message: Bytes): Promise<Bytes> {
  const { hmac, sha224 } = await hmacSha224Library();
  return new Uint8Array(hmac(sha224, secret, message));
}

export async function generateMac(signer: HmacSigner, material: MaterialVersion, message: Bytes): Promise<Bytes> {
  const key = material.keys.HMAC;
  if (key) return signer.sign(key, message);
  if (!material.secret) throw new Error('HMAC material has no key');
  return hmacSha224(material.secret, message);
}

export async function verifyMac(signer: HmacSigner, material: MaterialVersion, message: Bytes, mac: Bytes): Promise<boolean> {
  const key = material.keys.HMAC;
  if (key) return signer.verify(key, mac, message);
  const expected = await generateMac(signer, material, message);
  if (expected.length !== mac.length) return false;
  // Every byte compared whatever the earlier ones were, so timing says nothing about where they differ.
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= expected[i] ^ mac[i];
  return difference === 0;
}
