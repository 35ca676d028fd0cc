import type { MemberSpec, ShapeSpec } from '../../../../mock-server';
import type { JsonObject, JsonValue } from '../../../../src/json/JsonValue';

/** Text that every language must quote: both quotes, a backslash, a dollar, a newline, a tab, non-ASCII. */
export const awkwardText = `it's "quoted" \\ $HOME\nline\ttab é ✓`;

/** A value for every shape, awkward where quoting can go wrong, so each generator meets each member type. */
export function syntheticValue(shape: ShapeSpec, awkward: boolean): JsonValue {
  switch (shape.type) {
    case 'string':
      if (shape.enum) return shape.enum[shape.enum.length - 1];
      return awkward ? awkwardText : 'example-value';
    case 'blob':
      return 'AAECA/7/SGVsbG8=';
    case 'integer':
    case 'long':
      return shape.max ?? 7;
    case 'boolean':
      return awkward;
    case 'timestamp':
      return 1767225600;
    case 'list':
      return shape.member ? [syntheticValue(shape.member, false), syntheticValue(shape.member, awkward)] : [];
    case 'map':
      return { Department: 'Finance', [awkward ? 'key, with=odd chars' : 'Project']: awkward ? awkwardText : 'Alpha' };
    case 'structure':
      return syntheticBody(shape.members ?? [], awkward);
  }
}

/** A request body with every member of the model filled. */
export function syntheticBody(members: readonly MemberSpec[], awkward: boolean): JsonObject {
  return Object.fromEntries(members.map((member) => [member.name, syntheticValue(member, awkward)]));
}
