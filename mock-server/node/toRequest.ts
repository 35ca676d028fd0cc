import type { IncomingMessage } from 'node:http';
import { accessKeyIdOf } from './accessKeyIdOf';
import { readBody } from './readBody';

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
}

/**
 * Turns a node:http request into the fetch `Request` the backend takes. The caller
 * principal comes only from the configured access-key mapping, never from the client,
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
  const accessKeyId = accessKeyIdOf(incoming.headers.authorization);
  if (accessKeyId !== undefined && Object.hasOwn(options.principals, accessKeyId)) {
    headers.set(CALLER_HEADER, options.principals[accessKeyId]);
  }
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = await readBody(incoming, options.maxBodyBytes);
  return new Request(url, { method, headers, body: hasBody ? body : undefined });
}
