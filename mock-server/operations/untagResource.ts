import { usableKey } from '../model/keys/usableKey';
import { tagError } from '../wire/errors';
import type { Operation } from '../wire/Operation';

export const untagResource: Operation<'UntagResource'> = async (input, ctx) => {
  const reserved = input.TagKeys.find((tagKey) => tagKey.toLowerCase().startsWith('aws:'));
  if (reserved !== undefined) throw tagError(`Tag key ${reserved} begins with aws:, which is reserved for AWS.`);
  const { key } = await usableKey(ctx, input.KeyId, { action: 'UntagResource' });
  // A tag key the key does not have is no error: the key ends up without it either way.
  const removed = new Set(input.TagKeys);
  await ctx.store.put('keys', key.KeyId, { ...key, tags: key.tags.filter((tag) => !removed.has(tag.TagKey)) });
  return {};
};
