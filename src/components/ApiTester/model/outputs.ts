import type { FieldDef, FieldKind } from './fieldDefs';
import type { RequestBody } from './formState';

/** A value a response produced that a later request can use. */
export interface Output {
  readonly name: string;
  readonly value: string;
  /** Operation that produced it. */
  readonly operation: string;
}

type OutputKind = 'ciphertext' | 'keyId' | 'grantToken' | 'grantId' | 'plaintext';

const outputKinds: Readonly<Record<string, OutputKind>> = {
  CiphertextBlob: 'ciphertext',
  KeyId: 'keyId',
  SourceKeyId: 'keyId',
  Arn: 'keyId',
  GrantToken: 'grantToken',
  GrantId: 'grantId',
  Plaintext: 'plaintext',
};

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The reusable values of a response body: top-level ones and those of KeyMetadata (CreateKey, DescribeKey). */
export function extractOutputs(operation: string, body: unknown): Output[] {
  if (!isRecord(body)) return [];
  const sources = isRecord(body.KeyMetadata) ? [body, body.KeyMetadata] : [body];
  const outputs: Output[] = [];
  for (const source of sources) {
    for (const [name, value] of Object.entries(source)) {
      if (typeof value === 'string' && value !== '' && name in outputKinds) outputs.push({ name, value, operation });
    }
  }
  return outputs;
}

function accepts(kind: OutputKind, field: FieldDef): boolean {
  const textual: readonly FieldKind[] = ['string', 'blob'];
  switch (kind) {
    case 'ciphertext':
      return field.name === 'CiphertextBlob';
    case 'keyId':
      // Key fields are KeyId, SourceKeyId, DestinationKeyId, TargetKeyId; XksKeyId names a key in an external store.
      return field.name.endsWith('KeyId') && field.name !== 'XksKeyId' && textual.includes(field.kind);
    case 'grantToken':
      return field.name === 'GrantToken' || field.name === 'GrantTokens';
    case 'grantId':
      return field.name === 'GrantId';
    case 'plaintext':
      return field.name === 'Plaintext';
  }
}

/** The fields of this operation's form an output can go into ("Use as DestinationKeyId"). */
export function outputTargets(outputName: string, fields: readonly FieldDef[]): FieldDef[] {
  const kind = outputKinds[outputName];
  return kind === undefined ? [] : fields.filter((field) => accepts(kind, field));
}

/** The body with `value` put into `field`: list fields (GrantTokens) gain an item, others are replaced. */
export function withOutput(body: Readonly<Record<string, unknown>>, field: FieldDef, value: string): RequestBody {
  if (field.kind !== 'list') return { ...body, [field.name]: value };
  const current = body[field.name];
  const items = Array.isArray(current) ? current.filter((item) => item !== value) : [];
  return { ...body, [field.name]: [...items, value] };
}
