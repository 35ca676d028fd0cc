import type { ShapeSpec } from '../../../mock-server';

/** The reader-facing type word the pages use: maps and structures are objects, lists are arrays. */
export function typeLabel(shape: ShapeSpec): string {
  switch (shape.type) {
    case 'map':
    case 'structure':
      return 'object';
    case 'list':
      return 'array';
    case 'long':
      return 'integer';
    default:
      return shape.type;
  }
}
