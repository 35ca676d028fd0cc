import type { MemberSpec, ShapeSpec } from '../spec';

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A validated body reduced to the members its spec knows, with null members dropped: AWS
 * ignores unknown members and treats a null member as absent, and so do the operations. Walking
 * the spec rather than the value keeps the work bounded by the spec's depth, whatever an
 * ignored member nests (an unknown member 100,000 arrays deep must not overflow the stack).
 */
export function knownMembers(members: readonly MemberSpec[], body: JsonObject): JsonObject {
  const out: Record<string, unknown> = {};
  for (const member of members) {
    const value = body[member.name];
    if (value !== undefined && value !== null) out[member.name] = knownValue(member, value);
  }
  return out;
}

function knownValue(shape: ShapeSpec, value: unknown): unknown {
  if (shape.type === 'structure' && isObject(value)) return knownMembers(shape.members ?? [], value);
  if (shape.type === 'list' && Array.isArray(value) && shape.member) {
    const item = shape.member;
    return value.map((entry: unknown) => knownValue(item, entry));
  }
  // Scalars, and maps (validation has refused null map values): as sent.
  return value;
}
