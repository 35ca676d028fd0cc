import { CALLER_HEADER, FAULT_HEADER } from '../../../../mock-server';
import type { SandboxFault } from '../../../../mock-server';

export type { SandboxFault };

export const sandboxOrigin = 'https://sandbox.qkms.invalid';

/**
 * The request a KMS client would send; the body text goes as typed so malformed JSON reaches the server too.
 * `caller` (X-Qkms-Caller) is left out for the account admin, so the default request is exactly a plain client's.
 */
export function buildRequest(operation: string, bodyText: string, fault: SandboxFault | undefined, caller?: string): Request {
  const headers = new Headers({
    'Content-Type': 'application/x-amz-json-1.1',
    'X-Amz-Target': `TrentService.${operation}`,
  });
  if (fault !== undefined) headers.set(FAULT_HEADER, fault);
  if (caller !== undefined) headers.set(CALLER_HEADER, caller);
  return new Request(`${sandboxOrigin}/`, { method: 'POST', headers, body: bodyText });
}
