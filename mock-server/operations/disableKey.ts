import { authorize } from '../model/authorize';
import { resolveKey } from '../model/resolveKey';
import { defineOperation } from '../protocol/Handler';

interface DisableKeyInput {
  readonly KeyId: string;
}

export const disableKey = defineOperation<DisableKeyInput>(async (input, ctx) => {
  const key = await resolveKey(ctx, input.KeyId);
  await authorize(ctx, key, 'DisableKey');
  await ctx.store.put('keys', key.KeyId, { ...key, KeyState: 'Disabled' });
  return {};
});
