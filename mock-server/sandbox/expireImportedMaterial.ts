import type { KeyRecord } from '../store/records/KeyRecord';
import { readNextMaterialExpiry, writeNextMaterialExpiry } from '../model/keys/nextMaterialExpiry';
import type { Store } from '../store/Store';

const validTo = (key: KeyRecord): number | undefined => key.materials[0]?.imported?.validTo;

/**
 * Imported key material whose ValidTo has passed is deleted, as KMS deletes it: the key falls to
 * PendingImport (a key pending deletion stays so) until the same material is imported again. Runs before
 * every request on the sandbox's clock, reading every key only when an expiry is due.
 */
export async function expireImportedMaterial(store: Store, now: number): Promise<void> {
  const next = await readNextMaterialExpiry(store);
  if (next !== undefined && (next === null || next > now)) return;
  const expiring = (await store.list('keys')).filter((key) => key.Origin === 'EXTERNAL' && validTo(key) !== undefined);
  const later: number[] = [];
  for (const key of expiring) {
    const at = validTo(key) ?? Infinity;
    if (at > now) {
      later.push(at);
      continue;
    }
    const KeyState = key.KeyState === 'PendingDeletion' ? 'PendingDeletion' : 'PendingImport';
    await store.put('keys', key.KeyId, { ...key, KeyState, materials: [] });
  }
  await writeNextMaterialExpiry(store, later.length === 0 ? null : Math.min(...later));
}
