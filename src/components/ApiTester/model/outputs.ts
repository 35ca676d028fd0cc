import type { JsonObject, JsonValue } from '../../../json/JsonValue';
import type { FieldDef } from './fieldDefs';

/**
 * What a ciphertext is bound to: Decrypt and ReEncrypt must repeat its encryption context exactly,
 * and a key id they pass must name the key that made it.
 */
export interface CiphertextBinding {
  readonly keyId?: string;
  readonly context: Readonly<Record<string, string>>;
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
