import type { JsonValue } from '../../../json/JsonValue';
import { isJsonObject } from '../../../json/isJsonObject';
import { entriesFromResponse } from '../../../keyring/entriesFromResponse';
import type { CiphertextBinding } from '../../ApiTester/model/outputs';
import type { FlowAnswer } from './FlowAnswer';
import type { FlowReference } from './flowReference';

export interface ResolvedValue {
  readonly value: JsonValue;
  /** For a ciphertext: the key and encryption context it must be decrypted with. */
  readonly binding?: CiphertextBinding;
}

/**
 * The value a reference names, once its step has answered: a response member (KeyMetadata's too, so a
 * CreateKey step gives KeyId and Arn) or a request member. Undefined while the step has not answered or
 * did not return the member.
 */
export function resolveReference(reference: FlowReference, answer: FlowAnswer | undefined, operation: string): ResolvedValue | undefined {
  if (answer === undefined) return undefined;
  if (reference.part === 'request') {
    const value = answer.request[reference.member];
    return value === undefined ? undefined : { value };
  }
  const metadata = answer.response.KeyMetadata;
  const value = answer.response[reference.member] ?? (isJsonObject(metadata) ? metadata[reference.member] : undefined);
  if (value === undefined) return undefined;
  // The keyring's reading of the response knows what each ciphertext is bound to.
  const { entries } = entriesFromResponse(operation, answer.request, answer.response, 0, () => '');
  const ciphertext = entries.find((entry) => entry.kind === 'ciphertext' && entry.name === reference.member && entry.value === value);
  if (ciphertext === undefined) return { value };
  const { keyId, context = {} } = ciphertext.origin;
  return { value, binding: keyId === undefined ? { context } : { keyId, context } };
}
