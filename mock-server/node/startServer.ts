import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Qkms } from '../index';
import { newRequestId } from '../protocol/newRequestId';
import { QkmsError } from '../wire/QkmsError';
import { BodyTooLargeError } from './BodyTooLargeError';
import { corsHeaders } from './corsHeaders';
import type { SigV4Credential } from './loadCredentials';
import { requestLogLine } from './requestLogLine';
import { RequestAbortedError } from './RequestAbortedError';
import { sendError } from './sendError';
import { createSigV4Verifier } from './sigv4/createSigV4Verifier';
import { toRequest, toWireCall } from './toRequest';
import { writeAnswer, writeResponse } from './writeResponse';

export interface StartServerOptions {
  readonly qkms: Qkms;
  /** 0 picks a free ephemeral port; read the real one from `url`. */
  readonly port: number;
  readonly host?: string;
  /** Larger bodies are answered 413 without being read past the limit. Defaults to 1 MiB. */
  readonly maxBodyBytes?: number;
  /** SigV4 access key id -> caller principal ARN, passed to the backend as X-Qkms-Caller. */
  readonly principals?: Readonly<Record<string, string>>;
  /** Let clients' X-Qkms-Sandbox-Fault headers through. Defaults to false. */
  readonly faults?: boolean;
  /** Let clients' X-Qkms-Sandbox-Advance-Clock headers through. Defaults to false. */
  readonly sandboxClock?: boolean;
  /** Called with anything unexpected the adapter answered 500 for. Defaults to console.error. */
  readonly onError?: (error: unknown) => void;
  /**
   * Access key id -> secret and principal: when given, every request must carry a valid SigV4 signature
   * by one of these keys, and calls as that key's principal (`principals` is then unused).
   */
  readonly credentials?: Readonly<Record<string, SigV4Credential>>;
  /** Origins allowed to call from a browser (`*` for any); none by default, so no CORS headers are sent. */
  readonly corsOrigins?: readonly string[];
  /** Called with one line per request answered (time, operation, status and error type, ms). None by default. */
  readonly log?: (line: string) => void;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Serves a QKMS backend over node:http until `close()`; every failure becomes a KMS-shaped error. */
export function startServer(options: StartServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const principals = options.principals ?? {};
  const faults = options.faults ?? false;
  const sandboxClock = options.sandboxClock ?? false;
  const onError = options.onError ?? ((error: unknown) => console.error('QKMS mock server:', error));
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  // The real port is only known once listening; no request can arrive before that.
  let origin = `http://${hostInUrl}`;

  const verifySignature = options.credentials === undefined ? undefined : createSigV4Verifier(options.credentials);
  const corsOrigins = options.corsOrigins ?? [];
  const log = options.log;
  // A backend that offers handle (createQkms does) is called without fetch's Request and Response.
  const handleCall = options.qkms.handle?.bind(options.qkms);

  /** Answers one request; resolves to its status and error type, or undefined when the client went away. */
  async function answer(incoming: IncomingMessage, res: ServerResponse): Promise<{ status: number; errorType?: string } | undefined> {
    const cors = corsHeaders(corsOrigins, incoming.method ?? 'GET', incoming.headers);
    for (const [name, value] of Object.entries(cors.headers)) res.setHeader(name, value);
    if (cors.preflight) {
      incoming.resume();
      res.writeHead(204, { 'content-length': '0' });
      res.end();
      return { status: 204 };
    }
    const omitBody = incoming.method === 'HEAD';
    try {
      const readOptions = { origin, maxBodyBytes, principals, faults, sandboxClock, verifySignature };
      if (handleCall !== undefined) {
        const answer = await handleCall(await toWireCall(incoming, readOptions));
        writeAnswer(res, answer, omitBody);
        return { status: answer.status, errorType: answer.headers['x-amzn-errortype'] };
      }
      const response = await options.qkms.fetch(await toRequest(incoming, readOptions));
      await writeResponse(res, response, omitBody);
      return { status: response.status, errorType: response.headers.get('x-amzn-ErrorType') ?? undefined };
    } catch (error) {
      if (error instanceof RequestAbortedError) return undefined;
      if (error instanceof QkmsError) {
        writeAnswer(res, error.toAnswer(newRequestId()), false);
        return { status: error.status, errorType: error.name };
      }
      if (error instanceof BodyTooLargeError) {
        sendError(res, 413, 'ValidationException', error.message, true);
        return { status: 413, errorType: 'ValidationException' };
      }
      onError(error);
      sendError(res, 500, 'KMSInternalException', 'An internal error occurred.');
      return { status: 500, errorType: 'KMSInternalException' };
    }
  }

  async function handle(incoming: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const answered = await answer(incoming, res);
    if (log === undefined || answered === undefined) return;
    const target = incoming.headers['x-amz-target'];
    const operation =
      typeof target === 'string' && target !== '' ? target.replace(/^TrentService\./, '') : `${incoming.method ?? '-'} ${incoming.url ?? '/'}`;
    log(requestLogLine({ at: new Date(), operation, status: answered.status, errorType: answered.errorType, ms: performance.now() - started }));
  }

  const server = createServer((incoming, res) => {
    res.on('error', () => res.destroy());
    void handle(incoming, res);
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(error, socket));

  return new Promise<RunningServer>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      origin = `http://${hostInUrl}:${port}`;
      resolve({
        url: origin,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Requests node:http could not even parse (bad header bytes, oversized header block). */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = JSON.stringify({
    __type: tooLarge ? 'ValidationException' : 'SerializationException',
    message: tooLarge ? 'Request headers are too large.' : 'The request could not be parsed as HTTP.',
  });
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
