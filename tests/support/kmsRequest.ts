/**
 * The one way every suite builds a KMS request. The wire shape (POST /, application/x-amz-json-1.1,
 * X-Amz-Target: TrentService.<Operation>) lives in scripts/examples/kmsCall.ts, which the docs
 * example generator uses too; the tests reuse it rather than keep a copy.
 */
import { kmsCall, RawBody, toFetchRequest } from '../../scripts/examples/kmsCall';

export { KMS_CONTENT_TYPE, kmsCall } from '../../scripts/examples/kmsCall';

export interface KmsRequestOptions {
  /** Where to send it, e.g. a running server's URL; by default the sandbox origin, which the in-process backend accepts. */
  readonly origin?: string;
  /** Breaks the protocol on purpose: another method than POST (send `body` undefined for GET). */
  readonly method?: string;
  /** Breaks the protocol on purpose: another path than `/`. */
  readonly path?: string;
}

/** A body sent exactly as written: broken JSON, or JSON too deep to build as a value. */
export const rawBody = (text: string): RawBody => new RawBody(text);

/**
 * The fetch Request a KMS client sends for `operation`: `body` as JSON (or a `rawBody` as written),
 * `headers` added to or overriding the KMS ones (X-Qkms-Caller, X-Qkms-Sandbox-Fault, a wrong Content-Type…).
 */
export function kmsRequest(
  operation: string,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
  options: KmsRequestOptions = {},
): Request {
  const call = kmsCall(operation, body, headers);
  return toFetchRequest(
    { ...call, method: options.method ?? call.method, path: options.path ?? call.path },
    options.origin,
  );
}
