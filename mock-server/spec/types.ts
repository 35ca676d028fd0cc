/** Wire types of the KMS JSON 1.1 model (kms-ops.json's `type`). */
export type MemberType =
  | 'string'
  | 'blob'
  | 'integer'
  | 'long'
  | 'boolean'
  | 'timestamp'
  | 'map'
  | 'list'
  | 'structure';

/** The shape of a value, without the name and required flag it has as a member of a structure. */
export interface ShapeSpec {
  readonly type: MemberType;
  /** Length for strings and blobs (decoded bytes), item or entry count for lists and maps, value for integers. */
  readonly min?: number;
  readonly max?: number;
  readonly enum?: readonly string[];
  /** Java-style pattern from the model; it must match the whole value. */
  readonly pattern?: string;
  /** The model marks the value as secret (Plaintext): never echo it in messages or logs. */
  readonly sensitive?: boolean;
  /** Item spec of a list. */
  readonly member?: ShapeSpec;
  /** Key and value specs of a map. */
  readonly key?: ShapeSpec;
  readonly value?: ShapeSpec;
  /** Model name of a structure, e.g. 'GrantConstraints'. */
  readonly structure?: string;
  /** Members of a structure. */
  readonly members?: readonly MemberSpec[];
}

export interface MemberSpec extends ShapeSpec {
  readonly name: string;
  readonly required: boolean;
  /** Still accepted on the wire, but superseded (CreateKey's CustomerMasterKeySpec). */
  readonly deprecated?: boolean;
}

export interface OperationSpec<Name extends string = string> {
  /** Wire name, e.g. 'ReEncrypt'. */
  readonly name: Name;
  readonly input: readonly MemberSpec[];
  readonly output: readonly MemberSpec[];
  /** Wire names of the errors the operation can return, as in kms-ops.json. */
  readonly errors: readonly string[];
}

/**
 * 'type': the value cannot be read as the member's type (a number where a string belongs, invalid
 * base64) — AWS answers SerializationException. 'constraint': well-typed but outside the model's
 * limits — AWS answers ValidationException.
 */
export type FieldErrorKind = 'type' | 'constraint';

/** One problem with one input member, e.g. {member: 'Plaintext', constraint: 'Member must have length greater than or equal to 1', …}. */
export interface FieldError {
  /**
   * Wire path (PascalCase), dotted for nested members, 1-based index for list items:
   * 'KeyId', 'Constraints.EncryptionContextSubset', 'Tags.2.TagKey', 'GrantTokens.1'.
   * Problems inside a map or a list of scalars are reported at the map or list, as AWS does.
   * '' is the request body itself.
   */
  readonly member: string;
  /** AWS-worded constraint text, e.g. "Member must have length less than or equal to 4096". */
  readonly constraint: string;
  readonly kind: FieldErrorKind;
  /** The offending value (null when missing); undefined when redacted. */
  readonly value: unknown;
  /** Blob and sensitive values are never echoed: messages say "Value at 'plaintext'". */
  readonly redacted: boolean;
}
