/**
 * A deep copy of a record, for storing it and for handing it out on every read. Plain objects,
 * arrays, dates and byte arrays are copied member by member; CryptoKey objects are shared, because
 * they are immutable handles and cloning one is the costly part of structuredClone (most of a key
 * record). Anything else goes through structuredClone, so what it refuses (a function, a symbol)
 * is refused here too, with its DataCloneError.
 */
export function copyRecord<T>(value: T): T {
  return copy(value) as T;
}

const hasCryptoKey = typeof CryptoKey !== 'undefined';

function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'function' || typeof value === 'symbol' ? structuredClone(value) : value;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(value)) {
      const member = copy((value as Record<string, unknown>)[name]);
      // An own "__proto__" member (an encryption context key) stays a member instead of becoming the prototype.
      if (name === '__proto__') Object.defineProperty(out, name, { value: member, enumerable: true, writable: true, configurable: true });
      else out[name] = member;
    }
    return out;
  }
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) out[i] = copy(value[i]);
    return out;
  }
  if (hasCryptoKey && value instanceof CryptoKey) return value;
  if (prototype === Uint8Array.prototype) return (value as Uint8Array).slice();
  if (value instanceof Date) return new Date(value.getTime());
  return structuredClone(value);
}
