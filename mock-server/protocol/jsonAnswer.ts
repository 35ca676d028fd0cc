import { encodeBase64 } from '../spec/base64';
import { AMZ_JSON } from '../wire/amzJson';
import type { WireAnswer } from './WireCall';

/** A 200 answer; Uint8Array members become base64, as the JSON 1.1 protocol sends blobs. */
export function jsonAnswer(output: object, requestId: string): WireAnswer {
  return { status: 200, headers: { 'content-type': AMZ_JSON, 'x-amzn-requestid': requestId }, body: JSON.stringify(withBase64Blobs(output)) };
}

/**
 * The output with its byte arrays as base64 strings, walked once before JSON.stringify: a replacer
 * function would do the same but keep the engine off its fast serializer for every member. Only the
 * objects and arrays on the way to a byte array are copied; the rest (most of DescribeKey's metadata,
 * every list without blobs) is handed to JSON.stringify as it is.
 */
function withBase64Blobs(value: unknown): unknown {
  if (value instanceof Uint8Array) return encodeBase64(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const converted = withBase64Blobs(item);
      if (converted !== item) (out ??= value.slice())[i] = converted;
    }
    return out ?? value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  let out: Record<string, unknown> | undefined;
  for (const name of Object.keys(value)) {
    const member: unknown = (value as Record<string, unknown>)[name];
    const converted = withBase64Blobs(member);
    if (converted === member) continue;
    // A copy keeps own members only, and an own "__proto__" member stays a member instead of becoming the prototype.
    out ??= copyMembers(value as Record<string, unknown>);
    if (name === '__proto__') Object.defineProperty(out, name, { value: converted, enumerable: true, writable: true, configurable: true });
    else out[name] = converted;
  }
  return out ?? value;
}

function copyMembers(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(value)) {
    if (name === '__proto__') Object.defineProperty(out, name, { value: value[name], enumerable: true, writable: true, configurable: true });
    else out[name] = value[name];
  }
  return out;
}
