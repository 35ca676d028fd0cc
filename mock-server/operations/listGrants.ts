import { authorize } from '../model/authorize';
import type { GrantRecord } from '../model/GrantRecord';
import { grantListEntry } from '../model/grantListEntry';
import { paginate } from '../model/paginate';
import { resolveKey } from '../model/resolveKey';
import { defineOperation } from '../protocol/Handler';

interface ListGrantsInput {
  readonly Limit?: number;
  readonly Marker?: string;
  readonly KeyId: string;
  readonly GrantId?: string;
  readonly GranteePrincipal?: string;
}

export const listGrants = defineOperation<ListGrantsInput>(async (input, ctx) => {
  const key = await resolveKey(ctx, input.KeyId);
  await authorize(ctx, key, 'ListGrants');
  const grants = (await ctx.store.list<GrantRecord>('grants')).filter(
    (grant) =>
      grant.KeyId === key.Arn &&
      (input.GrantId === undefined || grant.GrantId === input.GrantId) &&
      (input.GranteePrincipal === undefined || grant.GranteePrincipal === input.GranteePrincipal),
  );
  const page = paginate(grants, (grant) => grant.GrantId, input.Limit ?? 50, input.Marker);
  return { Grants: page.items.map(grantListEntry), NextMarker: page.NextMarker, Truncated: page.Truncated };
});
