import type { JsonObject, JsonValue } from '../json/JsonValue';

/** An HTTP request as the pages write it in `<ApiExample request={...}>`. */
export interface ExampleRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: JsonObject;
}

/** A response as the pages write it; `{}` means the page shows the request alone. */
export interface ExampleResponse {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: JsonValue;
}
