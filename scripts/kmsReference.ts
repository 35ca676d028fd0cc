/**
 * The KMS API model in reference/kms-ops.json, typed: read by the spec generator and by
 * the tests that hold the backend spec and the docs to it. Never imported by the site or backend.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ReferenceShape {
  readonly type: string;
  /** The model's name for the shape, e.g. 'EncryptionAlgorithmSpec'. */
  readonly shape?: string;
  readonly min?: number;
  readonly max?: number;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly sensitive?: boolean;
  readonly member?: ReferenceShape;
  readonly key?: ReferenceShape;
  readonly value?: ReferenceShape;
  readonly structure?: string;
}

export interface ReferenceMember extends ReferenceShape {
  readonly name: string;
  readonly required: boolean;
  readonly deprecated?: boolean;
  readonly onlyInNewerBotocoreModel?: boolean;
}

export interface ReferenceOperation {
  readonly name: string;
  readonly input: readonly ReferenceMember[];
  readonly output: readonly ReferenceMember[];
  readonly errors: readonly string[];
}

export interface KmsReference {
  readonly operations: readonly ReferenceOperation[];
  /** Every exception the model declares, by wire name. */
  readonly errorShapes: Readonly<Record<string, { readonly fault: 'client' | 'server' }>>;
  readonly structures: Readonly<Record<string, readonly ReferenceMember[]>>;
}

/** The copy of the model the repository carries (reference/README.md says where it comes from). */
export const kmsReferencePath = path.resolve(__dirname, '../reference/kms-ops.json');

export function readKmsReference(): KmsReference {
  return JSON.parse(readFileSync(kmsReferencePath, 'utf8')) as KmsReference;
}
