import { authorize } from '../model/authorize';
import { keyMetadata } from '../model/keyMetadata';
import { resolveKey } from '../model/resolveKey';
import { defineOperation } from '../protocol/Handler';

interface DescribeKeyInput {
  readonly KeyId: string;
}

export const describeKey = defineOperation<DescribeKeyInput>(async (input, ctx) => {
  const key = await resolveKey(ctx, input.KeyId);
  await authorize(ctx, key, 'DescribeKey');
  return { KeyMetadata: keyMetadata(key) };
});
