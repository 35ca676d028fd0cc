import type { JsonValue } from '../../../json/JsonValue';
import { isJsonObject } from '../../../json/isJsonObject';
import { extractOutputs } from '../../ApiTester/model/outputs';
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
  const output = extractOutputs(operation, answer.response, answer.request).find((candidate) => candidate.name === reference.member && candidate.value === value);
  return output?.boundTo ? { value, binding: output.boundTo } : { value };
}
