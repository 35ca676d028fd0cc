import { usableKey } from '../model/keys/usableKey';
import { paginate } from '../model/paging/paginate';
import type { Operation } from '../wire/Operation';

/** The key's tags in the order they were added (a replaced value keeps its place). */
export const listResourceTags: Operation<'ListResourceTags'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'ListResourceTags' });
  const page = paginate(key.tags, (tag) => tag.TagKey, input.Limit ?? 50, input.Marker);
  return { Tags: page.items.map((tag) => ({ TagKey: tag.TagKey, TagValue: tag.TagValue })), NextMarker: page.NextMarker, Truncated: page.Truncated };
};
