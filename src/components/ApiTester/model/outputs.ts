import type { JsonObject, JsonValue } from '../../../json/JsonValue';
import { isJsonObject } from '../../../json/isJsonObject';
import type { FieldDef, FieldKind } from './fieldDefs';

/**
 * What a ciphertext is bound to: Decrypt and ReEncrypt must repeat its encryption context exactly,
 * and a key id they pass must name the key that made it.
 */
export interface CiphertextBinding {
  readonly keyId?: string;
  readonly context: Readonly<Record<string, string>>;
}

/** A value a response produced that a later request can use. */
export interface Output {
  readonly name: string;
  readonly value: string;
  /** Operation that produced it. */
  readonly operation: string;
  /** Set on ciphertexts whose request is known. */
  readonly boundTo?: CiphertextBinding;
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

/** The string pairs of an encryption context member; anything else binds to no context. */
export function stringPairs(value: unknown): Readonly<Record<string, string>> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function bindingOf(operation: string, body: JsonObject, request: JsonObject): CiphertextBinding {
  // ReEncrypt's new ciphertext is bound to the destination context; every other producer takes EncryptionContext.
  const context = stringPairs(operation === 'ReEncrypt' ? request.DestinationEncryptionContext : request.EncryptionContext);
  return typeof body.KeyId === 'string' ? { keyId: body.KeyId, context } : { context };
}

/**
 * The reusable values of a response body: top-level ones and those of KeyMetadata (CreateKey, DescribeKey).
 * Given the request, a ciphertext also records the key and encryption context it is bound to.
 */
export function extractOutputs(operation: string, body: JsonValue | undefined, request?: JsonObject): Output[] {
  if (!isJsonObject(body)) return [];
  const sources = isJsonObject(body.KeyMetadata) ? [body, body.KeyMetadata] : [body];
  const outputs: Output[] = [];
  for (const source of sources) {
    for (const [name, value] of Object.entries(source)) {
      if (typeof value !== 'string' || value === '' || !(name in outputKinds)) continue;
      const bound = outputKinds[name] === 'ciphertext' && request !== undefined;
      outputs.push(bound ? { name, value, operation, boundTo: bindingOf(operation, body, request) } : { name, value, operation });
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
export function withOutput(body: JsonObject, field: FieldDef, value: string): JsonObject {
  if (field.kind !== 'list') return { ...body, [field.name]: value };
  const current = body[field.name];
  const items: readonly JsonValue[] = Array.isArray(current) ? current.filter((item: JsonValue) => item !== value) : [];
  return { ...body, [field.name]: [...items, value] };
}

/**
 * The body after a bound ciphertext went into it: the context member (SourceEncryptionContext on ReEncrypt,
 * EncryptionContext on Decrypt) becomes the ciphertext's context, and a key member the body already names
 * becomes the key that made it — otherwise an example's leftovers fail the request with
 * InvalidCiphertextException or IncorrectKeyException.
 */
export function withBinding(body: JsonObject, fields: readonly FieldDef[], binding: CiphertextBinding): JsonObject {
  const named = (...names: readonly string[]) => names.map((name) => fields.find((field) => field.name === name)).find(Boolean);
  const next: Record<string, JsonValue> = { ...body };
  const contextField = named('SourceEncryptionContext', 'EncryptionContext');
  if (contextField) {
    if (Object.keys(binding.context).length === 0) delete next[contextField.name];
    else next[contextField.name] = { ...binding.context };
  }
  const keyField = named('SourceKeyId', 'KeyId');
  if (keyField && binding.keyId !== undefined && typeof next[keyField.name] === 'string' && next[keyField.name] !== '') {
    next[keyField.name] = binding.keyId;
  }
  return next;
}

/** A context as the tester prints it: "Department=Finance, Purpose=Test". */
export function contextPairs(context: Readonly<Record<string, string>>): string {
  return Object.entries(context)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}

/** How a binding reads in the outputs list: "context Department=Finance" or "no encryption context". */
export function describeContext(context: Readonly<Record<string, string>>): string {
  return Object.keys(context).length === 0 ? 'no encryption context' : `context ${contextPairs(context)}`;
}
