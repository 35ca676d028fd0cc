import type { RotationsListEntryOutput } from '../../spec';
import type { KeyRecord } from '../../store/records/KeyRecord';
import { epochSeconds } from '../paging/epochSeconds';

/** Every generation of a key's material as ListKeyRotations lists it, oldest first. */
export function keyMaterials(key: KeyRecord): RotationsListEntryOutput[] {
  const newest = key.materials[key.materials.length - 1].version;
  return key.materials.map((material) => {
    const rotation = key.rotations.find((r) => r.materialVersion === material.version);
    return {
      KeyId: key.Arn,
      KeyMaterialId: material.id,
      KeyMaterialDescription: undefined,
      ImportState: undefined,
      KeyMaterialState: material.version === newest ? 'CURRENT' : 'NON_CURRENT',
      ExpirationModel: undefined,
      ValidTo: undefined,
      RotationDate: rotation === undefined ? undefined : epochSeconds(rotation.rotationDate),
      RotationType: rotation?.rotationType,
    };
  });
}
