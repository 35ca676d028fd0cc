export interface TesterResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: readonly (readonly [string, string])[];
  /** Pretty-printed when the body is JSON, as received otherwise. */
  readonly bodyText: string;
  readonly body: unknown;
  readonly elapsedMs: number;
  /** Set for KMS errors: `__type` and `message` of the body. */
  readonly error?: { readonly type: string; readonly message: string };
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A KMS `__type` may carry a namespace prefix ("com.amazonaws.kms#NotFoundException"); readers want the name. */
function errorName(type: string): string {
  return type.slice(type.lastIndexOf('#') + 1);
}

export function describeResponse(status: number, statusText: string, headers: Headers, text: string, elapsedMs: number): TesterResponse {
  let body: unknown;
  let bodyText = text;
  try {
    body = text === '' ? undefined : (JSON.parse(text) as unknown);
    if (body !== undefined) bodyText = JSON.stringify(body, null, 2);
  } catch {
    body = undefined;
  }
  const error =
    status >= 400 && isRecord(body) && typeof body.__type === 'string'
      ? {
          type: errorName(body.__type),
          message: typeof body.message === 'string' ? body.message : typeof body.Message === 'string' ? body.Message : '',
        }
      : undefined;
  return { status, statusText, headers: [...headers.entries()], bodyText, body, elapsedMs, ...(error ? { error } : {}) };
}
