import { verifyMac as hmacVerify } from '../crypto/hmacMac';
import { currentMaterial } from '../model/keys/currentMaterial';
import { usableKey } from '../model/keys/usableKey';
import { dryRunOperation, invalidMac } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const verifyMac: Operation<'VerifyMac'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'VerifyMac', usage: 'GENERATE_VERIFY_MAC', macAlgorithm: input.MacAlgorithm });
  if (input.DryRun) throw dryRunOperation();
  // KMS answers a MAC that does not verify with an error, never with MacValid false.
  if (!(await hmacVerify(ctx.cryptoEngine.hmac, currentMaterial(key), input.Message, input.Mac))) throw invalidMac();
  return { KeyId: key.Arn, MacValid: true, MacAlgorithm: input.MacAlgorithm };
};
