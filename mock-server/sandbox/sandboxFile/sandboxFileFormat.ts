import type { Bytes } from '../../spec/Bytes';

export const SANDBOX_FILE_FORMAT = 'qkms-sandbox';
export const SANDBOX_FILE_VERSION = 1;

/**
 * The file "Export sandbox" writes. Only the header is readable: every record, key material included,
 * is in `content`, AES-256-GCM under a key PBKDF2-SHA-256 derives from the reader's passphrase, with the
 * header as associated data (so neither can be changed unnoticed).
 */
export interface SandboxFile {
  readonly format: typeof SANDBOX_FILE_FORMAT;
  readonly version: typeof SANDBOX_FILE_VERSION;
  /** The seed version of the sandbox it came from: seeded material is re-derived, so it must match on import. */
  readonly seedVersion: number;
  readonly exportedAt: string;
  readonly kdf: { readonly name: 'PBKDF2'; readonly hash: 'SHA-256'; readonly iterations: number; readonly salt: string };
  readonly cipher: { readonly name: 'AES-GCM'; readonly iv: string };
  /** Base64. */
  readonly content: string;
}

/** What the ciphertext authenticates besides itself: everything in the header but the salt, IV and date. */
export function fileHeader(seedVersion: number, iterations: number): Bytes {
  return new TextEncoder().encode(`${SANDBOX_FILE_FORMAT}/v${SANDBOX_FILE_VERSION}/seed-v${seedVersion}/pbkdf2-sha256-${iterations}`);
}

/** Why a file cannot be imported; the sandbox is unchanged when this is thrown. */
export class SandboxFileError extends Error {
  override readonly name = 'SandboxFileError';
}
