import { noteDeletionDate } from '../model/keys/nextDeletion';
import { usableKey } from '../model/keys/usableKey';
import { epochSeconds } from '../model/paging/epochSeconds';
import { formatValidationMessage } from '../spec';
import type { KeyRecord } from '../store/records/KeyRecord';
import { validation } from '../wire/errors';
import type { Operation } from '../wire/Operation';

const DAY = 24 * 60 * 60 * 1000;

export const scheduleKeyDeletion: Operation<'ScheduleKeyDeletion'> = async (input, ctx) => {
  const days = input.PendingWindowInDays ?? 30;
  // The model allows 1..365, but KMS itself takes 7..30 for customer managed keys.
  if (days < 7 || days > 30) {
    const constraint = days < 7 ? 'Member must have value greater than or equal to 7' : 'Member must have value less than or equal to 30';
    throw validation(
      formatValidationMessage([{ member: 'PendingWindowInDays', constraint, kind: 'constraint', value: days, redacted: false }]),
    );
  }
  const { key } = await usableKey(ctx, input.KeyId, { action: 'ScheduleKeyDeletion' });
  const DeletionDate = ctx.now().getTime() + days * DAY;
  const pending: KeyRecord = { ...key, KeyState: 'PendingDeletion', DeletionDate };
  // The date first: if the key write then fails, an early note costs one extra scan; the other
  // order could leave a pending key that no scan is due to find.
  await noteDeletionDate(ctx.store, DeletionDate);
  await ctx.store.put('keys', key.KeyId, pending);
  return { KeyId: key.Arn, DeletionDate: epochSeconds(DeletionDate), KeyState: 'PendingDeletion', PendingWindowInDays: days };
};
