import { sealCiphertext } from '../model/keys/sealCiphertext';
import { usableKey } from '../model/keys/usableKey';
import { dryRunOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const encrypt: Operation<'Encrypt'> = async (input, ctx) => {
  const algorithm = input.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
  const { key } = await usableKey(ctx, input.KeyId, {
    action: 'Encrypt',
    usage: 'ENCRYPT_DECRYPT',
    encryptionAlgorithm: algorithm,
    context: input.EncryptionContext,
  });
  if (input.DryRun) throw dryRunOperation();
  const sealed = await sealCiphertext(ctx, key, input.Plaintext, input.EncryptionContext, algorithm);
  return { CiphertextBlob: sealed.ciphertext, KeyId: key.Arn, EncryptionAlgorithm: algorithm, KeyMaterialId: sealed.materialId };
};
