/** Faults the sandbox can simulate (the 5xx errors every operation may return). */
export const sandboxFaults = ['DependencyTimeoutException', 'KeyUnavailableException', 'KMSInternalException'] as const;
export type SandboxFault = (typeof sandboxFaults)[number];

export const sandboxOrigin = 'https://sandbox.qkms.invalid';

/** The request a KMS client would send; the body text goes as typed so malformed JSON reaches the server too. */
export function buildRequest(operation: string, bodyText: string, fault: SandboxFault | undefined): Request {
  const headers = new Headers({
    'Content-Type': 'application/x-amz-json-1.1',
    'X-Amz-Target': `TrentService.${operation}`,
  });
  if (fault !== undefined) headers.set('X-Qkms-Sandbox-Fault', fault);
  return new Request(`${sandboxOrigin}/`, { method: 'POST', headers, body: bodyText });
}
