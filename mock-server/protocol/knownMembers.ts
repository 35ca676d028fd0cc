import { decodeBase64 } from '../spec/base64';
import type { MemberSpec, ShapeSpec } from '../spec';

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A request body reduced to what its spec knows, as handlers take it: unknown members and null
 * members dropped (AWS ignores the first and treats the second as absent), blobs decoded to bytes.
 * Anything not of its member's type is left as sent, for validation to report. Walking the spec
 * rather than the value keeps the work bounded by the spec's depth, whatever an ignored member
 * nests (an unknown member 100,000 arrays deep must not overflow the stack).
 */
export function knownMembers(members: readonly MemberSpec[], body: unknown): unknown {
  if (!isObject(body)) return body;
  const out: Record<string, unknown> = {};
  for (const member of members) {
    const value = body[member.name];
    if (value !== undefined && value !== null) out[member.name] = knownValue(member, value);
  }
  return out;
}

function knownValue(shape: ShapeSpec, value: unknown): unknown {
  if (shape.type === 'blob' && typeof value === 'string') return decodeBase64(value) ?? value;
  if (shape.type === 'structure' && isObject(value)) return knownMembers(shape.members ?? [], value);
  if (shape.type === 'list' && Array.isArray(value) && shape.member) {
    const item = shape.member;
    return value.map((entry: unknown) => (entry === null ? entry : knownValue(item, entry)));
  }
  // Scalars and maps (their values are strings): as sent.
  return value;
}
