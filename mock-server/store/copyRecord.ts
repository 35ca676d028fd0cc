/**
 * A deep copy of a record already structured-cloned into a store, for handing out on every read.
 * Plain objects, arrays, dates and byte arrays are copied; CryptoKey objects are shared, because
 * they are immutable handles and cloning one is the costly part of structuredClone (most of a
 * key record read). Anything else falls back to structuredClone.
 */
export function copyRecord<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) return value;
  if (Array.isArray(value)) return value.map(copy);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    // fromEntries defines properties, so an own "__proto__" key stays a key instead of a prototype.
    return Object.fromEntries(Object.entries(value).map(([name, member]) => [name, copy(member)]));
  }
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof Uint8Array) return value.slice();
  return structuredClone(value);
}
