import { grantListEntry } from '../model/grants/grantListEntry';
import { usableKey } from '../model/keys/usableKey';
import { paginate } from '../model/paging/paginate';
import type { Operation } from '../wire/Operation';

export const listGrants: Operation<'ListGrants'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'ListGrants' });
  const grants = (await ctx.store.list('grants')).filter(
    (grant) =>
      grant.KeyId === key.Arn &&
      (input.GrantId === undefined || grant.GrantId === input.GrantId) &&
      (input.GranteePrincipal === undefined || grant.GranteePrincipal === input.GranteePrincipal),
  );
  const page = paginate(grants, (grant) => grant.GrantId, input.Limit ?? 50, input.Marker);
  return { Grants: page.items.map(grantListEntry), NextMarker: page.NextMarker, Truncated: page.Truncated };
};
