import { isOperationName } from '../../../../mock-server';
import type { JsonObject, JsonValue } from '../../../json/JsonValue';
import { isJsonObject } from '../../../json/isJsonObject';
import type { SandboxFault } from './buildRequest';
import { callerKind } from './callerChoice';
import type { CallerChoice } from './callerChoice';
import { redactRequest } from './redactRequest';

/** A request as history and share links keep it: never with plaintext or key material (see redactRequest). */
export interface SavedRequest {
  readonly operation: string;
  readonly body: JsonObject;
  /** Members taken out before it was kept; the reader fills them in again. */
  readonly removed: readonly string[];
  readonly caller: CallerChoice;
  readonly fault?: SandboxFault;
}

const FAULTS: readonly SandboxFault[] = ['DependencyTimeoutException', 'KeyUnavailableException', 'KMSInternalException'];

/** The request to keep: the body redacted, whatever the reader typed. */
export function saveRequest(operation: string, body: JsonObject, caller: CallerChoice, fault: SandboxFault | undefined): SavedRequest {
  const redacted = redactRequest(operation, body);
  const saved = { operation, body: redacted.body, removed: redacted.removed, caller };
  return fault === undefined ? saved : { ...saved, fault };
}

const isStringList = (value: JsonValue | undefined): value is readonly string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function callerFrom(value: JsonValue | undefined): CallerChoice | undefined {
  if (!isJsonObject(value) || typeof value.kind !== 'string' || typeof value.otherArn !== 'string') return undefined;
  const kind = callerKind(value.kind);
  return kind === undefined ? undefined : { kind, otherArn: value.otherArn };
}

/**
 * A saved request read back from somewhere the page does not control (a link, the database), or why it is
 * not one. It is redacted again, so a hand-made link cannot smuggle plaintext into a tester either.
 */
export function readSavedRequest(value: JsonValue): SavedRequest | string {
  if (!isJsonObject(value)) return 'it does not hold a request.';
  const { operation, body, removed, caller, fault } = value;
  if (typeof operation !== 'string' || !isOperationName(operation)) return 'it names no QKMS operation.';
  if (!isJsonObject(body)) return 'its request body is not a JSON object.';
  const choice = callerFrom(caller);
  if (choice === undefined) return 'its caller is not one the tester offers.';
  const knownFault = FAULTS.find((known) => known === fault);
  if (fault !== undefined && knownFault === undefined) return 'it asks for a sandbox fault that does not exist.';
  const redacted = redactRequest(operation, body);
  const removedBefore = isStringList(removed) ? removed : [];
  const saved = { operation, body: redacted.body, removed: [...new Set([...removedBefore, ...redacted.removed])], caller: choice };
  return knownFault === undefined ? saved : { ...saved, fault: knownFault };
}
