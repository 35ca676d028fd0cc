import { bytesToUuid, uuidToBytes } from '../../crypto/uuidBytes';
import type { Bytes } from '../../spec/Bytes';

const FORMAT = 1;
const HANDLE_BYTES = 32;

/**
 * An import token: a format byte, the 16 bytes of the key id it was issued for, then the random handle of
 * its parameters (stored on the key). It names key and wrapping key; the key record says when it expires.
 */
export const importToken = (keyId: string, handle: Bytes): Bytes => Uint8Array.from([FORMAT, ...uuidToBytes(keyId), ...handle]);

/** The key id and handle an import token carries, or undefined when the bytes are not an import token. */
export function readImportToken(token: Bytes): { readonly keyId: string; readonly handle: Bytes } | undefined {
  if (token.length !== 1 + 16 + HANDLE_BYTES || token[0] !== FORMAT) return undefined;
  return { keyId: bytesToUuid(token.subarray(1, 17)), handle: token.slice(17) };
}

export const IMPORT_TOKEN_HANDLE_BYTES = HANDLE_BYTES;

/** KMS's import parameters (public key and import token) are good for 24 hours. */
export const IMPORT_PARAMETERS_LIFETIME_MS = 24 * 60 * 60 * 1000;
