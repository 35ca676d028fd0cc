import type { RotationsListEntryOutput } from '../../spec';
import type { KeyRecord } from '../../store/records/KeyRecord';
import { epochSeconds } from '../paging/epochSeconds';

/** Every generation of a key's material as ListKeyRotations lists it, oldest first. */
export function keyMaterials(key: KeyRecord): RotationsListEntryOutput[] {
  const bound = key.importedMaterial;
  if (key.materials.length === 0) {
    // Imported material that was deleted or expired is still the key's, awaiting import again.
    return bound === undefined ? [] : [importedEntry(key, bound.id, bound.description, 'PENDING_IMPORT')];
  }
  const newest = key.materials[key.materials.length - 1].version;
  return key.materials.map((material) => {
    const rotation = key.rotations.find((r) => r.materialVersion === material.version);
    return {
      KeyId: key.Arn,
      KeyMaterialId: material.id,
      KeyMaterialDescription: material.imported ? bound?.description : undefined,
      ImportState: material.imported ? 'IMPORTED' : undefined,
      KeyMaterialState: material.version === newest ? 'CURRENT' : 'NON_CURRENT',
      ExpirationModel: material.imported?.expirationModel,
      ValidTo: material.imported?.validTo === undefined ? undefined : epochSeconds(material.imported.validTo),
      RotationDate: rotation === undefined ? undefined : epochSeconds(rotation.rotationDate),
      RotationType: rotation?.rotationType,
    };
  });
}

function importedEntry(key: KeyRecord, id: string, description: string | undefined, importState: 'PENDING_IMPORT'): RotationsListEntryOutput {
  return {
    KeyId: key.Arn,
    KeyMaterialId: id,
    KeyMaterialDescription: description,
    ImportState: importState,
    KeyMaterialState: 'CURRENT',
    ExpirationModel: undefined,
    ValidTo: undefined,
    RotationDate: undefined,
    RotationType: undefined,
  };
}
