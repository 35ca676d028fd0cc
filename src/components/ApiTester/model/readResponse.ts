import type { JsonValue } from '../../../json/JsonValue';
import { isJsonObject } from '../../../json/isJsonObject';

/** A response as the tester shows it: plain data, so it can be kept and replayed. */
export interface TesterResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: readonly (readonly [string, string])[];
  /** Pretty-printed when the body is JSON, as received otherwise. */
  readonly bodyText: string;
  readonly body?: JsonValue;
  readonly elapsedMs: number;
  /** Set for KMS errors: `__type` and `message` of the body. */
  readonly error?: { readonly type: string; readonly message: string };
}

/** A KMS `__type` may carry a namespace prefix ("com.amazonaws.kms#NotFoundException"); readers want the name. */
function errorName(type: string): string {
  return type.slice(type.lastIndexOf('#') + 1);
}

export function describeResponse(status: number, statusText: string, headers: Headers, text: string, elapsedMs: number): TesterResponse {
  let body: JsonValue | undefined;
  let bodyText = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
    if (body !== undefined) bodyText = JSON.stringify(body, null, 2);
  } catch {
    body = undefined;
  }
  const error =
    status >= 400 && isJsonObject(body) && typeof body.__type === 'string'
      ? {
          type: errorName(body.__type),
          message: typeof body.message === 'string' ? body.message : typeof body.Message === 'string' ? body.Message : '',
        }
      : undefined;
  return { status, statusText, headers: [...headers.entries()], bodyText, ...(body === undefined ? {} : { body }), elapsedMs, ...(error ? { error } : {}) };
}
