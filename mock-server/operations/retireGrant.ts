import { grantOfToken } from '../model/grants/checkGrantTokens';
import { findGrant } from '../model/grants/findGrant';
import { findKey } from '../model/keys/findKey';
import { usableKey } from '../model/keys/usableKey';
import type { GrantRecord } from '../store/records/GrantRecord';
import type { Context } from '../wire/Context';
import { dryRunOperation, validation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

/**
 * By grant token, or by KeyId and GrantId together. The grant's retiring principal, and its grantee
 * when the grant includes RetireGrant, may retire it whatever the key policy says; anyone else needs
 * kms:RetireGrant from the key policy.
 */
export const retireGrant: Operation<'RetireGrant'> = async (input, ctx) => {
  if (input.GrantToken === undefined && (input.KeyId === undefined || input.GrantId === undefined)) {
    throw validation('Either GrantToken, or both KeyId and GrantId, must be specified.');
  }
  const grant = await grantToRetire(ctx, input.GrantToken, input.KeyId, input.GrantId);
  await usableKey(ctx, grant.KeyId, {
    action: 'RetireGrant',
    alsoAllowed: (caller) =>
      grant.RetiringPrincipal === caller || (grant.GranteePrincipal === caller && grant.Operations.includes('RetireGrant')),
  });
  if (input.DryRun) throw dryRunOperation();
  await ctx.store.delete('grants', grant.GrantId);
  return {};
};

async function grantToRetire(ctx: Context, token?: string, keyId?: string, grantId?: string): Promise<GrantRecord> {
  if (token !== undefined) return grantOfToken(ctx.store, token);
  if (keyId === undefined || grantId === undefined) throw new Error('checked by retireGrant');
  return findGrant(ctx.store, await findKey(ctx, keyId), grantId);
}
