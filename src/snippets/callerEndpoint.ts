import type { SnippetEndpoint } from './SnippetInput';

/**
 * The endpoint a snippet uses to send as `principal`: over HTTP the mock server picks the caller from
 * the access key id a request is signed with (its `--principals` file maps ids to principals), so the
 * snippet signs with an id made for that principal — AKID, the account, the first letters of the name.
 */
export function callerEndpoint(endpoint: SnippetEndpoint, principal: string | undefined): SnippetEndpoint {
  if (principal === undefined) return endpoint;
  const match = /^arn:[^:]+:(\d{12}):(?:root|\w+\/(.+))$/.exec(principal);
  const account = match?.[1] ?? '000000000000';
  const name = (match?.[2] ?? 'root').replace(/[^A-Za-z0-9]/g, '').toUpperCase().padEnd(4, 'X').slice(0, 4);
  return { ...endpoint, accessKeyId: `AKID${account}${name}`, caller: principal };
}

/** The line that tells a reader how to make the mock server take the snippet's key id as the caller. */
export const callerNote = (endpoint: SnippetEndpoint): string | undefined =>
  endpoint.caller === undefined
    ? undefined
    : `Sent as ${endpoint.caller}: start the mock server with --principals naming it for ${endpoint.accessKeyId}, e.g. {"${endpoint.accessKeyId}": "${endpoint.caller}"}.`;

/**
 * The Authorization header of an unsigned request that names its access key id the way SigV4 does:
 * all the mock server reads (a real KMS endpoint needs the request signed, which curl's --aws-sigv4 does).
 */
export const credentialOnly = (endpoint: SnippetEndpoint): string =>
  `AWS4-HMAC-SHA256 Credential=${endpoint.accessKeyId}/20260101/${endpoint.region}/kms/aws4_request, SignedHeaders=host, Signature=unsigned`;
