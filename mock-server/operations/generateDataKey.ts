import { dataKeyFor } from '../model/keys/dataKeyFor';
import { refuseRecipient } from '../model/keys/refuseRecipient';
import { dryRunOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const generateDataKey: Operation<'GenerateDataKey'> = async (input, ctx) => {
  refuseRecipient(input.Recipient);
  const { key, generate } = await dataKeyFor(ctx, input, 'GenerateDataKey');
  if (input.DryRun) throw dryRunOperation();
  const dataKey = await generate();
  return {
    CiphertextBlob: dataKey.ciphertext,
    Plaintext: dataKey.plaintext,
    KeyId: key.Arn,
    CiphertextForRecipient: undefined,
    KeyMaterialId: dataKey.materialId,
  };
};
