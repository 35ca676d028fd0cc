import { authorize } from '../model/authorize';
import { epochSeconds } from '../model/epochSeconds';
import { paginate } from '../model/paginate';
import { resolveKey } from '../model/resolveKey';
import { unsupportedOperation } from '../protocol/errors';
import { defineOperation } from '../protocol/Handler';

interface ListKeyRotationsInput {
  readonly KeyId: string;
  readonly Limit?: number;
  readonly Marker?: string;
}

export const listKeyRotations = defineOperation<ListKeyRotationsInput>(async (input, ctx) => {
  const key = await resolveKey(ctx, input.KeyId);
  if (key.KeySpec !== 'SYMMETRIC_DEFAULT') {
    throw unsupportedOperation(`${key.Arn} is a ${key.KeySpec} key; only SYMMETRIC_DEFAULT keys have rotations.`);
  }
  await authorize(ctx, key, 'ListKeyRotations');
  const rotations = key.rotations.map((rotation, index) => ({ ...rotation, marker: String(index + 1) }));
  const page = paginate(rotations, (rotation) => rotation.marker, input.Limit ?? 100, input.Marker);
  return {
    Rotations: page.items.map((rotation) => ({
      KeyId: key.Arn,
      RotationDate: epochSeconds(rotation.rotationDate),
      RotationType: rotation.rotationType,
    })),
    NextMarker: page.NextMarker,
    Truncated: page.Truncated,
  };
});
