import { authorize } from '../model/authorize';
import { resolveKey } from '../model/resolveKey';
import { defineOperation } from '../protocol/Handler';

interface EnableKeyInput {
  readonly KeyId: string;
}

export const enableKey = defineOperation<EnableKeyInput>(async (input, ctx) => {
  const key = await resolveKey(ctx, input.KeyId);
  await authorize(ctx, key, 'EnableKey');
  await ctx.store.put('keys', key.KeyId, { ...key, KeyState: 'Enabled' });
  return {};
});
