import { sealEnvelope } from '../../crypto/aesGcm';
import { IV_LENGTH } from '../../crypto/envelope';
import { oaepEncrypt } from '../../crypto/rsaOaep';
import type { Bytes, EncryptionAlgorithmSpec, EncryptionContext } from '../../spec';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';
import { validation } from '../../wire/errors';
import { noteCiphertextContext } from './ciphertextContexts';
import { currentMaterial } from './currentMaterial';
import { maxPlaintextFor } from './keySpecs';

export interface Sealed {
  readonly ciphertext: Bytes;
  /** The KeyMaterialId of the material that encrypted it. */
  readonly materialId: string;
}

/**
 * Encrypts under a key the usable-key step has passed for `algorithm`: symmetric keys with their
 * newest material into our envelope, RSA keys with raw RSA-OAEP.
 */
export async function sealCiphertext(
  ctx: Context,
  key: KeyRecord,
  plaintext: Bytes,
  context: EncryptionContext | undefined,
  algorithm: EncryptionAlgorithmSpec,
): Promise<Sealed> {
  const material = currentMaterial(key);
  if (algorithm === 'SYMMETRIC_DEFAULT') {
    const aes = material.keys['AES-GCM'];
    if (!aes) throw new Error(`key ${key.KeyId} has no AES-GCM material`);
    const header = { keyId: key.KeyId, materialVersion: material.version };
    const iv = ctx.random(IV_LENGTH);
    const ciphertext = await ctx.unlocked(() => sealEnvelope(ctx.cryptoEngine.aesGcm, aes, header, plaintext, context, iv));
    await noteCiphertextContext(ctx.store, iv, context);
    return { ciphertext, materialId: material.id };
  }
  if (algorithm === 'SM2PKE') throw new Error('SM2 keys cannot exist in QKMS');
  if (context !== undefined && Object.keys(context).length > 0) {
    throw validation('EncryptionContext is not supported with asymmetric KMS keys.');
  }
  const max = maxPlaintextFor(key, algorithm) ?? 0;
  if (plaintext.length > max) {
    throw validation(`Plaintext is ${plaintext.length} bytes; ${algorithm} with a ${key.KeySpec} key takes at most ${max} bytes.`);
  }
  return { ciphertext: await ctx.unlocked(() => oaepEncrypt(material, algorithm, plaintext)), materialId: material.id };
}
