import { generateDataKeyFor, type DataKeyInput } from '../model/generateDataKeyFor';
import { defineOperation } from '../protocol/Handler';

/** As GenerateDataKey, but the plaintext key is dropped before it can reach the response. */
export const generateDataKeyWithoutPlaintext = defineOperation<DataKeyInput>(async (input, ctx) => {
  const { key, ciphertext } = await generateDataKeyFor(ctx, input, 'GenerateDataKeyWithoutPlaintext');
  return { CiphertextBlob: ciphertext, KeyId: key.Arn };
});
