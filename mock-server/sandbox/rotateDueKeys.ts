import { materialSealer } from '../crypto/materialSealer';
import { readNextRotation, writeNextRotation } from '../model/keys/nextRotation';
import { periodMs } from '../model/keys/rotationPeriod';
import { withNewMaterial } from '../model/keys/withNewMaterial';
import type { Bytes } from '../spec';
import type { Store } from '../store/Store';

/**
 * Automatic rotation on the sandbox clock: every enabled key whose NextRotationDate has passed rotates
 * once per elapsed period, each rotation dated when it was due, as if the service had been running all
 * along. Disabled keys and keys pending deletion do not rotate (EnableKey resumes them). Runs before
 * every request, so it reads every key only when a rotation is due.
 */
export async function rotateDueKeys(store: Store, now: number, random: (length: number) => Bytes): Promise<void> {
  const next = await readNextRotation(store);
  if (next !== undefined && (next === null || next > now)) return;
  let earliest: number | null = null;
  for (const key of await store.list('keys')) {
    const schedule = key.automaticRotation;
    if (schedule === undefined || key.KeyState !== 'Enabled') continue;
    let rotated = key;
    let due = schedule.nextRotationDate;
    while (due <= now) {
      rotated = await withNewMaterial(rotated, 'AUTOMATIC', due, random, await materialSealer(store));
      due += periodMs(schedule.periodInDays);
    }
    if (rotated !== key) await store.put('keys', key.KeyId, { ...rotated, automaticRotation: { ...schedule, nextRotationDate: due } });
    earliest = earliest === null ? due : Math.min(earliest, due);
  }
  await writeNextRotation(store, earliest);
}
