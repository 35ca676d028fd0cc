import { usableKey } from '../model/keys/usableKey';
import { checkPolicyName, POLICY_NAME } from '../model/policy/checkPolicyName';
import { defaultKeyPolicy } from '../model/policy/defaultKeyPolicy';
import type { Operation } from '../wire/Operation';

/** The key policy as it was put (the text, not a re-serialization), or the default policy's document. */
export const getKeyPolicy: Operation<'GetKeyPolicy'> = async (input, ctx) => {
  checkPolicyName(input.PolicyName);
  const { key } = await usableKey(ctx, input.KeyId, { action: 'GetKeyPolicy' });
  return { Policy: key.policy ?? defaultKeyPolicy(key.AWSAccountId), PolicyName: POLICY_NAME };
};
