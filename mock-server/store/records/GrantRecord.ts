import type { GrantOperation } from '../../spec';

export interface GrantConstraints {
  readonly EncryptionContextSubset?: Readonly<Record<string, string>>;
  readonly EncryptionContextEquals?: Readonly<Record<string, string>>;
}

/** A grant as stored; CreationDate is epoch milliseconds. */
export interface GrantRecord {
  readonly GrantId: string;
  /**
   * Every token issued for the grant: KMS answers each retry of a named CreateGrant with the same
   * grant id and a new token, and every one of them works until the grant is retired or revoked.
   */
  readonly GrantTokens: readonly string[];
  /** ARN of the key the grant is on. */
  readonly KeyId: string;
  readonly GranteePrincipal: string;
  readonly RetiringPrincipal?: string;
  readonly IssuingAccount: string;
  readonly Operations: readonly GrantOperation[];
  readonly Constraints?: GrantConstraints;
  readonly Name?: string;
  readonly CreationDate: number;
}
