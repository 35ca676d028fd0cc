import type { ShapeSpec } from '../../mock-server';
import type { JsonValue } from '../json/JsonValue';
import { pythonLiteral } from './pythonLiteral';
import { shapeOfItem } from './shapeOfItem';

/** Modules a boto3 snippet imports for the values it writes. */
export type PythonImport = 'base64' | 'datetime';

/**
 * A Python expression for a request value as boto3 wants it: blobs (at any depth) as bytes decoded from
 * the wire's base64 (boto3 encodes them itself), timestamps as aware datetimes, the rest as literals.
 */
export function pythonValue(value: JsonValue, shape: ShapeSpec | undefined, indent: string, imports: Set<PythonImport>): string {
  if (shape?.type === 'blob' && typeof value === 'string') {
    imports.add('base64');
    return `base64.b64decode(${JSON.stringify(value)})`;
  }
  if (shape?.type === 'timestamp' && typeof value === 'number') {
    imports.add('datetime');
    return `datetime.fromtimestamp(${value}, tz=timezone.utc)`;
  }
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item, index) => `${inner}${pythonValue(item, shapeOfItem(shape, String(index)), inner, imports)},`);
    return `[\n${items.join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${pythonValue(item, shapeOfItem(shape, key), inner, imports)},`);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  return pythonLiteral(value, indent);
}
