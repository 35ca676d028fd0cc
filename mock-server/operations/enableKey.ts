import { resumeRotation } from '../model/keys/resumeRotation';
import { usableKey } from '../model/keys/usableKey';
import type { Operation } from '../wire/Operation';

export const enableKey: Operation<'EnableKey'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'EnableKey' });
  await ctx.store.put('keys', key.KeyId, await resumeRotation(ctx, { ...key, KeyState: 'Enabled' }));
  return {};
};
