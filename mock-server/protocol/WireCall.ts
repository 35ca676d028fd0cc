/**
 * What the protocol reads of a request. A fetch `Request` is one; an adapter that has the parts
 * already (the Node server) builds a plain object instead of a Request and its body stream.
 */
export interface WireCall {
  readonly method: string;
  /** Absolute URL; only its path is read. */
  readonly url: string;
  /** Case-insensitive, as Headers.get. */
  readonly headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What the protocol answers: the body is the whole JSON text, headers are named in lower case. */
export interface WireAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The answer as a fetch Response, for the fetch adapter. */
export function toFetchResponse(answer: WireAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
