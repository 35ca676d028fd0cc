import { dataKeyPairFor } from '../model/keys/dataKeyPairFor';
import { refuseRecipient } from '../model/keys/refuseRecipient';
import { dryRunOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const generateDataKeyPair: Operation<'GenerateDataKeyPair'> = async (input, ctx) => {
  refuseRecipient(input.Recipient);
  const { key, generate } = await dataKeyPairFor(ctx, input, 'GenerateDataKeyPair');
  if (input.DryRun) throw dryRunOperation();
  const pair = await generate();
  return {
    PrivateKeyCiphertextBlob: pair.privateKeyCiphertext,
    PrivateKeyPlaintext: pair.privateKey,
    PublicKey: pair.publicKey,
    KeyId: key.Arn,
    KeyPairSpec: input.KeyPairSpec,
    CiphertextForRecipient: undefined,
    KeyMaterialId: pair.materialId,
  };
};
