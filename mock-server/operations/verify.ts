import { verifyWith } from '../crypto/signature';
import { checkSigningMessage } from '../model/keys/checkSigningMessage';
import { currentMaterial } from '../model/keys/currentMaterial';
import { usableKey } from '../model/keys/usableKey';
import { dryRunOperation, invalidSignature } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const verify: Operation<'Verify'> = async (input, ctx) => {
  const messageType = input.MessageType ?? 'RAW';
  checkSigningMessage(input.SigningAlgorithm, messageType, input.Message);
  const { key } = await usableKey(ctx, input.KeyId, {
    action: 'Verify',
    usage: 'SIGN_VERIFY',
    signingAlgorithm: input.SigningAlgorithm,
    conditions: { 'kms:MessageType': messageType },
  });
  if (input.DryRun) throw dryRunOperation();
  const signing = { spec: key.KeySpec, algorithm: input.SigningAlgorithm, message: input.Message, messageType };
  // KMS answers an invalid signature with an error, never with SignatureValid false.
  if (!(await verifyWith(ctx.cryptoEngine, currentMaterial(key), signing, input.Signature))) throw invalidSignature();
  return { KeyId: key.Arn, SignatureValid: true, SigningAlgorithm: input.SigningAlgorithm };
};
