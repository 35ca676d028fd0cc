import { usableKey } from '../model/keys/usableKey';
import type { Operation } from '../wire/Operation';

/** Replaces the key's description; an empty string clears it. */
export const updateKeyDescription: Operation<'UpdateKeyDescription'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'UpdateKeyDescription' });
  await ctx.store.put('keys', key.KeyId, { ...key, Description: input.Description });
  return {};
};
