import { ciphertextSource } from '../model/keys/ciphertextSource';
import { dryRunCiphertext } from '../model/keys/dryRunCiphertext';
import { refuseRecipient } from '../model/keys/refuseRecipient';
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
  if (input.DryRun) await dryRunCiphertext(source, input.DryRunModifiers);
  const plaintext = await source.open();
  return {
    KeyId: source.key.Arn,
    Plaintext: plaintext,
    EncryptionAlgorithm: algorithm,
    CiphertextForRecipient: undefined,
    KeyMaterialId: source.materialId,
  };
};
