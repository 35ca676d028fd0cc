import type { Bytes, EncryptionContext } from '../../spec';

/** A string member of the checked input, or undefined. */
export function stringMember(input: object, name: string): string | undefined {
  const value: unknown = Object.entries(input).find(([member]) => member === name)?.[1];
  return typeof value === 'string' ? value : undefined;
}

/** A blob member of the checked input (already decoded), or undefined. */
export function bytesMember(input: object, name: string): Bytes | undefined {
  const value: unknown = Object.entries(input).find(([member]) => member === name)?.[1];
  // A copy, so the bytes are on a plain ArrayBuffer whatever the input's came from.
  return value instanceof Uint8Array ? Uint8Array.from(value) : undefined;
}

/** An encryption-context member; an absent one is the empty context, as KMS treats it. */
export function contextMember(input: object, name: string): EncryptionContext {
  const value: unknown = Object.entries(input).find(([member]) => member === name)?.[1];
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The members that name a key, in the order an operation uses them. */
export const KEY_MEMBERS = ['KeyId', 'SourceKeyId', 'DestinationKeyId', 'TargetKeyId'] as const;
