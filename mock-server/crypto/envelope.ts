import type { Bytes } from '../spec/Bytes';
import { bytesToUuid, uuidToBytes } from './uuidBytes';

/**
 * QKMS symmetric ciphertext envelope, format version 1 (ours; not AWS's format):
 *
 *   offset  size  field
 *   0       1     format version, 0x01
 *   1       16    key id (the UUID's 16 bytes)
 *   17      4     key material version, unsigned big-endian
 *   21      12    AES-GCM IV
 *   33      n     AES-256-GCM ciphertext (n = plaintext length)
 *   33+n    16    AES-GCM tag
 *
 * The AAD is bytes 0..20 (the header) followed by the canonical encryption context, so the
 * key id, the material version and the context are all authenticated.
 */
export const ENVELOPE_VERSION = 0x01;
export const HEADER_LENGTH = 21;
export const IV_LENGTH = 12;
export const TAG_LENGTH = 16;

export interface EnvelopeHeader {
  readonly keyId: string;
  readonly materialVersion: number;
}

export interface Envelope extends EnvelopeHeader {
  readonly header: Bytes;
  readonly iv: Bytes;
  /** Ciphertext followed by the tag, as WebCrypto takes it. */
  readonly sealed: Bytes;
}

export function encodeHeader({ keyId, materialVersion }: EnvelopeHeader): Bytes {
  const header = new Uint8Array(HEADER_LENGTH);
  header[0] = ENVELOPE_VERSION;
  header.set(uuidToBytes(keyId), 1);
  new DataView(header.buffer).setUint32(17, materialVersion);
  return header;
}

export function joinEnvelope(header: Bytes, iv: Bytes, sealed: Bytes): Bytes {
  const out = new Uint8Array(header.length + iv.length + sealed.length);
  out.set(header, 0);
  out.set(iv, header.length);
  out.set(sealed, header.length + iv.length);
  return out;
}

/** Splits an envelope, or returns undefined when the bytes cannot be one. */
export function parseEnvelope(blob: Bytes): Envelope | undefined {
  if (blob.length < HEADER_LENGTH + IV_LENGTH + TAG_LENGTH) return undefined;
  if (blob[0] !== ENVELOPE_VERSION) return undefined;
  const header = blob.slice(0, HEADER_LENGTH);
  return {
    header,
    keyId: bytesToUuid(header.subarray(1, 17)),
    materialVersion: new DataView(header.buffer).getUint32(17),
    iv: blob.slice(HEADER_LENGTH, HEADER_LENGTH + IV_LENGTH),
    sealed: blob.slice(HEADER_LENGTH + IV_LENGTH),
  };
}
