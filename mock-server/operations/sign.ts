import { signWith } from '../crypto/signature';
import { checkSigningMessage } from '../model/keys/checkSigningMessage';
import { currentMaterial } from '../model/keys/currentMaterial';
import { usableKey } from '../model/keys/usableKey';
import { dryRunOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const sign: Operation<'Sign'> = async (input, ctx) => {
  const messageType = input.MessageType ?? 'RAW';
  checkSigningMessage(input.SigningAlgorithm, messageType, input.Message);
  const { key } = await usableKey(ctx, input.KeyId, {
    action: 'Sign',
    usage: 'SIGN_VERIFY',
    signingAlgorithm: input.SigningAlgorithm,
    conditions: { 'kms:MessageType': messageType },
  });
  if (input.DryRun) throw dryRunOperation();
  const material = currentMaterial(key);
  const signature = await ctx.unlocked(() =>
    signWith(ctx.cryptoEngine, material, { spec: key.KeySpec, algorithm: input.SigningAlgorithm, message: input.Message, messageType }),
  );
  return { KeyId: key.Arn, Signature: signature, SigningAlgorithm: input.SigningAlgorithm };
};
