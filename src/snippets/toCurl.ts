import { prettyJson } from './prettyJson';
import { sandboxEndpoint } from './sandboxEndpoint';
import { shellQuote } from './shellQuote';
import type { ExampleRequest } from './types';

/** curl against the local mock server; the body goes in verbatim, so blobs stay base64 as on the wire. */
export function toCurl(request: ExampleRequest): string {
  const lines = [`curl -sS -X ${request.method} ${sandboxEndpoint.url}${request.path}`];
  for (const [name, value] of Object.entries(request.headers)) lines.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  lines.push(`--data ${shellQuote(prettyJson(request.body))}`);
  return lines.join(' \\\n  ');
}
