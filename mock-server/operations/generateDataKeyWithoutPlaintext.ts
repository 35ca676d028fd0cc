import { dataKeyFor } from '../model/keys/dataKeyFor';
import { dryRunOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/** As GenerateDataKey, but the plaintext key is dropped before it can reach the response. */
export const generateDataKeyWithoutPlaintext: Operation<'GenerateDataKeyWithoutPlaintext'> = async (input, ctx) => {
  const { key, generate } = await dataKeyFor(ctx, input, 'GenerateDataKeyWithoutPlaintext');
  if (input.DryRun) throw dryRunOperation();
  const dataKey = await generate();
  return { CiphertextBlob: dataKey.ciphertext, KeyId: key.Arn, KeyMaterialId: dataKey.materialId };
};
