import { ciphertextSource } from '../model/keys/ciphertextSource';
import { refuseRecipient } from '../model/keys/refuseRecipient';
import { dryRunOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const decrypt: Operation<'Decrypt'> = async (input, ctx) => {
  refuseRecipient(input.Recipient);
  const algorithm = input.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
  const source = await ciphertextSource(ctx, {
    blob: input.CiphertextBlob,
    keyId: input.KeyId,
    context: input.EncryptionContext,
    algorithm,
    action: 'Decrypt',
  });
  if (input.DryRun) throw dryRunOperation();
  const plaintext = await source.open();
  return {
    KeyId: source.key.Arn,
    Plaintext: plaintext,
    EncryptionAlgorithm: algorithm,
    CiphertextForRecipient: undefined,
    KeyMaterialId: source.materialId,
  };
};
