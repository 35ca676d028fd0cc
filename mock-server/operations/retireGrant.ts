import type { GrantRecord } from '../model/GrantRecord';
import { findGrant } from '../model/findGrant';
import { isWellFormedGrantToken } from '../model/grantToken';
import type { KeyRecord } from '../model/KeyRecord';
import { policyDecision } from '../model/policyDecision';
import { resolveKey } from '../model/resolveKey';
import { accessDenied, dryRunOperation, invalidGrantToken, validation } from '../protocol/errors';
import type { Context } from '../protocol/Context';
import { defineOperation } from '../protocol/Handler';

interface RetireGrantInput {
  readonly GrantToken?: string;
  readonly KeyId?: string;
  readonly GrantId?: string;
  readonly DryRun?: boolean;
}

export const retireGrant = defineOperation<RetireGrantInput>(async (input, ctx) => {
  const grant = await grantToRetire(ctx, input);
  const key = await ctx.store.get<KeyRecord>('keys', grant.KeyId.slice(grant.KeyId.lastIndexOf('/') + 1));
  const mayRetire =
    grant.RetiringPrincipal === ctx.caller ||
    (grant.GranteePrincipal === ctx.caller && grant.Operations.includes('RetireGrant')) ||
    (key !== undefined && policyDecision(key.policy, key.AWSAccountId, ctx.caller, 'RetireGrant') === 'allow');
  if (!mayRetire) {
    throw accessDenied(
      `User: ${ctx.caller} is not authorized to perform: kms:RetireGrant on grant ${grant.GrantId}: only its retiring principal, a grantee with the RetireGrant operation, or the key's account may retire it`,
    );
  }
  if (input.DryRun) throw dryRunOperation();
  await ctx.store.delete('grants', grant.GrantId);
  return {};
});

/** By grant token, or by KeyId and GrantId together. */
async function grantToRetire(ctx: Context, input: RetireGrantInput): Promise<GrantRecord> {
  if (input.GrantToken !== undefined) {
    if (!isWellFormedGrantToken(input.GrantToken)) throw invalidGrantToken('The grant token is malformed.');
    const grant = (await ctx.store.list<GrantRecord>('grants')).find((g) => g.GrantToken === input.GrantToken);
    if (!grant) throw invalidGrantToken('The grant token does not belong to a live grant; it may have been retired or revoked.');
    return grant;
  }
  if (input.KeyId === undefined || input.GrantId === undefined) {
    throw validation('Either GrantToken, or both KeyId and GrantId, must be specified.');
  }
  const key = await resolveKey(ctx, input.KeyId);
  return findGrant(ctx.store, key, input.GrantId);
}
