import { kmsHeaders } from './kmsHeaders';
import { prettyJson } from './prettyJson';
import { shellQuote } from './shellQuote';
import { callerNote, credentialOnly } from './callerEndpoint';
import type { SnippetInput } from './SnippetInput';

/** curl against the local mock server; the body goes in verbatim, so blobs stay base64 as on the wire. */
export function toCurl({ operation, body, endpoint }: SnippetInput): string {
  const lines = [`curl -sS -X POST ${endpoint.url}/`];
  for (const [name, value] of Object.entries(kmsHeaders(operation))) lines.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (endpoint.caller !== undefined) lines.push(`-H ${shellQuote(`Authorization: ${credentialOnly(endpoint)}`)}`);
  lines.push(`--data ${shellQuote(prettyJson(body))}`);
  const note = callerNote(endpoint);
  return `${note === undefined ? '' : `# ${note}\n`}${lines.join(' \\\n  ')}`;
}
