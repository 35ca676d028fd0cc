import type { EncryptionAlgorithmSpec, EncryptionContext, KeyUsageType, MacAlgorithmSpec, SigningAlgorithmSpec } from '../../spec';

/** What an operation is about to do with a key. */
export interface KeyUse {
  /** The KMS action to authorize, without its `kms:` prefix: 'Encrypt', 'ReEncryptFrom', … */
  readonly action: string;
  /** The key usage the operation needs. */
  readonly usage?: KeyUsageType;
  /** The operation takes symmetric encryption keys only (data keys, ReEncrypt, rotation). */
  readonly symmetricOnly?: boolean;
  /** The encryption algorithm the request names; the key must support it. */
  readonly encryptionAlgorithm?: EncryptionAlgorithmSpec;
  /** The signing algorithm the request names; the key must support it. */
  readonly signingAlgorithm?: SigningAlgorithmSpec;
  /** The MAC algorithm the request names; the key must support it. */
  readonly macAlgorithm?: MacAlgorithmSpec;
  /** The request's encryption context, which grant constraints are checked against. */
  readonly context?: EncryptionContext;
  /** Whether the caller may act whatever the key policy and grants say (a grant's retiring principal). */
  readonly alsoAllowed?: (caller: string) => boolean;
  /** Condition keys only this operation puts in the request (kms:GrantOperations, …), for the key policy. */
  readonly conditions?: Readonly<Record<string, string | readonly string[] | undefined>>;
}
