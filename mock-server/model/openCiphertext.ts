import type { Bytes } from '../crypto/Bytes';
import { openEnvelope } from '../crypto/aesGcm';
import { parseEnvelope } from '../crypto/envelope';
import { oaepDecrypt } from '../crypto/rsaOaep';
import { incorrectKey, invalidCiphertext, invalidKeyUsage, validation } from '../protocol/errors';
import type { Context } from '../protocol/Context';
import { authorize } from './authorize';
import type { KeyRecord } from './KeyRecord';
import { keyStateError } from './keyStateRules';
import { requireEncryptionKey } from './requireEncryptionKey';
import { resolveKey } from './resolveKey';
import type { EncryptionAlgorithm, EncryptionContext } from './wireTypes';

export interface OpenRequest {
  readonly blob: Bytes;
  /** The KeyId (Decrypt) or SourceKeyId (ReEncrypt) the caller named, if any. */
  readonly keyId?: string;
  readonly context?: EncryptionContext;
  readonly algorithm: EncryptionAlgorithm;
  /** 'Decrypt' or 'ReEncryptFrom'. */
  readonly action: string;
}

export interface Opened {
  readonly key: KeyRecord;
  readonly plaintext: Bytes;
}

/**
 * Decrypt's and ReEncrypt's source half. A symmetric ciphertext names its own key, so an unknown
 * key there is a bad ciphertext (InvalidCiphertextException), not NotFoundException; a key the
 * caller names must be that key (IncorrectKeyException).
 */
export async function openCiphertext(ctx: Context, request: OpenRequest): Promise<Opened> {
  const named = request.keyId === undefined ? undefined : await resolveKey(ctx, request.keyId, { checkState: false });
  if (request.algorithm !== 'SYMMETRIC_DEFAULT') return openAsymmetric(ctx, request, named);
  if (named && named.KeySpec !== 'SYMMETRIC_DEFAULT') {
    throw invalidKeyUsage(`The encryption algorithm SYMMETRIC_DEFAULT is not valid for ${named.Arn} (${named.KeySpec}).`);
  }
  const envelope = parseEnvelope(request.blob);
  if (!envelope) throw invalidCiphertext();
  if (named && named.KeyId !== envelope.keyId) throw incorrectKey();
  const key = named ?? (await ctx.store.get<KeyRecord>('keys', envelope.keyId));
  if (!key || key.KeySpec !== 'SYMMETRIC_DEFAULT') throw invalidCiphertext();
  const stateError = keyStateError(ctx.operation, key.Arn, key.KeyState);
  if (stateError) throw stateError;
  await authorize(ctx, key, request.action, request.context);
  const material = key.materials.find((m) => m.version === envelope.materialVersion)?.keys['AES-GCM'];
  const plaintext = material && (await openEnvelope(material, envelope, request.context));
  if (!plaintext) throw invalidCiphertext();
  return { key, plaintext };
}

async function openAsymmetric(ctx: Context, request: OpenRequest, named: KeyRecord | undefined): Promise<Opened> {
  if (!named) throw validation(`KeyId is required to decrypt with ${request.algorithm}; an RSA ciphertext does not name its key.`);
  const stateError = keyStateError(ctx.operation, named.Arn, named.KeyState);
  if (stateError) throw stateError;
  requireEncryptionKey(ctx, named, request.algorithm);
  await authorize(ctx, named, request.action, request.context);
  const { algorithm } = request;
  if (algorithm === 'SYMMETRIC_DEFAULT' || algorithm === 'SM2PKE') throw new Error(`no RSA key supports ${algorithm}`);
  const plaintext = await oaepDecrypt(named.materials[0], algorithm, request.blob);
  if (!plaintext) throw invalidCiphertext();
  return { key: named, plaintext };
}
