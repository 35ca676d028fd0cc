import { encodeBase64 } from '../spec/base64';
import { AMZ_JSON } from '../wire/amzJson';
import type { WireAnswer } from './WireCall';

/** A 200 answer; Uint8Array members become base64, as the JSON 1.1 protocol sends blobs. */
export function jsonAnswer(output: object, requestId: string): WireAnswer {
  const body = JSON.stringify(output, (_key, value: unknown) => (value instanceof Uint8Array ? encodeBase64(value) : value));
  return { status: 200, headers: { 'content-type': AMZ_JSON, 'x-amzn-requestid': requestId }, body };
}
