import type { Bytes } from '../crypto/Bytes';
import { sealEnvelope } from '../crypto/aesGcm';
import { IV_LENGTH } from '../crypto/envelope';
import { maxOaepPlaintext, oaepEncrypt } from '../crypto/rsaOaep';
import { validation } from '../protocol/errors';
import type { Context } from '../protocol/Context';
import type { KeyRecord } from './KeyRecord';
import type { EncryptionAlgorithm, EncryptionContext } from './wireTypes';

const RSA_BITS: Readonly<Record<string, number>> = { RSA_2048: 2048, RSA_3072: 3072, RSA_4096: 4096 };

/**
 * Encrypts under a key already checked for usage and algorithm: symmetric keys with their newest
 * material into our envelope, RSA keys with raw RSA-OAEP.
 */
export async function sealCiphertext(
  ctx: Context,
  key: KeyRecord,
  plaintext: Bytes,
  context: EncryptionContext | undefined,
  algorithm: EncryptionAlgorithm,
): Promise<Bytes> {
  const material = key.materials[key.materials.length - 1];
  if (algorithm === 'SYMMETRIC_DEFAULT') {
    const aes = material.keys['AES-GCM'];
    if (!aes) throw new Error(`key ${key.KeyId} has no AES-GCM material`);
    return sealEnvelope(aes, { keyId: key.KeyId, materialVersion: material.version }, plaintext, context, ctx.random(IV_LENGTH));
  }
  if (algorithm === 'SM2PKE') throw new Error('SM2 keys cannot exist in QKMS');
  if (context !== undefined && Object.keys(context).length > 0) {
    throw validation('EncryptionContext is not supported with asymmetric KMS keys.');
  }
  const max = maxOaepPlaintext(RSA_BITS[key.KeySpec], algorithm);
  if (plaintext.length > max) {
    throw validation(`Plaintext is ${plaintext.length} bytes; ${algorithm} with a ${key.KeySpec} key takes at most ${max} bytes.`);
  }
  return oaepEncrypt(material, algorithm, plaintext);
}
