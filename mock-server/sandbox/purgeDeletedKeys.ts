import type { AliasRecord } from '../model/AliasRecord';
import type { GrantRecord } from '../model/GrantRecord';
import type { KeyRecord } from '../model/KeyRecord';
import type { Store } from '../store/Store';

/** Keys whose deletion date has passed are gone, with their grants and aliases, as after KMS's waiting period. */
export async function purgeDeletedKeys(store: Store, now: number): Promise<void> {
  const due = (await store.list<KeyRecord>('keys')).filter(
    (key) => key.KeyState === 'PendingDeletion' && key.DeletionDate !== undefined && key.DeletionDate <= now,
  );
  if (due.length === 0) return;
  const arns = new Set(due.map((key) => key.Arn));
  for (const key of due) await store.delete('keys', key.KeyId);
  for (const grant of await store.list<GrantRecord>('grants')) {
    if (arns.has(grant.KeyId)) await store.delete('grants', grant.GrantId);
  }
  const ids = new Set(due.map((key) => key.KeyId));
  for (const alias of await store.list<AliasRecord>('aliases')) {
    if (ids.has(alias.TargetKeyId)) await store.delete('aliases', alias.AliasName);
  }
}
