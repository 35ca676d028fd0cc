import { findGrant } from '../model/grants/findGrant';
import { usableKey } from '../model/keys/usableKey';
import { dryRunOperation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const revokeGrant: Operation<'RevokeGrant'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'RevokeGrant' });
  const grant = await findGrant(ctx.store, key, input.GrantId);
  if (input.DryRun) throw dryRunOperation();
  await ctx.store.delete('grants', grant.GrantId);
  return {};
};
