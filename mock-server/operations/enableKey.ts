import { usableKey } from '../model/keys/usableKey';
import type { Operation } from '../wire/Operation';

export const enableKey: Operation<'EnableKey'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'EnableKey' });
  await ctx.store.put('keys', key.KeyId, { ...key, KeyState: 'Enabled' });
  return {};
};
