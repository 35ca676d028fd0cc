import type { AliasRecord } from '../store/records/AliasRecord';
import type { GrantRecord } from '../store/records/GrantRecord';
import type { KeyRecord } from '../store/records/KeyRecord';
import { aliasArn } from '../model/identity/account';
import { readNextDeletion, writeNextDeletion } from '../model/keys/nextDeletion';
import type { Store } from '../store/Store';

/**
 * Keys whose deletion date has passed are gone, with their grants and aliases, as after KMS's
 * waiting period. Runs before every request, so it reads every key only when a deletion is due.
 */
export async function purgeDeletedKeys(store: Store, now: number): Promise<void> {
  const next = await readNextDeletion(store);
  if (next !== undefined && (next === null || next > now)) return;
  const pending = (await store.list('keys')).filter(
    (key) => key.KeyState === 'PendingDeletion' && key.DeletionDate !== undefined,
  );
  const due = pending.filter((key) => (key.DeletionDate ?? Infinity) <= now);
  const later = pending.filter((key) => (key.DeletionDate ?? Infinity) > now).map((key) => key.DeletionDate ?? Infinity);
  if (due.length > 0) {
    // Grants and aliases before their keys: a store failure part way leaves the keys due, so the
    // next request finishes the job instead of leaving grants of keys that are gone.
    const arns = new Set(due.map((key) => key.Arn));
    for (const grant of await store.list('grants')) {
      if (arns.has(grant.KeyId)) await store.delete('grants', grant.GrantId);
    }
    const ids = new Set(due.map((key) => key.KeyId));
    for (const alias of await store.list('aliases')) {
      if (ids.has(alias.TargetKeyId)) await store.delete('aliases', aliasArn(alias.AWSAccountId, alias.AliasName));
    }
    for (const key of due) await store.delete('keys', key.KeyId);
  }
  await writeNextDeletion(store, later.length === 0 ? null : Math.min(...later));
}
