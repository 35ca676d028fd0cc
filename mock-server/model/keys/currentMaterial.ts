import type { KeyRecord, MaterialVersion } from '../../store/records/KeyRecord';

/** The material new encryptions use: the newest version (rotation appends). */
export const currentMaterial = (key: KeyRecord): MaterialVersion => key.materials[key.materials.length - 1];
