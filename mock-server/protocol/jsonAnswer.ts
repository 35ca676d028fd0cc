import { encodeBase64 } from '../spec/base64';
import { AMZ_JSON } from '../wire/amzJson';
import type { WireAnswer } from './WireCall';

/** A 200 answer; Uint8Array members become base64, as the JSON 1.1 protocol sends blobs. */
export function jsonAnswer(output: object, requestId: string): WireAnswer {
  return { status: 200, headers: { 'content-type': AMZ_JSON, 'x-amzn-requestid': requestId }, body: JSON.stringify(withBase64Blobs(output)) };
}

/**
 * The output with its byte arrays as base64 strings, walked once before JSON.stringify: a replacer
 * function would do the same but keep the engine off its fast serializer for every member.
 */
function withBase64Blobs(value: unknown): unknown {
  if (value instanceof Uint8Array) return encodeBase64(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(withBase64Blobs);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(value)) {
    const member = withBase64Blobs((value as Record<string, unknown>)[name]);
    if (name === '__proto__') Object.defineProperty(out, name, { value: member, enumerable: true, writable: true, configurable: true });
    else out[name] = member;
  }
  return out;
}
