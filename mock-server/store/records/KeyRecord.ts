import type { Bytes } from '../../spec/Bytes';
import type {
  AlgorithmSpec,
  EncryptionAlgorithmSpec,
  KeyAgreementAlgorithmSpec,
  KeyLastUsageTrackingOperation,
  KeySpec,
  ExpirationModelType,
  KeyState,
  KeyUsageType,
  MacAlgorithmSpec,
  OriginType,
  RotationType,
  SigningAlgorithmSpec,
  WrappingKeySpec,
} from '../../spec';

/**
 * One generation of a key's cryptographic material. WebCrypto binds a key to one algorithm
 * (and, for RSA and HMAC, one hash), so a version holds every non-extractable variant its
 * usage needs, named by purpose, plus the extractable public key of an asymmetric pair.
 */
export interface MaterialVersion {
  readonly version: number;
  /** The KeyMaterialId KMS reports: 64 lower-case hex characters, unique per generation. */
  readonly id: string;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly keys: Readonly<Partial<Record<MaterialPurpose, CryptoKey>>>;
  readonly publicKey?: CryptoKey;
  /**
   * Raw secret bytes, only for algorithms a library implements (WebCrypto cannot sign a given
   * digest, and lacks secp256k1, Ed25519ph, ML-DSA and SHA-224): they are plain bytes in the record.
   */
  readonly secret?: Bytes;
  /** The raw public key of a library-implemented pair (Ed25519, secp256k1 uncompressed, ML-DSA). */
  readonly publicBytes?: Bytes;
  /** How imported material (Origin EXTERNAL) expires; undefined for material QKMS made. */
  readonly imported?: ImportedMaterialTerms;
  /**
   * The material held by `keys` (raw AES or HMAC bytes, or the PKCS#8 private key), sealed under the sandbox's
   * non-extractable sealing key when it was made, so "Export sandbox" can write it out. Undefined for seeded
   * material (re-derived instead) and for material whose `secret` already holds it.
   */
  readonly sealed?: SealedMaterial;
}

/** Key material encrypted with AES-256-GCM under the sandbox's sealing key (crypto/materialSealer.ts). */
export interface SealedMaterial {
  readonly format: 'raw' | 'pkcs8';
  readonly iv: Bytes;
  readonly ciphertext: Bytes;
}

export interface ImportedMaterialTerms {
  readonly expirationModel: ExpirationModelType;
  /** Epoch milliseconds; only with KEY_MATERIAL_EXPIRES. */
  readonly validTo?: number;
}

export type MaterialPurpose =
  | 'AES-GCM'
  | 'RSA-OAEP-SHA-1'
  | 'RSA-OAEP-SHA-256'
  | 'RSA-PSS-SHA-256'
  | 'RSA-PSS-SHA-384'
  | 'RSA-PSS-SHA-512'
  | 'RSASSA-PKCS1-SHA-256'
  | 'RSASSA-PKCS1-SHA-384'
  | 'RSASSA-PKCS1-SHA-512'
  | 'ECDSA'
  | 'ECDH'
  | 'HMAC';

export interface Rotation {
  /** Epoch milliseconds. */
  readonly rotationDate: number;
  readonly rotationType: RotationType;
  /** The material version the rotation made current. */
  readonly materialVersion: number;
}

/** Automatic rotation of a key that has it on (EnableKeyRotation). */
export interface AutomaticRotation {
  readonly periodInDays: number;
  /** Epoch milliseconds, on the sandbox clock: when the key next rotates while it is enabled. */
  readonly nextRotationDate: number;
}

/** The key's last successful cryptographic use, as GetKeyLastUsage reports it. */
export interface LastUsage {
  readonly operation: KeyLastUsageTrackingOperation;
  /** Epoch milliseconds, on the sandbox clock. */
  readonly at: number;
  /** The x-amzn-RequestId of the request that used the key. */
  readonly requestId: string;
}

export interface Tag {
  readonly TagKey: string;
  readonly TagValue: string;
}

/** A KMS key as stored. Timestamps are epoch milliseconds; responses render seconds. */
export interface KeyRecord {
  readonly KeyId: string;
  readonly Arn: string;
  readonly AWSAccountId: string;
  readonly CreationDate: number;
  readonly Description: string;
  readonly KeyUsage: KeyUsageType;
  readonly KeySpec: KeySpec;
  readonly KeyState: KeyState;
  readonly Origin: OriginType;
  readonly KeyManager: 'CUSTOMER';
  readonly MultiRegion: false;
  readonly EncryptionAlgorithms?: readonly EncryptionAlgorithmSpec[];
  readonly SigningAlgorithms?: readonly SigningAlgorithmSpec[];
  readonly MacAlgorithms?: readonly MacAlgorithmSpec[];
  readonly KeyAgreementAlgorithms?: readonly KeyAgreementAlgorithmSpec[];
  readonly DeletionDate?: number;
  readonly materials: readonly MaterialVersion[];
  readonly rotations: readonly Rotation[];
  readonly tags: readonly Tag[];
  /** The key policy as JSON text; undefined means the default policy (the key's account may do anything). */
  readonly policy?: string;
  /** Origin EXTERNAL: the wrapping keys and import tokens GetParametersForImport handed out. */
  readonly importParameters?: readonly ImportParameters[];
  /**
   * Origin EXTERNAL, once material was imported: the key is bound to that material for good (only the same
   * material may be imported again), even while it is deleted or expired.
   */
  readonly importedMaterial?: { readonly id: string; readonly description?: string };
  /** The custom key store the key lives in (Origin AWS_CLOUDHSM or EXTERNAL_KEY_STORE). */
  readonly CustomKeyStoreId?: string;
  /** The external key an EXTERNAL_KEY_STORE key names; its material is still QKMS's own (see key-stores.mdx). */
  readonly XksKeyId?: string;
  /** Undefined while automatic rotation is off. */
  readonly automaticRotation?: AutomaticRotation;
  /** Undefined until the key is first used in a cryptographic operation. */
  readonly lastUsage?: LastUsage;
}

/** One GetParametersForImport answer: the import token names it, the private half unwraps what it wrapped. */
export interface ImportParameters {
  /** The random part of the import token. */
  readonly handle: Bytes;
  /** The algorithms QKMS wraps with: KMS's, less the retired RSAES_PKCS1_V1_5 and China-only SM2. */
  readonly wrappingAlgorithm: Exclude<AlgorithmSpec, 'RSAES_PKCS1_V1_5' | 'SM2PKE'>;
  readonly wrappingKeySpec: Exclude<WrappingKeySpec, 'SM2'>;
  /** RSA-OAEP with the algorithm's hash, non-extractable. */
  readonly privateKey: CryptoKey;
  /** Epoch milliseconds: 24 hours after the parameters were made. */
  readonly validTo: number;
}
