import { kmsHeaders } from './kmsHeaders';
import { prettyJson } from './prettyJson';
import { credentialOnly } from './callerEndpoint';
import type { SnippetInput } from './SnippetInput';

/** The raw HTTP/1.1 request, with the Host and Content-Length a client adds. */
export function toHttp({ operation, body, endpoint }: SnippetInput): string {
  const text = prettyJson(body);
  const lines = ['POST / HTTP/1.1', `Host: ${endpoint.host}`];
  for (const [name, value] of Object.entries(kmsHeaders(operation))) lines.push(`${name}: ${value}`);
  if (endpoint.caller !== undefined) lines.push(`Authorization: ${credentialOnly(endpoint)}`);
  lines.push(`Content-Length: ${new TextEncoder().encode(text).length}`);
  return `${lines.join('\n')}\n\n${text}`;
}
