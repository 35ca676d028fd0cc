import type { KeySpec, MessageType, SigningAlgorithmSpec } from '../spec';
import type { Bytes } from '../spec/Bytes';
import type { MaterialVersion } from '../store/records/KeyRecord';
import type { CryptoEngine } from './CryptoEngine';
import { type EcdsaCurve, ecdsaSign, ecdsaVerify } from './ecdsaSign';
import { ed25519Sign, ed25519Verify } from './ed25519Sign';
import { type MlDsaLevel, mlDsaSign, mlDsaVerify } from './mlDsaSign';
import { type RsaScheme, rsaSign, rsaVerify } from './rsaSign';
import { type ShaName, signingHash } from './signingHash';

const CURVE: Partial<Record<KeySpec, EcdsaCurve>> = {
  ECC_NIST_P256: 'P-256',
  ECC_NIST_P384: 'P-384',
  ECC_NIST_P521: 'P-521',
  ECC_SECG_P256K1: 'secp256k1',
};
const ML_DSA: Partial<Record<KeySpec, MlDsaLevel>> = { ML_DSA_44: 44, ML_DSA_65: 65, ML_DSA_87: 87 };

/** What one signature is over: a key spec and algorithm the key-spec table allows together, and a checked message. */
export interface Signing {
  readonly spec: KeySpec;
  readonly algorithm: SigningAlgorithmSpec;
  readonly message: Bytes;
  readonly messageType: MessageType;
}

const rsaScheme = (algorithm: SigningAlgorithmSpec): RsaScheme => (algorithm.startsWith('RSASSA_PSS') ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5');
const sha = (algorithm: SigningAlgorithmSpec) => signingHash[algorithm].name as ShaName;

/** Signs in the format KMS returns: PKCS#1 v1.5 / PSS bytes, DER ECDSA, raw Ed25519 and ML-DSA. */
export async function signWith(engine: CryptoEngine, material: MaterialVersion, { spec, algorithm, message, messageType }: Signing): Promise<Bytes> {
  const digest = messageType !== 'RAW';
  if (spec.startsWith('RSA_')) return rsaSign(material, rsaScheme(algorithm), sha(algorithm), message);
  const curve = CURVE[spec];
  if (curve) return ecdsaSign(engine.ecdsa, material, curve, sha(algorithm), message, digest);
  if (spec === 'ECC_NIST_EDWARDS25519') return ed25519Sign(material, algorithm === 'ED25519_PH_SHA_512', message);
  const level = ML_DSA[spec];
  if (level) return mlDsaSign(material, level, message, digest);
  throw new Error(`${spec} keys do not sign in QKMS`);
}

/** Whether `signature` is a valid signature of the message by the material's private key. */
export async function verifyWith(engine: CryptoEngine, material: MaterialVersion, signing: Signing, signature: Bytes): Promise<boolean> {
  const { spec, algorithm, message, messageType } = signing;
  const digest = messageType !== 'RAW';
  if (spec.startsWith('RSA_')) return rsaVerify(material, rsaScheme(algorithm), sha(algorithm), message, signature);
  const curve = CURVE[spec];
  if (curve) return ecdsaVerify(engine.ecdsa, material, curve, sha(algorithm), message, signature, digest);
  if (spec === 'ECC_NIST_EDWARDS25519') return ed25519Verify(material, algorithm === 'ED25519_PH_SHA_512', message, signature);
  const level = ML_DSA[spec];
  if (level) return mlDsaVerify(material, level, message, signature, digest);
  throw new Error(`${spec} keys do not verify in QKMS`);
}
