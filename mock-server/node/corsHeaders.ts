import type { IncomingHttpHeaders } from 'node:http';

/** The request headers AWS SDKs for JavaScript send from a browser, and the sandbox's own. */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-amz-content-sha256',
  'x-amz-date',
  'x-amz-security-token',
  'x-amz-target',
  'x-amz-user-agent',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
  'x-qkms-sandbox-advance-clock',
  'x-qkms-sandbox-fault',
];

/** The response headers an SDK reads besides the body: the request id, the error type, and Date to correct its clock. */
const EXPOSED_HEADERS = 'x-amzn-RequestId, x-amzn-ErrorType, Date';

export interface CorsAnswer {
  /** Headers to send with the response (empty when the origin is not allowed). */
  readonly headers: Readonly<Record<string, string>>;
  /** A preflight from an allowed origin, answered 204 without reaching the backend. */
  readonly preflight: boolean;
}

const NONE: CorsAnswer = { headers: {}, preflight: false };

/**
 * What CORS allows for this request, given the --cors origins (`*` for any): nothing without an Origin
 * or from an origin not listed, so the browser refuses the response; otherwise the Access-Control headers
 * a KMS client needs, for its preflight (POST, the SDK's headers, any further `amz-sdk-*` one) or its call.
 */
export function corsHeaders(allowedOrigins: readonly string[], method: string, headers: IncomingHttpHeaders): CorsAnswer {
  const origin = headers.origin;
  if (allowedOrigins.length === 0 || origin === undefined) return NONE;
  const anyOrigin = allowedOrigins.includes('*');
  if (!anyOrigin && !allowedOrigins.includes(origin)) return NONE;
  const allowOrigin: Record<string, string> = anyOrigin ? { 'access-control-allow-origin': '*' } : { 'access-control-allow-origin': origin, vary: 'Origin' };
  const requestedMethod = headers['access-control-request-method'];
  if (method !== 'OPTIONS' || requestedMethod === undefined) {
    return { headers: { ...allowOrigin, 'access-control-expose-headers': EXPOSED_HEADERS }, preflight: false };
  }
  const requested = (headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name.startsWith('amz-sdk-') && !ALLOWED_HEADERS.includes(name));
  return {
    headers: {
      ...allowOrigin,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': [...ALLOWED_HEADERS, ...requested].join(', '),
      'access-control-max-age': '600',
    },
    preflight: true,
  };
}
