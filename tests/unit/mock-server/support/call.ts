import type { OperationName } from '../../../../mock-server/spec';
import type { Qkms } from '../../../../mock-server';
import { kmsRequest } from '../../../support/kmsRequest';

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
}

/** A KMS JSON 1.1 call through the fetch handler, as a network client would make it. */
export async function call(
  qkms: Qkms,
  operation: OperationName,
  body: object,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const response = await qkms.fetch(kmsRequest(operation, body, headers));
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as Record<string, unknown> };
}

/** The `__type` and message of an error reply, failing loudly when the call succeeded. */
export function errorOf(reply: Reply): { readonly type: unknown; readonly message: unknown; readonly status: number } {
  if (reply.status === 200) throw new Error(`expected an error, got 200 ${JSON.stringify(reply.body)}`);
  return { type: reply.body.__type, message: reply.body.message, status: reply.status };
}

export const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
export const text = (base64: unknown) => Buffer.from(String(base64), 'base64').toString('utf8');
