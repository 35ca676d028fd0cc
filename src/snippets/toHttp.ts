import { prettyJson } from './prettyJson';
import { sandboxEndpoint } from './sandboxEndpoint';
import type { ExampleRequest } from './types';

/** The raw HTTP/1.1 request, with the Host and Content-Length a client adds. */
export function toHttp(request: ExampleRequest): string {
  const body = prettyJson(request.body);
  const lines = [`${request.method} ${request.path} HTTP/1.1`, `Host: ${sandboxEndpoint.host}`];
  for (const [name, value] of Object.entries(request.headers)) lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${new TextEncoder().encode(body).length}`);
  return `${lines.join('\n')}\n\n${body}`;
}
