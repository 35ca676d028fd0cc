import { httpStatusText } from './httpStatusText';
import { prettyJson } from './prettyJson';
import type { ExampleResponse } from './types';

/** The raw HTTP/1.1 response: status line, headers, and the JSON body when there is one. */
export function toHttpResponse(response: ExampleResponse): string {
  const status = response.status ?? 200;
  const lines = [`HTTP/1.1 ${status} ${httpStatusText(status)}`.trimEnd()];
  for (const [name, value] of Object.entries(response.headers ?? {})) lines.push(`${name}: ${value}`);
  const head = lines.join('\n');
  return response.body === undefined ? head : `${head}\n\n${prettyJson(response.body)}`;
}
