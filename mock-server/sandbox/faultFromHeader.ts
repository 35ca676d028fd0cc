import type { WireCall } from '../protocol/WireCall';
import { operationSpecs } from '../spec';
import type { OperationName } from '../spec';
import { dependencyTimeout, internal, keyUnavailable, validation } from '../wire/errors';
import type { QkmsError } from '../wire/QkmsError';

export const FAULT_HEADER = 'X-Qkms-Sandbox-Fault';

const FAULTS = {
  DependencyTimeoutException: () => dependencyTimeout(),
  KeyUnavailableException: () => keyUnavailable(),
  KMSInternalException: () => internal(),
} as const satisfies Record<string, () => QkmsError>;

export type SandboxFault = keyof typeof FAULTS;

const isFault = (name: string): name is SandboxFault => Object.prototype.hasOwnProperty.call(FAULTS, name);

/**
 * The faults an operation can be asked to answer: those of the three that AWS KMS's model lists for it,
 * so a client never sees from the sandbox an error the real service cannot return there.
 */
export function faultsOf(operation: OperationName): SandboxFault[] {
  const listed = operationSpecs[operation].errors;
  return Object.keys(FAULTS).filter(isFault).filter((fault) => listed.includes(fault));
}

/** The error a sandbox request asked for with X-Qkms-Sandbox-Fault, if any. */
export function faultFromHeader(request: WireCall, operation: OperationName): QkmsError | undefined {
  const name = request.headers.get(FAULT_HEADER)?.trim();
  if (name === undefined || name === '') return undefined;
  const allowed = faultsOf(operation);
  if (!isFault(name)) {
    return validation(`${FAULT_HEADER} must be one of ${Object.keys(FAULTS).join(', ')}; got '${name}'.`);
  }
  if (!allowed.includes(name)) {
    const instead = allowed.length > 0 ? `it can answer ${allowed.join(', ')}` : 'it answers no simulated fault';
    return validation(`${operation} never returns ${name} in AWS KMS, so ${FAULT_HEADER} cannot ask for it; ${instead}.`);
  }
  return FAULTS[name]();
}
