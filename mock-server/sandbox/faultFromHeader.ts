import { dependencyTimeout, internal, keyUnavailable, validation } from '../wire/errors';
import type { QkmsError } from '../wire/QkmsError';

export const FAULT_HEADER = 'X-Qkms-Sandbox-Fault';

const FAULTS = {
  DependencyTimeoutException: () => dependencyTimeout(),
  KeyUnavailableException: () => keyUnavailable(),
  KMSInternalException: () => internal(),
} as const satisfies Record<string, () => QkmsError>;

const isFault = (name: string): name is keyof typeof FAULTS => Object.prototype.hasOwnProperty.call(FAULTS, name);

/** The error a sandbox request asked for with X-Qkms-Sandbox-Fault, if any. */
export function faultFromHeader(request: Request): QkmsError | undefined {
  const name = request.headers.get(FAULT_HEADER)?.trim();
  if (name === undefined || name === '') return undefined;
  if (!isFault(name)) {
    return validation(`${FAULT_HEADER} must be one of ${Object.keys(FAULTS).join(', ')}; got '${name}'.`);
  }
  return FAULTS[name]();
}
