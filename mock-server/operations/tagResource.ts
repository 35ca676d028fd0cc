import { usableKey } from '../model/keys/usableKey';
import { checkTags, mergeTags } from '../model/tags/checkTags';
import type { Operation } from '../wire/Operation';

export const tagResource: Operation<'TagResource'> = async (input, ctx) => {
  checkTags(input.Tags);
  const { key } = await usableKey(ctx, input.KeyId, { action: 'TagResource' });
  // The count limit depends on the tags the key already has.
  checkTags(input.Tags, key.tags);
  await ctx.store.put('keys', key.KeyId, { ...key, tags: mergeTags(key.tags, input.Tags) });
  return {};
};
