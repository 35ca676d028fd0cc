import { authorize } from '../model/authorize';
import { epochSeconds } from '../model/epochSeconds';
import type { KeyRecord } from '../model/KeyRecord';
import { noteDeletionDate } from '../model/nextDeletion';
import { resolveKey } from '../model/resolveKey';
import { formatValidationMessage } from '../spec';
import { validation } from '../protocol/errors';
import { defineOperation } from '../protocol/Handler';

interface ScheduleKeyDeletionInput {
  readonly KeyId: string;
  readonly PendingWindowInDays?: number;
}

const DAY = 24 * 60 * 60 * 1000;

export const scheduleKeyDeletion = defineOperation<ScheduleKeyDeletionInput>(async (input, ctx) => {
  const days = input.PendingWindowInDays ?? 30;
  // The model allows 1..365, but KMS itself takes 7..30 for customer managed keys.
  if (days < 7 || days > 30) {
    const constraint = days < 7 ? 'Member must have value greater than or equal to 7' : 'Member must have value less than or equal to 30';
    throw validation(
      formatValidationMessage([{ member: 'PendingWindowInDays', constraint, kind: 'constraint', value: days, redacted: false }]),
    );
  }
  const key = await resolveKey(ctx, input.KeyId);
  await authorize(ctx, key, 'ScheduleKeyDeletion');
  const DeletionDate = ctx.now().getTime() + days * DAY;
  const pending: KeyRecord = { ...key, KeyState: 'PendingDeletion', DeletionDate, PendingDeletionWindowInDays: days };
  // The date first: if the key write then fails, an early note costs one extra scan; the other
  // order could leave a pending key that no scan is due to find.
  await noteDeletionDate(ctx.store, DeletionDate);
  await ctx.store.put('keys', key.KeyId, pending);
  return { KeyId: key.Arn, DeletionDate: epochSeconds(DeletionDate), KeyState: 'PendingDeletion', PendingWindowInDays: days };
});
