import { authorize } from '../model/authorize';
import { findGrant } from '../model/findGrant';
import { resolveKey } from '../model/resolveKey';
import { dryRunOperation } from '../protocol/errors';
import { defineOperation } from '../protocol/Handler';

interface RevokeGrantInput {
  readonly KeyId: string;
  readonly GrantId: string;
  readonly DryRun?: boolean;
}

export const revokeGrant = defineOperation<RevokeGrantInput>(async (input, ctx) => {
  const key = await resolveKey(ctx, input.KeyId);
  const grant = await findGrant(ctx.store, key, input.GrantId);
  await authorize(ctx, key, 'RevokeGrant');
  if (input.DryRun) throw dryRunOperation();
  await ctx.store.delete('grants', grant.GrantId);
  return {};
});
