import { keyMetadata } from '../model/keys/keyMetadata';
import { usableKey } from '../model/keys/usableKey';
import type { Operation } from '../wire/Operation';

export const describeKey: Operation<'DescribeKey'> = async (input, ctx) => {
  const { key, keyStore } = await usableKey(ctx, input.KeyId, { action: 'DescribeKey' });
  return { KeyMetadata: keyMetadata(key, keyStore) };
};
