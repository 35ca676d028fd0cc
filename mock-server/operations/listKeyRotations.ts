import { keyMaterials } from '../model/keys/keyMaterials';
import { usableKey } from '../model/keys/usableKey';
import { paginate } from '../model/paging/paginate';
import type { Operation } from '../wire/Operation';

/**
 * ROTATIONS_ONLY (the default) lists the rotations; ALL_KEY_MATERIAL also lists the key's first
 * material, which no rotation made, so it has no rotation date or type.
 */
export const listKeyRotations: Operation<'ListKeyRotations'> = async (input, ctx) => {
  const { key } = await usableKey(ctx, input.KeyId, { action: 'ListKeyRotations', symmetricOnly: true });
  const entries = keyMaterials(key).filter((entry) => input.IncludeKeyMaterial === 'ALL_KEY_MATERIAL' || entry.RotationType !== undefined);
  const page = paginate(entries, (entry) => entry.KeyMaterialId ?? '', input.Limit ?? 100, input.Marker);
  return { Rotations: page.items, NextMarker: page.NextMarker, Truncated: page.Truncated };
};
