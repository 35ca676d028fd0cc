import type { Encoded } from './encodeValue';

export type EncodedObject = { readonly [name: string]: Encoded };

export function isEncodedObject(value: Encoded | undefined): value is EncodedObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
