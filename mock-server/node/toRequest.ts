import type { IncomingMessage } from 'node:http';
import type { WireCall } from '../protocol/WireCall';
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

/** A node:http request as the backend may see it: headers named in lower case, the body read whole. */
interface IncomingParts {
  readonly method: string;
  readonly url: URL;
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Uint8Array<ArrayBuffer>;
}

/**
 * Reads a node:http request into what the backend takes. The caller
 * principal comes only from the configured access-key mapping (or, with --credentials, from the
 * access key of a verified signature), never from the client,
 * the sandbox fault header only passes when the server was started with faults on, and the clock
 * header only when it was started with --sandbox-clock.
 */
async function readIncoming(incoming: IncomingMessage, options: ToRequestOptions): Promise<IncomingParts> {
  const method = incoming.method ?? 'GET';
  const url = new URL(incoming.url ?? '/', options.origin);
  const headers = new Map<string, string>();
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (HOP_BY_HOP.has(name) || name === CALLER_HEADER) continue;
    if (name === FAULT_HEADER && !options.faults) continue;
    if (name === ADVANCE_CLOCK_HEADER && !options.sandboxClock) continue;
    // Repeated headers combine as Headers.append combines them.
    const earlier = headers.get(name);
    headers.set(name, earlier === undefined ? raw[i + 1] : `${earlier}, ${raw[i + 1]}`);
  }
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
  return { method, url, headers, body };
}

const carriesBody = (method: string) => method !== 'GET' && method !== 'HEAD';

/** Turns a node:http request into the fetch `Request` a backend's fetch takes (see readIncoming). */
export async function toRequest(incoming: IncomingMessage, options: ToRequestOptions): Promise<Request> {
  const { method, url, headers, body } = await readIncoming(incoming, options);
  return new Request(url, { method, headers: [...headers], body: carriesBody(method) ? body : undefined });
}

/**
 * The same request as a plain WireCall (see readIncoming), for a backend's handle: no Request, no
 * body stream to fill and drain again.
 */
export async function toWireCall(incoming: IncomingMessage, options: ToRequestOptions): Promise<WireCall> {
  const { method, url, headers, body } = await readIncoming(incoming, options);
  const bytes = carriesBody(method) ? body : new Uint8Array(0);
  return {
    method,
    url: url.href,
    headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  };
}
