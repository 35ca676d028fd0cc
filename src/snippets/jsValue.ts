import type { ShapeSpec } from '../../mock-server';
import type { JsonValue } from '../json/JsonValue';
import { jsKey, jsLiteral } from './jsLiteral';
import { shapeOfItem } from './shapeOfItem';

/**
 * A JavaScript expression for a request value as the SDK v3 wants it: blobs (at any depth) as bytes
 * decoded from the wire's base64, timestamps as Date, the rest as object and array literals.
 */
export function jsValue(value: JsonValue, shape: ShapeSpec | undefined, indent: string): string {
  if (shape?.type === 'blob' && typeof value === 'string') return `Buffer.from(${JSON.stringify(value)}, "base64")`;
  if (shape?.type === 'timestamp' && typeof value === 'number') return `new Date(${value * 1000})`;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item, index) => `${inner}${jsValue(item, shapeOfItem(shape, String(index)), inner)},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, item]) => `${inner}${jsKey(key)}: ${jsValue(item, shapeOfItem(shape, key), inner)},`);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  return jsLiteral(value, indent);
}
