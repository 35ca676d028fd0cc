import type { EncryptionContext } from '../../spec';

/** "Department=Finance, Purpose=Test", or "none" for the empty context. */
export function describeContext(context: EncryptionContext): string {
  const pairs = Object.entries(context).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return pairs.length === 0 ? 'none' : pairs.map(([name, value]) => `${name}=${value}`).join(', ');
}

/** Same pairs, in any order. */
export function sameContext(a: EncryptionContext, b: EncryptionContext): boolean {
  return describeContext(a) === describeContext(b);
}
