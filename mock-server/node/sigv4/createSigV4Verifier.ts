import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { missingAuthenticationToken, signatureDoesNotMatch, unrecognizedClient, incompleteSignature } from '../../wire/errors';
import type { SigV4Credential } from '../loadCredentials';
import { parseAuthorization, type SigV4Authorization } from './parseAuthorization';
import { SignatureChecker } from './SignatureChecker';

export interface SignedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: Uint8Array;
}

/** Who a correctly signed request is made by: the principal of its access key, undefined for the root. */
export type SigV4Verifier = (request: SignedRequest) => Promise<string | undefined>;

/** How far a request's signing time may be from the server's clock, as AWS allows. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

const SERVICE = 'kms';
const TERMINATOR = 'aws4_request';

/**
 * Checks AWS Signature Version 4 as AWS does, in its order and words: a missing or incomplete
 * Authorization header, an unknown access key, a signing time more than 5 minutes off, a credential
 * scope for another day or service, then the signature itself (whose mismatch names the canonical
 * request and string to sign the server expected, so a client can find its signing bug).
 */
export function createSigV4Verifier(
  credentials: Readonly<Record<string, SigV4Credential>>,
  now: () => Date = () => new Date(),
): SigV4Verifier {
  const checkers = new Map<string, SignatureChecker>();
  const checkerOf = (accessKeyId: string, credential: SigV4Credential): SignatureChecker => {
    let checker = checkers.get(accessKeyId);
    if (checker === undefined) {
      checker = new SignatureChecker(accessKeyId, credential.secretAccessKey);
      checkers.set(accessKeyId, checker);
    }
    return checker;
  };

  return async (request) => {
    const header = single(request.headers.authorization);
    if (header === undefined || header.trim() === '') throw missingAuthenticationToken();
    const amzDateHeader = single(request.headers['x-amz-date']);
    const dateHeader = single(request.headers.date);
    const auth = parseAuthorization(header.trim(), amzDateHeader !== undefined || dateHeader !== undefined);
    if (!Object.hasOwn(credentials, auth.accessKeyId)) throw unrecognizedClient();
    const credential = credentials[auth.accessKeyId];
    const { amzDate, signingDate } = signingTime(amzDateHeader, dateHeader);
    checkClockSkew(amzDate, signingDate, now());
    checkScope(auth, amzDate);
    if (!auth.signedHeaders.includes('host')) {
      throw incompleteSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
    const expected = await checkerOf(auth.accessKeyId, credential).expected(
      {
        method: request.method,
        protocol: request.url.protocol,
        hostname: request.url.hostname,
        path: request.url.pathname,
        query: queryOf(request.url),
        headers: {},
      },
      canonicalHeaders(request.headers, auth.signedHeaders),
      createHash('sha256').update(request.body).digest('hex'),
      { amzDate, signingDate, credentialScope: auth.credentialScope, region: auth.region, service: auth.service },
    );
    if (!sameSignature(expected.signature, auth.signature)) {
      throw signatureDoesNotMatch(
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key ' +
          'and signing method. Consult the service documentation for details.\n\n' +
          `The Canonical String for this request should have been\n'${expected.canonicalRequest}'\n\n` +
          `The String-to-Sign should have been\n'${expected.stringToSign}'\n`,
      );
    }
    return credential.principal;
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

/** X-Amz-Date (`20250101T120000Z`), else the HTTP Date header, as AWS accepts either. */
function signingTime(amzDateHeader: string | undefined, dateHeader: string | undefined): { amzDate: string; signingDate: Date } {
  if (amzDateHeader !== undefined) {
    const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDateHeader.trim());
    const signingDate = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5], +match[6])) : undefined;
    if (signingDate === undefined || Number.isNaN(signingDate.getTime())) {
      throw incompleteSignature(`Date must be in ISO-8601 'basic format'. Got '${amzDateHeader}'. See http://en.wikipedia.org/wiki/ISO_8601`);
    }
    return { amzDate: amzDateHeader.trim(), signingDate };
  }
  const signingDate = new Date(dateHeader ?? '');
  if (Number.isNaN(signingDate.getTime())) {
    throw incompleteSignature(`Date must be an HTTP date or X-Amz-Date given in ISO-8601 'basic format'. Got '${dateHeader}'.`);
  }
  return { amzDate: basicFormat(signingDate), signingDate };
}

const basicFormat = (date: Date): string => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function checkClockSkew(amzDate: string, signingDate: Date, now: Date): void {
  const skew = signingDate.getTime() - now.getTime();
  if (skew < -MAX_CLOCK_SKEW_MS) {
    const earliest = basicFormat(new Date(now.getTime() - MAX_CLOCK_SKEW_MS));
    throw signatureDoesNotMatch(`Signature expired: ${amzDate} is now earlier than ${earliest} (${basicFormat(now)} - 5 min.)`);
  }
  if (skew > MAX_CLOCK_SKEW_MS) {
    const latest = basicFormat(new Date(now.getTime() + MAX_CLOCK_SKEW_MS));
    throw signatureDoesNotMatch(`Signature not yet current: ${amzDate} is still later than ${latest} (${basicFormat(now)} + 5 min.)`);
  }
}

function checkScope(auth: SigV4Authorization, amzDate: string): void {
  if (auth.scopeDate !== amzDate.slice(0, 8)) {
    throw signatureDoesNotMatch(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    );
  }
  if (auth.service !== SERVICE) throw signatureDoesNotMatch(`Credential should be scoped to correct service: '${SERVICE}'. `);
  if (auth.terminator !== TERMINATOR) {
    throw signatureDoesNotMatch(`Credential should be scoped with a valid terminator: '${TERMINATOR}', not '${auth.terminator}'.`);
  }
}

/** The signed headers' values as SigV4 canonicalises them: trimmed, inner whitespace collapsed; absent ones empty. */
function canonicalHeaders(headers: IncomingHttpHeaders, signed: readonly string[]): Record<string, string> {
  const canonical: Record<string, string> = {};
  for (const name of signed) canonical[name] = (single(headers[name]) ?? '').trim().replace(/\s+/g, ' ');
  return canonical;
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    query[name] = values.length === 1 ? values[0] : values;
  }
  return query;
}

function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
