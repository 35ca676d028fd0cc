import type { IncomingMessage } from 'node:http';
import { accessKeyIdOf } from './accessKeyIdOf';
import { readBody } from './readBody';
import type { SigV4Verifier } from './sigv4/createSigV4Verifier';

export const CALLER_HEADER = 'x-qkms-caller';
export const FAULT_HEADER = 'x-qkms-sandbox-fault';
export const ADVANCE_CLOCK_HEADER = 'x-qkms-sandbox-advance-clock';

/** Headers that describe this one Node connection, not the request the backend sees. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

export interface ToRequestOptions {
  readonly origin: string;
  readonly maxBodyBytes: number;
  readonly principals: Readonly<Record<string, string>>;
  readonly faults: boolean;
  readonly sandboxClock: boolean;
  /** With --credentials: checks the SigV4 signature and names the caller instead of `principals`. */
  readonly verifySignature?: SigV4Verifier;
}

/**
 * Turns a node:http request into the fetch `Request` the backend takes. The caller
 * principal comes only from the configured access-key mapping (or, with --credentials, from the
 * access key of a verified signature), never from the client,
 * the sandbox fault header only passes when the server was started with faults on, and the clock
 * header only when it was started with --sandbox-clock.
 */
export async function toRequest(incoming: IncomingMessage, options: ToRequestOptions): Promise<Request> {
  const method = incoming.method ?? 'GET';
  const url = new URL(incoming.url ?? '/', options.origin);
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (HOP_BY_HOP.has(name) || name === CALLER_HEADER) continue;
    if (name === FAULT_HEADER && !options.faults) continue;
    if (name === ADVANCE_CLOCK_HEADER && !options.sandboxClock) continue;
    headers.append(name, raw[i + 1]);
  }
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = await readBody(incoming, options.maxBodyBytes);
  if (options.verifySignature !== undefined) {
    const principal = await options.verifySignature({ method, url, headers: incoming.headers, body });
    if (principal !== undefined) headers.set(CALLER_HEADER, principal);
  } else {
    const accessKeyId = accessKeyIdOf(incoming.headers.authorization);
    if (accessKeyId !== undefined && Object.hasOwn(options.principals, accessKeyId)) {
      headers.set(CALLER_HEADER, options.principals[accessKeyId]);
    }
  }
  return new Request(url, { method, headers, body: hasBody ? body : undefined });
}
