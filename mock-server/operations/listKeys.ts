import type { KeyRecord } from '../model/KeyRecord';
import { paginate } from '../model/paginate';
import { defineOperation } from '../protocol/Handler';

interface ListKeysInput {
  readonly Limit?: number;
  readonly Marker?: string;
}

/** The caller's account's keys, oldest first. */
export const listKeys = defineOperation<ListKeysInput>(async (input, ctx) => {
  const keys = (await ctx.store.list<KeyRecord>('keys')).filter((key) => key.AWSAccountId === ctx.callerAccount);
  const page = paginate(keys, (key) => key.KeyId, input.Limit ?? 100, input.Marker);
  return {
    Keys: page.items.map((key) => ({ KeyId: key.KeyId, KeyArn: key.Arn })),
    NextMarker: page.NextMarker,
    Truncated: page.Truncated,
  };
});
