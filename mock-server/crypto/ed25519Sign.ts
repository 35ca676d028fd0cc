import type { Bytes } from '../spec/Bytes';
import type { MaterialVersion } from '../store/records/KeyRecord';
import { ed25519Libraries, loadOnce } from './nobleLibraries';

const utf8 = new TextEncoder();

/*
 * @noble/curves Ed25519, loaded when a key needs it. WebCrypto's Ed25519 has no prehash variant, and
 * KMS's ED25519_PH_SHA_512 signs a SHA-512 digest the caller sends (MessageType DIGEST), so the
 * library builds Ed25519ph (RFC 8032 §5.1) whose prehash step is the identity: the digest is signed
 * as given. The two byte-formatting helpers below are RFC 8032's dom2 and clamping, which
 * noble's own ed25519ph uses but does not export.
 */
async function library() {
  const { ed25519, eddsa, sha512 } = await ed25519Libraries();
  const dom2 = (data: Uint8Array, context: Uint8Array, prehashed: boolean): Uint8Array => {
    const prefix = utf8.encode('SigEd25519 no Ed25519 collisions');
    const out = new Uint8Array(prefix.length + 2 + context.length + data.length);
    out.set(prefix);
    out.set([prehashed ? 1 : 0, context.length], prefix.length);
    out.set(context, prefix.length + 2);
    out.set(data, prefix.length + 2 + context.length);
    return out;
  };
  const clamp = (bytes: Uint8Array): Uint8Array => {
    bytes[0] &= 248;
    bytes[31] &= 127;
    bytes[31] |= 64;
    return bytes;
  };
  const ed25519phOfDigest = eddsa(ed25519.Point, sha512, { adjustScalarBytes: clamp, domain: dom2, prehash: (digest: Uint8Array) => digest });
  return { ed25519, ed25519phOfDigest };
}

const ed = loadOnce(library);

/** A new Ed25519 pair: the 32-byte seed is the secret, the 32-byte point the public key. */
export async function ed25519Material(): Promise<{ secret: Bytes; publicBytes: Bytes }> {
  const { ed25519 } = await ed();
  const { secretKey, publicKey } = ed25519.keygen();
  return { secret: new Uint8Array(secretKey), publicBytes: new Uint8Array(publicKey) };
}

/** ED25519_SHA_512 signs the RAW message (PureEdDSA); ED25519_PH_SHA_512 signs a 64-byte SHA-512 digest (Ed25519ph). */
export async function ed25519Sign(material: MaterialVersion, prehashed: boolean, message: Bytes): Promise<Bytes> {
  if (!material.secret) throw new Error('Ed25519 material has no secret');
  const { ed25519, ed25519phOfDigest } = await ed();
  return new Uint8Array((prehashed ? ed25519phOfDigest : ed25519).sign(message, material.secret));
}

export async function ed25519Verify(material: MaterialVersion, prehashed: boolean, message: Bytes, signature: Bytes): Promise<boolean> {
  if (!material.publicBytes) throw new Error('Ed25519 material has no public key');
  const { ed25519, ed25519phOfDigest } = await ed();
  try {
    // zip215 false: RFC 8032's strict rules, which OpenSSL applies too.
    return (prehashed ? ed25519phOfDigest : ed25519).verify(signature, message, material.publicBytes, { zip215: false });
  } catch {
    return false;
  }
}
