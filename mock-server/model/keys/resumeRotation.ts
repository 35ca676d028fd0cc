import type { KeyRecord } from '../../store/records/KeyRecord';
import type { Context } from '../../wire/Context';
import { noteRotationDate } from './nextRotation';

/**
 * A key enabled again picks up its automatic rotation, as in AWS KMS: if a rotation fell due while it
 * was disabled, it rotates now (before the next request), not back-dated; otherwise its schedule goes
 * on. The sandbox's rotation sweep skipped it while it was disabled, so it is scheduled again here.
 */
export async function resumeRotation(ctx: Context, key: KeyRecord): Promise<KeyRecord> {
  const schedule = key.automaticRotation;
  if (schedule === undefined) return key;
  const nextRotationDate = Math.max(schedule.nextRotationDate, ctx.now().getTime());
  await noteRotationDate(ctx.store, nextRotationDate);
  return { ...key, automaticRotation: { ...schedule, nextRotationDate } };
}
