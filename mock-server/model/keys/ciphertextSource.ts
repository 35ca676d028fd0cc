import { openEnvelope } from '../../crypto/aesGcm';
import { parseEnvelope } from '../../crypto/envelope';
import { oaepDecrypt } from '../../crypto/rsaOaep';
import type { Bytes, EncryptionAlgorithmSpec, EncryptionContext } from '../../spec';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';
import { incorrectKey, invalidCiphertext, validation } from '../../wire/errors';
import { findKey } from './findKey';
import type { KeyUse } from './KeyUse';
import { usableKey } from './usableKey';

export interface CiphertextRequest {
  readonly blob: Bytes;
  /** The KeyId (Decrypt) or SourceKeyId (ReEncrypt) the caller named, if any. */
  readonly keyId?: string;
  readonly context?: EncryptionContext;
  readonly algorithm: EncryptionAlgorithmSpec;
  /** 'Decrypt' or 'ReEncryptFrom'. */
  readonly action: string;
  /** ReEncrypt takes symmetric encryption keys only (QKMS's rule). */
  readonly symmetricOnly?: boolean;
}

/** A ciphertext whose key the caller may use; `open` decrypts it (the operation's act step). */
export interface CiphertextSource {
  readonly key: KeyRecord;
  /** The KeyMaterialId of the material that encrypted it. */
  readonly materialId: string;
  readonly open: () => Promise<Bytes>;
}

/**
 * Decrypt's and ReEncrypt's source key, through the usable-key step. A symmetric ciphertext names
 * its own key, so an unknown key there is a bad ciphertext (InvalidCiphertextException), not
 * NotFoundException; a key the caller names that did not encrypt it is IncorrectKeyException,
 * except an asymmetric encryption key, whose usable-key check explains the algorithm mismatch.
 */
export async function ciphertextSource(ctx: Context, request: CiphertextRequest): Promise<CiphertextSource> {
  const named = request.keyId === undefined ? undefined : await findKey(ctx, request.keyId);
  const use = {
    action: request.action,
    usage: 'ENCRYPT_DECRYPT',
    encryptionAlgorithm: request.algorithm,
    context: request.context,
    symmetricOnly: request.symmetricOnly,
  } as const;
  if (request.algorithm !== 'SYMMETRIC_DEFAULT') {
    if (!named) throw validation(`KeyId is required to decrypt with ${request.algorithm}; an RSA ciphertext does not name its key.`);
    return rsaSource(ctx, named, request, use);
  }
  if (named?.KeyUsage === 'ENCRYPT_DECRYPT' && named.KeySpec !== 'SYMMETRIC_DEFAULT') await usableKey(ctx, named, use);
  if (named && named.KeySpec !== 'SYMMETRIC_DEFAULT') throw incorrectKey();
  const envelope = parseEnvelope(request.blob);
  if (!envelope) throw invalidCiphertext();
  if (named && named.KeyId !== envelope.keyId) throw incorrectKey();
  const owner = named ?? (await ctx.store.get('keys', envelope.keyId));
  if (!owner || owner.KeySpec !== 'SYMMETRIC_DEFAULT') throw invalidCiphertext();
  const { key } = await usableKey(ctx, owner, use);
  const material = key.materials.find((m) => m.version === envelope.materialVersion);
  const aes = material?.keys['AES-GCM'];
  if (!material || !aes) throw invalidCiphertext();
  return {
    key,
    materialId: material.id,
    open: async () => {
      const plaintext = await ctx.unlocked(() => openEnvelope(ctx.cryptoEngine.aesGcm, aes, envelope, request.context));
      if (!plaintext) throw invalidCiphertext();
      return plaintext;
    },
  };
}

async function rsaSource(
  ctx: Context,
  named: KeyRecord,
  request: CiphertextRequest,
  use: KeyUse,
): Promise<CiphertextSource> {
  const { key } = await usableKey(ctx, named, use);
  const { algorithm } = request;
  if (algorithm !== 'RSAES_OAEP_SHA_1' && algorithm !== 'RSAES_OAEP_SHA_256') {
    throw new Error(`the key-spec table let ${algorithm} through for ${key.KeySpec}`);
  }
  const material = key.materials[0];
  return {
    key,
    materialId: material.id,
    open: async () => {
      const plaintext = await ctx.unlocked(() => oaepDecrypt(material, algorithm, request.blob));
      if (!plaintext) throw invalidCiphertext();
      return plaintext;
    },
  };
}
