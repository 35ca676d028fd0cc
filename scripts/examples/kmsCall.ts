import type { ExampleRequest } from './docExamples';

/** The content type of every KMS JSON 1.1 request and response. */
export const KMS_CONTENT_TYPE = 'application/x-amz-json-1.1';

/** Where a request goes when nobody says: the sandbox answers any origin, only the path matters. */
export const SANDBOX_ORIGIN = 'http://sandbox.qkms.local';

/** A body sent exactly as written, for requests whose JSON is deliberately broken or too deep to build as a value. */
export class RawBody {
  constructor(readonly text: string) {}
}

/**
 * A KMS JSON 1.1 call as the docs write it: `POST /` with `Content-Type: application/x-amz-json-1.1`
 * and `X-Amz-Target: TrentService.<Operation>`. `headers` add to or override those two.
 */
export function kmsCall(operation: string, body: unknown, headers: Readonly<Record<string, string>> = {}): ExampleRequest {
  const kms = { 'Content-Type': KMS_CONTENT_TYPE, 'X-Amz-Target': `TrentService.${operation}` };
  // Header names are case-insensitive: an override spelt `content-type` replaces Content-Type rather than joining it.
  const overridden = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const kept = Object.entries(kms).filter(([name]) => !overridden.has(name.toLowerCase()));
  return { method: 'POST', path: '/', headers: { ...Object.fromEntries(kept), ...headers }, body };
}

/** The fetch Request a client sends for `request`: its path against `origin`, its body as JSON (a RawBody as written). */
export function toFetchRequest(request: ExampleRequest, origin: string = SANDBOX_ORIGIN): Request {
  const { body } = request;
  return new Request(new URL(request.path, origin), {
    method: request.method,
    headers: request.headers,
    body: body === undefined ? undefined : body instanceof RawBody ? body.text : JSON.stringify(body),
  });
}
