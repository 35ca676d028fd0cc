import type { Bytes } from '../spec';
import type { GeneratedKeyPairSpec } from './generatedKeyPairSpecs';
import { spki } from './der';
import { algorithmIdentifier } from './publicKeyDer';
import { secp256k1Pkcs8 } from './secp256k1Pkcs8';
import { secp256k1Library } from './nobleLibraries';

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
async function exportPair(params: RsaHashedKeyGenParams | EcKeyGenParams | Algorithm, usages: KeyUsage[]): Promise<DerKeyPair> {
  const pair = await crypto.subtle.generateKey(params, true, usages);
  if (!('privateKey' in pair)) throw new Error(`${params.name} made a secret key, not a key pair`);
  const privateKey = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { privateKey, publicKey };
}

const rsa = (modulusLength: number) => () =>
  exportPair({ name: 'RSA-OAEP', modulusLength, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, ['encrypt', 'decrypt']);
const nist = (namedCurve: string) => () => exportPair({ name: 'ECDSA', namedCurve }, ['sign', 'verify']);
const ed25519 = () => exportPair({ name: 'Ed25519' }, ['sign', 'verify']);

/* WebCrypto has no secp256k1: @noble/curves makes the key, loaded only when a request asks for one. */
async function secp256k1(): Promise<DerKeyPair> {
  const curve = await secp256k1Library();
  const secret = curve.utils.randomSecretKey();
  const publicKey = curve.getPublicKey(secret, false);
  return { privateKey: secp256k1Pkcs8(secret, publicKey), publicKey: spki(algorithmIdentifier('ECC_SECG_P256K1'), publicKey) };
}

/**
 * The one list of data key pair specs QKMS generates, each with its generator. GenerateDataKeyPair
 * refuses a spec missing here and names the ones present, so supporting another spec is one entry.
 */
export const dataKeyPairGenerators: Readonly<Record<GeneratedKeyPairSpec, () => Promise<DerKeyPair>>> = {
  RSA_2048: rsa(2048),
  RSA_3072: rsa(3072),
  RSA_4096: rsa(4096),
  ECC_NIST_P256: nist('P-256'),
  ECC_NIST_P384: nist('P-384'),
  ECC_NIST_P521: nist('P-521'),
  ECC_SECG_P256K1: secp256k1,
  ECC_NIST_EDWARDS25519: ed25519,
};
