import type { JsonObject } from '../json/JsonValue';

/** Where a snippet sends its request, and the credentials it signs with. */
export interface SnippetEndpoint {
  readonly url: string;
  readonly host: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** The principal the request is sent as, when not the account admin (see callerEndpoint). */
  readonly caller?: string;
}

/** What every language's generator takes: the same for a page's example and the tester's request. */
export interface SnippetInput {
  /** Wire name, e.g. "ReEncrypt". */
  readonly operation: string;
  readonly body: JsonObject;
  readonly endpoint: SnippetEndpoint;
}
