import type { ShapeSpec } from '../../mock-server';
import type { JsonValue } from '../json/JsonValue';

/** Whether a JSON value has the wire type of its shape, so a typed SDK literal can be written for it. */
export function fitsShape(value: JsonValue, shape: ShapeSpec | undefined): shape is ShapeSpec {
  switch (shape?.type) {
    case 'string':
    case 'blob':
      return typeof value === 'string';
    case 'integer':
    case 'long':
      return typeof value === 'number' && Number.isInteger(value);
    case 'timestamp':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'list':
      return Array.isArray(value);
    case 'map':
    case 'structure':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return false;
  }
}
