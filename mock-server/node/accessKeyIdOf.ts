/**
 * The access key id a SigV4 client signed with, from
 * `Authorization: AWS4-HMAC-SHA256 Credential=<AKID>/<date>/<region>/<service>/aws4_request, ...`.
 * The signature itself is not checked: the mock server trusts whoever holds a configured key id.
 */
export function accessKeyIdOf(authorization: string | undefined): string | undefined {
  if (authorization === undefined) return undefined;
  const match = /(?:^|[\s,])Credential=([^/,\s]+)\//.exec(authorization);
  return match?.[1];
}
