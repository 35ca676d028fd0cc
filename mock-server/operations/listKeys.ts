import { paginate } from '../model/paging/paginate';
import type { Operation } from '../wire/Operation';

/** The caller's account's keys, oldest first. */
export const listKeys: Operation<'ListKeys'> = async (input, ctx) => {
  const keys = (await ctx.store.list('keys')).filter((key) => key.AWSAccountId === ctx.callerAccount);
  const page = paginate(keys, (key) => key.KeyId, input.Limit ?? 100, input.Marker);
  return {
    Keys: page.items.map((key) => ({ KeyId: key.KeyId, KeyArn: key.Arn })),
    NextMarker: page.NextMarker,
    Truncated: page.Truncated,
  };
};
