import { generateMac as hmac } from '../crypto/hmacMac';
import { currentMaterial } from '../model/keys/currentMaterial';
import { usableKey } from '../model/keys/usableKey';
import { dryRunOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const generateMac: Operation<'GenerateMac'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'GenerateMac', usage: 'GENERATE_VERIFY_MAC', macAlgorithm: input.MacAlgorithm });
  if (input.DryRun) throw dryRunOperation();
  const material = currentMaterial(key);
  const mac = await ctx.unlocked(() => hmac(ctx.cryptoEngine.hmac, material, input.Message));
  return { Mac: mac, MacAlgorithm: input.MacAlgorithm, KeyId: key.Arn };
};
