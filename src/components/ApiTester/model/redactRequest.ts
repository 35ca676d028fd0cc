import type { MemberSpec } from '../../../../mock-server';
import type { JsonObject, JsonValue } from '../../../json/JsonValue';
import { isJsonObject } from '../../../json/isJsonObject';
import { operationSpec } from './operationSpec';

/** Key material travels wrapped, but it is still the key: it never leaves the sandbox in a history entry or a link. */
const KEY_MATERIAL_MEMBERS: ReadonlySet<string> = new Set(['EncryptedKeyMaterial']);

export interface RedactedBody {
  readonly body: JsonObject;
  /** Dotted paths of the members taken out, e.g. ["Plaintext"] or ["XksProxyAuthenticationCredential.RawSecretAccessKey"]. */
  readonly removed: readonly string[];
}

const isWithheld = (member: MemberSpec): boolean => member.sensitive === true || KEY_MATERIAL_MEMBERS.has(member.name);

function redactObject(body: JsonObject, members: readonly MemberSpec[], prefix: string, removed: string[]): JsonObject {
  const kept: Record<string, JsonValue> = {};
  for (const [name, value] of Object.entries(body)) {
    const member = members.find((candidate) => candidate.name === name);
    if (member !== undefined && isWithheld(member)) {
      removed.push(`${prefix}${name}`);
    } else if (member?.members !== undefined && isJsonObject(value)) {
      kept[name] = redactObject(value, member.members, `${prefix}${name}.`, removed);
    } else {
      kept[name] = value;
    }
  }
  return kept;
}

/**
 * The request body without what must never be stored or shared: every member the KMS model marks sensitive
 * (Plaintext, Message, custom key store passwords and credentials) and wrapped key material.
 */
export function redactRequest(operation: string, body: JsonObject): RedactedBody {
  const removed: string[] = [];
  const members = operationSpec(operation)?.input ?? [];
  return { body: redactObject(body, members, '', removed), removed };
}

/** What the reader is told when a request comes back without its withheld members. */
export function removedNotice(removed: readonly string[]): string {
  if (removed.length === 0) return '';
  const names = removed.join(', ');
  return ` ${names} ${removed.length === 1 ? 'was' : 'were'} not kept (never stored or shared): fill ${removed.length === 1 ? 'it' : 'them'} in before sending.`;
}
