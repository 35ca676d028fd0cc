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

export interface MemberSpec {
  readonly name: string;
  readonly type: MemberType;
  readonly required: boolean;
  /** Length for strings and blobs (decoded bytes), item count for lists, value for integers. */
  readonly min?: number;
  readonly max?: number;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  /** Item spec of a list. */
  readonly member?: Omit<MemberSpec, 'name' | 'required'>;
  /** Key and value specs of a map. */
  readonly key?: Omit<MemberSpec, 'name' | 'required'>;
  readonly value?: Omit<MemberSpec, 'name' | 'required'>;
  /** Members of a structure. */
  readonly members?: readonly MemberSpec[];
}

export interface OperationSpec {
  /** Wire name, e.g. 'ReEncrypt'. */
  readonly name: string;
  readonly input: readonly MemberSpec[];
  readonly output: readonly MemberSpec[];
  /** Wire names of the errors the operation can return, as in kms-ops.json. */
  readonly errors: readonly string[];
}

/** One problem with one input member, e.g. {path: 'plaintext', message: "Member must have length greater than or equal to 1"}. */
export interface FieldError {
  /** Member name as on the wire (PascalCase), dotted for nested members: 'GrantTokens.1', 'Constraints.EncryptionContextSubset'. */
  readonly member: string;
  /** AWS-worded constraint text, e.g. "Member must have length less than or equal to 4096". */
  readonly constraint: string;
  readonly value: unknown;
}
