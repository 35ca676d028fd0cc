import type { MemberSpec, ShapeSpec } from '../../mock-server';

/** The shape of one entry of a list, map or structure value, when the model describes it. */
export function shapeOfItem(shape: ShapeSpec | undefined, key: string): ShapeSpec | undefined {
  switch (shape?.type) {
    case 'list':
      return shape.member;
    case 'map':
      return shape.value;
    case 'structure':
      return shape.members?.find((member: MemberSpec) => member.name === key);
    default:
      return undefined;
  }
}
