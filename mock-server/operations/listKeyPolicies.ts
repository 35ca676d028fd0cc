import { usableKey } from '../model/keys/usableKey';
import { paginate } from '../model/paging/paginate';
import { POLICY_NAME } from '../model/policy/checkPolicyName';
import type { Operation } from '../wire/Operation';

/** Every key has exactly one key policy, default; the list pages like the other List operations all the same. */
export const listKeyPolicies: Operation<'ListKeyPolicies'> = async (input, ctx) => {
  await usableKey(ctx, input.KeyId, { action: 'ListKeyPolicies' });
  const page = paginate([POLICY_NAME], (name) => name, input.Limit ?? 100, input.Marker);
  return { PolicyNames: page.items, NextMarker: page.NextMarker, Truncated: page.Truncated };
};
