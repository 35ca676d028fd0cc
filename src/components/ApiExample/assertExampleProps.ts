import { operationFromRequest } from '../../snippets/operationFromRequest';
import type { ExampleRequest, ExampleResponse } from '../../snippets/types';

export interface ApiExampleProps {
  /**
   * Requests a reader sends first, on the same sandbox, to put it in the state the example needs (a key
   * pending deletion, say); the docs example test sends them before `request`.
   */
  readonly setup?: readonly ExampleRequest[];
  readonly request: ExampleRequest;
  /** `{}` shows the request alone. */
  readonly response?: ExampleResponse;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the MDX call and returns the operation named by X-Amz-Target; misuse fails the build with the fix. */
export function assertExampleProps(props: ApiExampleProps): string {
  const { request } = props;
  if (!isRecord(request)) {
    throw new Error('ApiExample: `request` is required, e.g. request={{method: "POST", path: "/", headers: {...}, body: {...}}}.');
  }
  if (!isRecord(request.headers) || !isRecord(request.body)) {
    throw new Error('ApiExample: `request` needs `headers` (an object) and `body` (the JSON request object).');
  }
  // The snippets write every KMS call as POST / (the JSON 1.1 protocol has no other), so the page must too.
  if (request.method !== 'POST' || request.path !== '/') {
    throw new Error('ApiExample: KMS requests are `method: "POST"` and `path: "/"`; the operation goes in X-Amz-Target.');
  }
  const operation = operationFromRequest(request);
  if (operation === undefined) {
    throw new Error(
      'ApiExample: `request.headers` must include "X-Amz-Target": "TrentService.<Operation>" — the example’s operation is read from it.',
    );
  }
  if (props.setup !== undefined) {
    const steps: readonly unknown[] = Array.isArray(props.setup) ? props.setup : [];
    if (steps.length === 0 || !steps.every((step) => isRecord(step) && isRecord(step.body) && operationFromStep(step) !== undefined)) {
      throw new Error('ApiExample: `setup` is a non-empty list of requests like `request`, each with headers (X-Amz-Target) and body.');
    }
  }
  if (props.response !== undefined && !isRecord(props.response)) {
    throw new Error('ApiExample: `response` must be an object ({status, headers, body}) or {} for a request-only example.');
  }
  return operation;
}

function operationFromStep(step: Readonly<Record<string, unknown>>): string | undefined {
  const { headers } = step;
  if (!isRecord(headers) || step.method !== 'POST' || step.path !== '/') return undefined;
  const target = headers['X-Amz-Target'];
  return typeof target === 'string' && target.startsWith('TrentService.') ? target.slice('TrentService.'.length) : undefined;
}

/** True when the page gave a response to show (the seed writes `response={{}}` for "request only"). */
export function hasResponse(response: ExampleResponse | undefined): response is ExampleResponse {
  return response !== undefined && (response.status !== undefined || response.body !== undefined || response.headers !== undefined);
}
