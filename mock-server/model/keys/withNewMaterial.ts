import { generateMaterial } from '../../crypto/generateMaterial';
import type { Sealer } from '../../crypto/materialSealer';
import type { Bytes, RotationType } from '../../spec';
import type { KeyRecord } from '../../store/records/KeyRecord';
import { currentMaterial } from './currentMaterial';

/**
 * The key after one rotation at `at`: a new material version appended (new encryptions use it, old
 * ciphertexts still name theirs) and the rotation recorded for ListKeyRotations.
 */
export async function withNewMaterial(
  key: KeyRecord,
  rotationType: RotationType,
  at: number,
  random: (length: number) => Bytes,
  seal?: Sealer,
): Promise<KeyRecord> {
  const version = currentMaterial(key).version + 1;
  const material = await generateMaterial('SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT', version, at, random, seal);
  return {
    ...key,
    materials: [...key.materials, material],
    rotations: [...key.rotations, { rotationDate: at, rotationType, materialVersion: version }],
  };
}
