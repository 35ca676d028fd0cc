/** A key policy after parsing and validation: every element in one normalized form. */
export interface PolicyDocument {
  readonly statements: readonly PolicyStatement[];
}

export type Effect = 'Allow' | 'Deny';

/**
 * Who a statement is about. `any` is `"*"` or `{"AWS": "*"}`; `arns` are account ids and principal ARNs
 * as written; `services` are service principals, which QKMS accepts but no QKMS request comes from.
 */
export interface PrincipalSet {
  readonly any: boolean;
  readonly arns: readonly string[];
  readonly services: readonly string[];
}

export interface PolicyStatement {
  readonly sid?: string;
  readonly effect: Effect;
  /** Exactly one of principal and notPrincipal is set. */
  readonly principal?: PrincipalSet;
  readonly notPrincipal?: PrincipalSet;
  /** Exactly one of actions and notActions is set; patterns as written (`kms:Describe*`). */
  readonly actions?: readonly string[];
  readonly notActions?: readonly string[];
  readonly conditions: readonly PolicyCondition[];
}

/** How a condition treats a multivalued request key. */
export type SetQualifier = 'ForAnyValue' | 'ForAllValues';

export interface PolicyCondition {
  /** The operator as written, e.g. `ForAnyValue:StringLike` or `StringEqualsIfExists`, for messages. */
  readonly written: string;
  /** The base operator without qualifier or IfExists: `StringLike`. */
  readonly operator: string;
  readonly qualifier?: SetQualifier;
  readonly ifExists: boolean;
  /** The condition key as written; keys match case-insensitively. */
  readonly key: string;
  readonly values: readonly string[];
}
