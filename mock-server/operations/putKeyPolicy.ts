import { usableKey } from '../model/keys/usableKey';
import { checkKeyPolicy } from '../model/policy/checkKeyPolicy';
import { checkPolicyName } from '../model/policy/checkPolicyName';
import { parsePolicy } from '../model/policy/parsePolicy';
import type { Operation } from '../wire/Operation';

/**
 * Replaces the key policy. The current policy decides whether the caller may; the new one must be
 * valid and, unless BypassPolicyLockoutSafetyCheck, keep letting the caller call PutKeyPolicy.
 */
export const putKeyPolicy: Operation<'PutKeyPolicy'> = async (input, ctx) => {
  checkPolicyName(input.PolicyName);
  parsePolicy(input.Policy);
  const { key } = await usableKey(ctx, input.KeyId, {
    action: 'PutKeyPolicy',
    conditions: { 'kms:BypassPolicyLockoutSafetyCheck': String(input.BypassPolicyLockoutSafetyCheck ?? false) },
  });
  checkKeyPolicy(ctx, input.Policy, key, input.BypassPolicyLockoutSafetyCheck);
  await ctx.store.put('keys', key.KeyId, { ...key, policy: input.Policy });
  return {};
};
