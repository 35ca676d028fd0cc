import type { Bytes } from '../spec/Bytes';
import type { EncryptionContext } from '../spec';
import type { AesGcmCipher } from './CryptoEngine';
import { canonicalContext } from './canonicalContext';
import { encodeHeader, IV_LENGTH, joinEnvelope, type Envelope, type EnvelopeHeader } from './envelope';

function aad(header: Bytes, context: EncryptionContext | undefined): Bytes {
  const encoded = canonicalContext(context);
  const out = new Uint8Array(header.length + encoded.length);
  out.set(header, 0);
  out.set(encoded, header.length);
  return out;
}

/** Encrypts into an envelope (see envelope.ts) with AES-256-GCM. */
export async function sealEnvelope(
  aesGcm: AesGcmCipher,
  key: CryptoKey,
  header: EnvelopeHeader,
  plaintext: Bytes,
  context: EncryptionContext | undefined,
  iv: Bytes,
): Promise<Bytes> {
  if (iv.length !== IV_LENGTH) throw new RangeError('AES-GCM IV must be 12 bytes');
  const headerBytes = encodeHeader(header);
  const sealed = await aesGcm.encrypt(key, iv, aad(headerBytes, context), plaintext);
  return joinEnvelope(headerBytes, iv, sealed);
}

/** Decrypts an envelope; undefined when authentication fails (tampering, wrong key or context). */
export async function openEnvelope(
  aesGcm: AesGcmCipher,
  key: CryptoKey,
  envelope: Envelope,
  context: EncryptionContext | undefined,
): Promise<Bytes | undefined> {
  try {
    return await aesGcm.decrypt(key, envelope.iv, aad(envelope.header, context), envelope.sealed);
  } catch {
    return undefined;
  }
}
