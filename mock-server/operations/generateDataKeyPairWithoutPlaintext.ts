import { dataKeyPairFor } from '../model/keys/dataKeyPairFor';
import { dryRunOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/** As GenerateDataKeyPair, but the plaintext private key is dropped before it can reach the response. */
export const generateDataKeyPairWithoutPlaintext: Operation<'GenerateDataKeyPairWithoutPlaintext'> = async (input, ctx) => {
  const { key, generate } = await dataKeyPairFor(ctx, input, 'GenerateDataKeyPairWithoutPlaintext');
  if (input.DryRun) throw dryRunOperation();
  const pair = await generate();
  return {
    PrivateKeyCiphertextBlob: pair.privateKeyCiphertext,
    PublicKey: pair.publicKey,
    KeyId: key.Arn,
    KeyPairSpec: input.KeyPairSpec,
    KeyMaterialId: pair.materialId,
  };
};
