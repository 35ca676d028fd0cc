/** A request as it went over the wire: plain data, so the tester state can keep it and a history can store it. */
export interface WireRequest {
  readonly method: string;
  /** Host the sandbox answers as; a real client sends it as the Host header. */
  readonly host: string;
  readonly path: string;
  /** As the Request object holds them: the Fetch API keeps header names in lower case. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

/**
 * Describes the very Request handed to the sandbox. Call it before the request is sent: it reads a clone's
 * body, which the send would otherwise consume.
 */
export async function describeRequest(request: Request): Promise<WireRequest> {
  const copy = request.clone();
  const url = new URL(copy.url);
  return { method: copy.method, host: url.host, path: `${url.pathname}${url.search}`, headers: [...copy.headers.entries()], body: await copy.text() };
}

/** The request as raw HTTP/1.1, with the Host and Content-Length a client adds, to paste into a terminal tool or a bug report. */
export function rawHttp(request: WireRequest): string {
  const length = new TextEncoder().encode(request.body).length;
  const lines = [
    `${request.method} ${request.path} HTTP/1.1`,
    `host: ${request.host}`,
    ...request.headers.map(([name, value]) => `${name}: ${value}`),
    `content-length: ${length}`,
    '',
    request.body,
  ];
  return lines.join('\r\n');
}
