import { generateMaterial } from '../crypto/generateMaterial';
import { authorize } from '../model/authorize';
import type { KeyRecord } from '../model/KeyRecord';
import { resolveKey } from '../model/resolveKey';
import { unsupportedOperation } from '../protocol/errors';
import { defineOperation } from '../protocol/Handler';

interface RotateKeyOnDemandInput {
  readonly KeyId: string;
}

/** Appends a material version: new encryptions use it, old ciphertexts still name theirs. */
export const rotateKeyOnDemand = defineOperation<RotateKeyOnDemandInput>(async (input, ctx) => {
  const key = await resolveKey(ctx, input.KeyId);
  if (key.KeySpec !== 'SYMMETRIC_DEFAULT') {
    throw unsupportedOperation(`${key.Arn} is a ${key.KeySpec} key; only SYMMETRIC_DEFAULT keys can be rotated.`);
  }
  await authorize(ctx, key, 'RotateKeyOnDemand');
  const now = ctx.now().getTime();
  const version = key.materials[key.materials.length - 1].version + 1;
  const material = await generateMaterial('SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT', version, now, ctx.random);
  const rotated: KeyRecord = {
    ...key,
    materials: [...key.materials, material],
    rotations: [...key.rotations, { rotationDate: now, rotationType: 'ON_DEMAND' }],
  };
  await ctx.store.put('keys', key.KeyId, rotated);
  return { KeyId: key.Arn };
});
