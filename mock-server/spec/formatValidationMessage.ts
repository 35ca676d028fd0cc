import { awsMemberPath } from './awsMemberPath';
import type { FieldError } from './types';

/** Values print as Java's toString does in AWS messages: [a, b] for lists, {k=v} for maps. */
function javaString(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(javaString).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value).map(([key, inner]) => `${key}=${javaString(inner)}`).join(', ')}}`;
  }
  return String(value);
}

function describe(error: FieldError): string {
  const value = error.redacted ? 'Value' : error.value === null ? 'Value null' : `Value '${javaString(error.value)}'`;
  const path = awsMemberPath(error.member);
  const at = path === '' ? '' : ` at '${path}'`;
  return `${value}${at} failed to satisfy constraint: ${error.constraint}`;
}

/**
 * AWS's ValidationException message:
 * "1 validation error detected: Value 'x' at 'keyId' failed to satisfy constraint: Member must ...";
 * several errors are joined with "; ". Blob and sensitive values are never echoed.
 */
export function formatValidationMessage(errors: readonly FieldError[]): string {
  const count = `${errors.length} validation error${errors.length === 1 ? '' : 's'} detected: `;
  return count + errors.map(describe).join('; ');
}
