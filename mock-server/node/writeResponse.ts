import type { ServerResponse } from 'node:http';
import type { WireAnswer } from '../protocol/WireCall';

/** Copies a fetch `Response` onto a node:http response; bodies are small JSON, so it is sent whole. */
export async function writeResponse(res: ServerResponse, response: Response, omitBody: boolean): Promise<void> {
  const body = omitBody ? new Uint8Array(0) : new Uint8Array(await response.arrayBuffer());
  if (res.destroyed) return;
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'content-length' && name !== 'transfer-encoding') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  if (!omitBody) headers['content-length'] = String(body.byteLength);
  res.writeHead(response.status, response.statusText || undefined, headers);
  res.end(body);
}

/** Writes a backend's WireAnswer onto a node:http response, with the same headers writeResponse would copy. */
export function writeAnswer(res: ServerResponse, answer: WireAnswer, omitBody: boolean): void {
  if (res.destroyed) return;
  const headers: Record<string, string> = { ...answer.headers };
  if (!omitBody) headers['content-length'] = String(Buffer.byteLength(answer.body));
  res.writeHead(answer.status, headers);
  res.end(omitBody ? undefined : answer.body);
}
