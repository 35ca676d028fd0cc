import { accessDenied } from '../protocol/errors';
import type { Context } from '../protocol/Context';
import type { GrantRecord } from './GrantRecord';
import { grantAllows } from './grantAllows';
import type { KeyRecord } from './KeyRecord';
import { policyDecision } from './policyDecision';
import type { EncryptionContext } from './wireTypes';

/**
 * Key policy first (an explicit Deny wins), then the live grants on the key. `action` is the
 * KMS action without its prefix, e.g. 'ReEncryptFrom'.
 */
export async function authorize(
  ctx: Context,
  key: KeyRecord,
  action: string,
  context?: EncryptionContext,
): Promise<void> {
  const decision = policyDecision(key.policy, key.AWSAccountId, ctx.caller, action);
  if (decision === 'allow') return;
  if (decision === 'none') {
    const grants = await ctx.store.list<GrantRecord>('grants');
    if (grants.some((grant) => grant.KeyId === key.Arn && grantAllows(grant, ctx.caller, action, context))) return;
  }
  const because =
    decision === 'deny'
      ? 'with an explicit deny in a resource-based policy'
      : `because no resource-based policy allows the kms:${action} action`;
  throw accessDenied(`User: ${ctx.caller} is not authorized to perform: kms:${action} on resource: ${key.Arn} ${because}`);
}
