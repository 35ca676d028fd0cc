import type { GrantRecord } from '../../store/records/GrantRecord';
import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';
import { accessDenied } from '../../wire/errors';
import { grantAllows } from '../grants/grantAllows';
import type { KeyUse } from '../keys/KeyUse';
import { evaluatePolicy } from './evaluatePolicy';
import { keyPolicyOf } from './keyPolicyOf';
import { requestConditionValues } from './requestConditionValues';

/** Why the caller may act: its own standing (key policy, or a principal the operation names), or grants. */
export type Authorization =
  | { readonly by: 'policy' }
  | { readonly by: 'operation' }
  | { readonly by: 'grants'; readonly grants: readonly GrantRecord[] };

/**
 * Key policy first: an explicit Deny there refuses whatever grants say; an Allow whose conditions
 * hold lets the caller in; otherwise the live grants on the key that give the caller the action
 * under the request's encryption context. `requestAlias` is the alias name the request used for
 * the key (kms:RequestAlias), if it used one.
 */
export async function authorize(ctx: Context, key: KeyRecord, use: KeyUse, requestAlias?: string): Promise<Authorization> {
  if (use.alsoAllowed?.(ctx.caller)) return { by: 'operation' };
  const decision = evaluatePolicy(keyPolicyOf(key), {
    caller: ctx.caller,
    action: use.action,
    conditions: () => requestConditionValues(ctx, key, use, requestAlias),
  });
  if (decision === 'allow') return { by: 'policy' };
  if (decision === 'none') {
    const grants = (await ctx.store.list('grants')).filter(
      (grant) => grant.KeyId === key.Arn && grantAllows(grant, ctx.caller, use.action, use.context),
    );
    if (grants.length > 0) return { by: 'grants', grants };
  }
  const because =
    decision === 'deny'
      ? 'with an explicit deny in a resource-based policy'
      : `because no resource-based policy allows the kms:${use.action} action`;
  throw accessDenied(`User: ${ctx.caller} is not authorized to perform: kms:${use.action} on resource: ${key.Arn} ${because}`);
}
