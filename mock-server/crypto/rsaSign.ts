import type { Bytes } from '../spec/Bytes';
import type { MaterialPurpose, MaterialVersion } from '../store/records/KeyRecord';
import type { ShaName } from './signingHash';

export type RsaScheme = 'RSA-PSS' | 'RSASSA-PKCS1-v1_5';

const purpose = (scheme: RsaScheme, hash: ShaName): MaterialPurpose =>
  scheme === 'RSA-PSS' ? `RSA-PSS-${hash}` : `RSASSA-PKCS1-${hash}`;

// KMS's PSS salt is as long as the hash (RFC 8017's recommendation), so PSS signatures verify anywhere.
const params = (scheme: RsaScheme, hash: ShaName) =>
  scheme === 'RSA-PSS' ? { name: scheme, saltLength: Number(hash.slice(4)) / 8 } : { name: scheme };

/* The stored public key is bound to RSA-PSS/SHA-256; verifying with another scheme or hash needs it
   re-imported, done once per stored key handle, scheme and hash. */
const verifyKeys = new WeakMap<CryptoKey, Map<string, Promise<CryptoKey>>>();

function verifyKey(publicKey: CryptoKey, scheme: RsaScheme, hash: ShaName): Promise<CryptoKey> {
  let byAlgorithm = verifyKeys.get(publicKey);
  if (!byAlgorithm) {
    byAlgorithm = new Map();
    verifyKeys.set(publicKey, byAlgorithm);
  }
  const name = `${scheme}/${hash}`;
  let key = byAlgorithm.get(name);
  if (!key) {
    key = crypto.subtle
      .exportKey('spki', publicKey)
      .then((spki) => crypto.subtle.importKey('spki', spki, { name: scheme, hash }, false, ['verify']));
    byAlgorithm.set(name, key);
    key.catch(() => byAlgorithm.delete(name));
  }
  return key;
}

/** RSASSA-PSS or PKCS#1 v1.5 over a RAW message with the key's non-extractable private key. */
export async function rsaSign(material: MaterialVersion, scheme: RsaScheme, hash: ShaName, message: Bytes): Promise<Bytes> {
  const key = material.keys[purpose(scheme, hash)];
  if (!key) throw new Error(`RSA material has no ${scheme} ${hash} signing key`);
  return new Uint8Array(await crypto.subtle.sign(params(scheme, hash), key, message));
}

export async function rsaVerify(
  material: MaterialVersion,
  scheme: RsaScheme,
  hash: ShaName,
  message: Bytes,
  signature: Bytes,
): Promise<boolean> {
  if (!material.publicKey) throw new Error('RSA material has no public key');
  const key = await verifyKey(material.publicKey, scheme, hash);
  return crypto.subtle.verify(params(scheme, hash), key, signature, message);
}
