import type { GrantOperation } from './wireTypes';

export interface GrantConstraints {
  readonly EncryptionContextSubset?: Readonly<Record<string, string>>;
  readonly EncryptionContextEquals?: Readonly<Record<string, string>>;
}

/** A grant as stored; CreationDate is epoch milliseconds. */
export interface GrantRecord {
  readonly GrantId: string;
  readonly GrantToken: string;
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
