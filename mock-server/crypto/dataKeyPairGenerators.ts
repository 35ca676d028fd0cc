import type { Bytes, DataKeyPairSpec } from '../spec';

/** A data key pair as KMS returns it: PKCS#8 DER private key, SPKI DER public key. */
export interface DerKeyPair {
  readonly privateKey: Bytes;
  readonly publicKey: Bytes;
}

/*
 * The pair is generated extractable only so that it can be exported once; the CryptoKeys are
 * dropped when this returns and QKMS keeps nothing of the pair. The WebCrypto algorithm a key is
 * generated for (RSA-OAEP, ECDSA) does not show in the export: PKCS#8 and SPKI name only
 * rsaEncryption or id-ecPublicKey with the curve, so the caller may use the pair for any scheme.
 */
async function exportPair(params: RsaHashedKeyGenParams | EcKeyGenParams, usages: KeyUsage[]): Promise<DerKeyPair> {
  const pair = await crypto.subtle.generateKey(params, true, usages);
  const privateKey = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { privateKey, publicKey };
}

const rsa = (modulusLength: number) => () =>
  exportPair({ name: 'RSA-OAEP', modulusLength, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, ['encrypt', 'decrypt']);
const nist = (namedCurve: string) => () => exportPair({ name: 'ECDSA', namedCurve }, ['sign', 'verify']);

/**
 * The one list of data key pair specs QKMS generates, each with its generator. GenerateDataKeyPair
 * refuses a spec missing here and names the ones present, so supporting another spec is one entry.
 */
export const dataKeyPairGenerators: Readonly<Partial<Record<DataKeyPairSpec, () => Promise<DerKeyPair>>>> = {
  RSA_2048: rsa(2048),
  RSA_3072: rsa(3072),
  RSA_4096: rsa(4096),
  ECC_NIST_P256: nist('P-256'),
  ECC_NIST_P384: nist('P-384'),
  ECC_NIST_P521: nist('P-521'),
};
