import { encodeBase64 } from '../spec/base64';
import { AMZ_JSON } from '../wire/amzJson';

/** A 200 answer; Uint8Array members become base64, as the JSON 1.1 protocol sends blobs. */
export function jsonResponse(output: object, requestId: string): Response {
  const body = JSON.stringify(output, (_key, value: unknown) => (value instanceof Uint8Array ? encodeBase64(value) : value));
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': AMZ_JSON, 'x-amzn-RequestId': requestId },
  });
}
