import { generateDataKeyFor, type DataKeyInput } from '../model/generateDataKeyFor';
import { defineOperation } from '../protocol/Handler';

export const generateDataKey = defineOperation<DataKeyInput>(async (input, ctx) => {
  const { key, plaintext, ciphertext } = await generateDataKeyFor(ctx, input, 'GenerateDataKey');
  return { CiphertextBlob: ciphertext, Plaintext: plaintext, KeyId: key.Arn };
});
