import { incompleteSignature } from '../../wire/errors';

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';

export interface SigV4Authorization {
  readonly accessKeyId: string;
  /** `<date>/<region>/<service>/aws4_request`, as signed. */
  readonly credentialScope: string;
  readonly scopeDate: string;
  readonly region: string;
  readonly service: string;
  readonly terminator: string;
  /** Lower-case header names, in the order the client listed them. */
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/**
 * `AWS4-HMAC-SHA256 Credential=<id>/<date>/<region>/<service>/aws4_request, SignedHeaders=a;b, Signature=<hex>`,
 * or IncompleteSignatureException naming every missing part, in AWS's words. `hasDate` says whether the
 * request carries X-Amz-Date or Date, which AWS reports in the same message.
 */
export function parseAuthorization(header: string, hasDate: boolean): SigV4Authorization {
  const space = header.indexOf(' ');
  const algorithm = space < 0 ? header : header.slice(0, space);
  const parameters = new Map<string, string>();
  if (algorithm === SIGV4_ALGORITHM) {
    for (const part of header.slice(space + 1).split(',')) {
      const equals = part.indexOf('=');
      if (equals > 0) parameters.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
    }
  }
  const credential = parameters.get('Credential');
  const signedHeaders = parameters.get('SignedHeaders');
  const signature = parameters.get('Signature');
  const missing = [
    ...(credential ? [] : ["Authorization header requires 'Credential' parameter."]),
    ...(signature ? [] : ["Authorization header requires 'Signature' parameter."]),
    ...(signedHeaders ? [] : ["Authorization header requires 'SignedHeaders' parameter."]),
    ...(hasDate ? [] : ["Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."]),
  ];
  if (!credential || !signedHeaders || !signature || missing.length > 0) {
    throw incompleteSignature(`${missing.join(' ')} Authorization=${header}`);
  }
  const scope = credential.split('/');
  if (scope.length !== 5 || scope.some((element) => element === '')) {
    throw incompleteSignature(
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`,
    );
  }
  const [accessKeyId, scopeDate, region, service, terminator] = scope;
  return {
    accessKeyId,
    credentialScope: scope.slice(1).join('/'),
    scopeDate,
    region,
    service,
    terminator,
    signedHeaders: signedHeaders.split(';').map((name) => name.trim().toLowerCase()),
    signature,
  };
}
