import { decodeBase64, encodeBase64 } from '../../spec/base64';

/** JSON as the sandbox file holds it: records are JSON but for their bytes, which become `{ "$bytes": base64 }`. */
export type Portable = null | boolean | number | string | readonly Portable[] | { readonly [name: string]: Portable };

const BYTES = '$bytes';

const isList = (value: Portable): value is readonly Portable[] => Array.isArray(value);

/** Writes a record; CryptoKeys must already be gone (they are rebuilt from material on import), so one is a bug. */
export function toPortable(value: unknown): Portable {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value instanceof Uint8Array) return { [BYTES]: encodeBase64(value) };
  if (Array.isArray(value)) return value.map(toPortable);
  if (typeof value === 'object' && !(value instanceof CryptoKey)) {
    const members: Record<string, Portable> = {};
    for (const [name, member] of Object.entries(value)) if (member !== undefined) members[name] = toPortable(member);
    return members;
  }
  throw new TypeError(`A sandbox record holds a ${value instanceof CryptoKey ? 'CryptoKey' : typeof value} the export cannot write.`);
}

/** Reads what toPortable wrote; a `$bytes` member that is not base64 makes the file unreadable. */
export function fromPortable(value: Portable): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isList(value)) return value.map(fromPortable);
  const object = value;
  const encoded = object[BYTES];
  if (typeof encoded === 'string' && Object.keys(object).length === 1) {
    const bytes = decodeBase64(encoded);
    if (bytes === undefined) throw new TypeError('a byte value is not base64');
    return bytes;
  }
  return Object.fromEntries(Object.entries(object).map(([name, member]) => [name, fromPortable(member)]));
}
