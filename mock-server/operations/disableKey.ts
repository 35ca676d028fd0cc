import { usableKey } from '../model/keys/usableKey';
import type { Operation } from '../wire/Operation';

export const disableKey: Operation<'DisableKey'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'DisableKey' });
  await ctx.store.put('keys', key.KeyId, { ...key, KeyState: 'Disabled' });
  return {};
};
